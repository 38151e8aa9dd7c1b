import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleView } from '@/components/ArticleView';
import { getPublishedTranslations, getRelatedArticles } from '@/db/access/articles';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { getArticlePreview } from '@/db/access/newsroom/revisions';
import { guard, newsroomParams } from '@/app/(newsroom)/newsroom/guard';
import { getService } from '@/i18n/services';
import { formatServiceNumber } from '@/lib/numbers';
import { newsroomPaths, segments } from '@/lib/routes';
import { NONCE_HEADER } from '@/lib/security-headers';

type Props = { params: Promise<{ service: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * A draft, or any revision, exactly as readers will see it: the public article components around
 * unpublished text. Its address can be shared with colleagues; each of them must be signed in with
 * rights to the service (checked here, in the data-access layer), and the proxy marks the response
 * private, no-store and noindex.
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  const { service: value, id } = newsroomParams('preview', await params);
  const versionValue = (await searchParams).version;
  const version = typeof versionValue === 'string' ? (segments.id.safeParse(versionValue).data ?? undefined) : undefined;
  const staff = await guard('write', value, newsroomPaths.preview(value, id, version));
  const preview = await getArticlePreview(value, id, version);
  if (!preview) redirect(newsroomPaths.missing());
  const { article } = preview;
  const [related, translations, breaking, t, requestHeaders] = await Promise.all([
    getRelatedArticles(value, article.section, article.id),
    article.translationGroup ? getPublishedTranslations(article.translationGroup) : Promise.resolve([]),
    getLiveBreakingItem(value),
    getTranslations({ locale: staff.language, namespace: 'newsroom.preview' }),
    headers(),
  ]);
  const staffLanguage = getService(staff.language);
  // The language switcher lists published versions only, plus this one (as it will once published).
  const self = { service: value, id: article.id, slug: article.slug, headline: article.headline, publishedAt: article.publishedAt };
  return (
    <>
      <p className="preview-notice" role="status" lang={staffLanguage.htmlLang} dir={staffLanguage.dir}>
        {t('notice', { version: formatServiceNumber(preview.version, staffLanguage, { grouping: false }) })}{' '}
        <a href={newsroomPaths.article(value, article.id)}>{t('backToEditor')}</a>
      </p>
      <ArticleView
        service={value}
        article={article}
        related={related}
        translations={[...translations.filter((tr) => tr.service !== value), self]}
        breaking={breaking}
        scriptNonce={requestHeaders.get(NONCE_HEADER) ?? undefined}
      />
    </>
  );
}
