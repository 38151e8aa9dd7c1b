import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPublishedArticle, getPublishedTranslations, getRelatedArticles, type TranslationLink } from '../../../../../../db/access/articles';
import { getLiveBreakingItem } from '../../../../../../db/access/breaking';
import { ArticleBody } from '../../../../../../components/ArticleBody';
import { JsonLd } from '../../../../../../components/JsonLd';
import { Byline } from '../../../../../../components/Byline';
import { LeadImage } from '../../../../../../components/LeadImage';
import { PageFrame } from '../../../../../../components/PageFrame';
import { StoryDate } from '../../../../../../components/StoryDate';
import { StoryList } from '../../../../../../components/StoryList';
import { getService, type ServiceCode } from '../../../../../../i18n/services';
import type { Article } from '../../../../../../lib/content';
import { formatServiceDate } from '../../../../../../lib/dates';
import { pageMetadata } from '../../../../../../lib/metadata';
import { breadcrumbs, newsArticle } from '../../../../../../lib/structured-data';
import { absoluteUrl } from '../../../../../../lib/urls';
import { BUILD_PLACEHOLDER } from '../../../../../../lib/build-placeholder';
import { paths } from '../../../../../../lib/paths';
import { articleIdFromParam, serviceFromParam } from '../../../../../../lib/route-params';

type Props = { params: Promise<{ locale: string; id: string; slug: string }> };

export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER }];
}

async function load(params: Props['params']) {
  const { locale, id, slug } = await params;
  const service = serviceFromParam(locale);
  const article = await getPublishedArticle(service, articleIdFromParam(id));
  if (!article) notFound();
  if (article.slug !== slug) permanentRedirect(paths.article(service, article.id, article.slug));
  return { service, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { service: code, article } = await load(params);
  const service = getService(code);
  const [translations, sectionName] = await Promise.all([
    versionsOf(article),
    getTranslations({ locale: code, namespace: 'section' }),
  ]);
  return pageMetadata(service, paths.article(code, article.id, article.slug), {
    title: `${article.headline} | ${service.brand}`,
    description: article.dek,
    languages: Object.fromEntries(
      translations.map((tr) => {
        const other = getService(tr.service as ServiceCode);
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
    : Promise.resolve([{ service: article.service, id: article.id, slug: article.slug, headline: article.headline, publishedAt: article.publishedAt }]);
}

export default async function ArticlePage({ params }: Props) {
  const { service: code, article } = await load(params);
  const service = getService(code);
  const [related, translations, breaking, t, sectionName] = await Promise.all([
    getRelatedArticles(code, article.section, article.id),
    versionsOf(article),
    getLiveBreakingItem(code),
    getTranslations({ locale: code, namespace: 'article' }),
    getTranslations({ locale: code, namespace: 'section' }),
  ]);
  const languageLinks = translations.map((tr) => ({ service: tr.service, href: paths.article(tr.service, tr.id, tr.slug) }));
  const otherLanguages = translations.filter((tr) => tr.service !== code);
  return (
    <PageFrame service={code} breaking={breaking} languageLinks={languageLinks} currentSection={article.section}>
      <JsonLd
        data={newsArticle(
          article,
          service,
          sectionName(article.section),
          translations.map((tr) => ({ ...tr, htmlLang: getService(tr.service as ServiceCode).htmlLang })),
        )}
      />
      <JsonLd
        data={breadcrumbs([
          { name: service.brand, url: absoluteUrl(paths.front(code), code) },
          { name: sectionName(article.section), url: absoluteUrl(paths.section(code, article.section), code) },
          { name: article.headline, url: absoluteUrl(paths.article(code, article.id, article.slug), code) },
        ])}
      />
      <article className="article">
        <header className="article-header">
          <p className="article-section">
            <a href={paths.section(code, article.section)}>{sectionName(article.section)}</a>
          </p>
          <h1>{article.headline}</h1>
          {article.dek && <p className="article-dek">{article.dek}</p>}
          <Byline service={code} bylines={article.bylines} />
          <p className="article-dates">
            <StoryDate date={article.publishedAt} service={service} withTime />
            {article.updatedAt && (
              <>
                {' · '}
                <time dateTime={article.updatedAt.toISOString()}>
                  {t('updated', { date: formatServiceDate(article.updatedAt, service) })}
                </time>
              </>
            )}
          </p>
        </header>
        {article.image && (
          <figure className="article-image">
            <LeadImage image={article.image} priority sizes="(min-width: 48rem) 46rem, 100vw" />
            <figcaption>
              {article.image.caption}{' '}
              <span className="credit">{t('imageCredit', { credit: article.image.credit })}</span>
            </figcaption>
          </figure>
        )}
        <ArticleBody markdown={article.body} />
      </article>
      {otherLanguages.length > 0 && (
        <aside aria-labelledby="read-in" className="article-translations">
          <h2 id="read-in">{t('readIn')}</h2>
          <ul>
            {otherLanguages.map((tr) => {
              const other = getService(tr.service as ServiceCode);
              return (
                <li key={tr.service}>
                  <a href={paths.article(tr.service, tr.id, tr.slug)} lang={other.htmlLang} hrefLang={other.hreflang} dir={other.dir}>
                    <span className="translation-language">{other.nativeName}</span> {tr.headline}
                  </a>
                </li>
              );
            })}
          </ul>
        </aside>
      )}
      {related.length > 0 && (
        <aside aria-labelledby="related" className="article-related">
          <h2 id="related">{t('related')}</h2>
          <StoryList stories={related} showImages={false} />
        </aside>
      )}
    </PageFrame>
  );
}
