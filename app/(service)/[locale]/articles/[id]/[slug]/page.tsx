import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPublishedArticle, getPublishedTranslations, getRelatedArticles } from '../../../../../../db/access/articles';
import { getLiveBreakingItem } from '../../../../../../db/access/breaking';
import { ArticleBody } from '../../../../../../components/ArticleBody';
import { Byline } from '../../../../../../components/Byline';
import { LeadImage } from '../../../../../../components/LeadImage';
import { PageFrame } from '../../../../../../components/PageFrame';
import { StoryDate } from '../../../../../../components/StoryDate';
import { StoryList } from '../../../../../../components/StoryList';
import { getService, type ServiceCode } from '../../../../../../i18n/services';
import { formatServiceDate } from '../../../../../../lib/dates';
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
  const { article } = await load(params);
  return { title: article.headline, description: article.dek };
}

export default async function ArticlePage({ params }: Props) {
  const { service: code, article } = await load(params);
  const service = getService(code);
  const [related, translations, breaking, t, sectionName] = await Promise.all([
    getRelatedArticles(code, article.section, article.id),
    article.translationGroup ? getPublishedTranslations(article.translationGroup) : [],
    getLiveBreakingItem(code),
    getTranslations({ locale: code, namespace: 'article' }),
    getTranslations({ locale: code, namespace: 'section' }),
  ]);
  const languageLinks = translations.map((tr) => ({ service: tr.service, href: paths.article(tr.service, tr.id, tr.slug) }));
  const otherLanguages = translations.filter((tr) => tr.service !== code);
  return (
    <PageFrame service={code} breaking={breaking} languageLinks={languageLinks} currentSection={article.section}>
      <article className="article">
        <header className="article-header">
          <p className="article-section">
            <a href={paths.section(code, article.section)}>{sectionName(article.section as never)}</a>
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
