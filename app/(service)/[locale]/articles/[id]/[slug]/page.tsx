import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPublishedArticle, getPublishedTranslations, getRelatedArticles } from '@/db/access/articles';
import type { TranslationLink } from '@/lib/content';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { ArticleView } from '@/components/ArticleView';
import { getService, type ServiceCode } from '@/i18n/services';
import type { Article } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/urls';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { paths } from '@/lib/routes';
import { routeParams } from '@/lib/route-params';

type Props = { params: Promise<{ locale: string; id: string; slug: string }> };

export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER }];
}

/**
 * The article of this request, loaded once for metadata and page (React cache). The proxy has
 * decided that it exists, is public and that the slug is canonical.
 */
const loadArticle = cache(async (service: ServiceCode, id: number) => {
  const article = await getPublishedArticle(service, id);
  if (!article) notFound();
  return article;
});

async function load(params: Props['params']) {
  const { locale: service, id } = routeParams('article', await params);
  return { service, article: await loadArticle(service, id) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { service: code, article } = await load(params);
  const service = getService(code);
  const [translations, sectionName] = await Promise.all([versionsOf(article), getTranslations({ locale: code, namespace: 'section' })]);
  return pageMetadata(service, paths.article(code, article.id, article.slug), {
    title: `${article.headline} | ${service.brand}`,
    description: article.dek,
    languages: Object.fromEntries(
      translations.map((tr) => {
        const other = getService(tr.service);
        return [other.hreflang, absoluteUrl(paths.article(tr.service, tr.id, tr.slug), tr.service)];
      }),
    ),
    image: article.image ?? undefined,
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      section: sectionName(article.section),
      authors: article.bylines.map((b) => absoluteUrl(paths.author(code, b.slug), code)),
    },
  });
}

/** This story's published versions in every service, itself included. */
function versionsOf(article: Article): Promise<TranslationLink[]> {
  return article.translationGroup
    ? getPublishedTranslations(article.translationGroup)
    : Promise.resolve([
        { service: article.service, id: article.id, slug: article.slug, headline: article.headline, publishedAt: article.publishedAt },
      ]);
}

export default async function ArticlePage({ params }: Props) {
  const { service: code, article } = await load(params);
  const [related, translations, breaking] = await Promise.all([
    getRelatedArticles(code, article.section, article.id),
    versionsOf(article),
    getLiveBreakingItem(code),
  ]);
  return <ArticleView service={code} article={article} related={related} translations={translations} breaking={breaking} />;
}
