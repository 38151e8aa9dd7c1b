import { getTranslations } from 'next-intl/server';
import type { TranslationLink } from '@/lib/content';
import { getService, type ServiceCode } from '@/i18n/services';
import type { Article, ArticleCard } from '@/lib/content';
import { formatServiceDate } from '@/lib/dates';
import { paths } from '@/lib/routes';
import { breadcrumbs, newsArticle } from '@/lib/structured-data';
import { absoluteUrl } from '@/lib/urls';
import { ArticleBody } from '@/components/ArticleBody';
import type { BannerItem } from '@/components/BreakingBanner';
import { Byline } from '@/components/Byline';
import { JsonLd } from '@/components/JsonLd';
import { LeadImage } from '@/components/LeadImage';
import { PageFrame } from '@/components/PageFrame';
import { StoryDate } from '@/components/StoryDate';
import { StoryList } from '@/components/StoryList';

/**
 * The article page's content: what readers see, and what the newsroom's preview shows from the
 * same components before anything is published.
 */
export async function ArticleView({
  service: code,
  article,
  related,
  translations,
  breaking,
  scriptNonce,
}: {
  service: ServiceCode;
  article: Article;
  related: ArticleCard[];
  translations: TranslationLink[];
  breaking: BannerItem | null;
  /** The nonce of a page under a nonce policy (a staff preview); public pages have none */
  scriptNonce?: string;
}) {
  const service = getService(code);
  const [t, sectionName] = await Promise.all([
    getTranslations({ locale: code, namespace: 'article' }),
    getTranslations({ locale: code, namespace: 'section' }),
  ]);
  const languageLinks = translations.map((tr) => ({ service: tr.service, href: paths.article(tr.service, tr.id, tr.slug) }));
  const otherLanguages = translations.filter((tr) => tr.service !== code);
  return (
    <PageFrame service={code} breaking={breaking} languageLinks={languageLinks} currentSection={article.section} scriptNonce={scriptNonce}>
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
          {article.correction && (
            <p className="article-correction" role="note">
              <strong>{t('correction')}</strong> {article.correction}
            </p>
          )}
        </header>
        {article.image && (
          <figure className="article-image">
            <LeadImage image={article.image} priority sizes="(min-width: 48rem) 46rem, 100vw" />
            <figcaption>
              {article.image.caption} <span className="credit">{t('imageCredit', { credit: article.image.credit })}</span>
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
