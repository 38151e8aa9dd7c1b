import { getTranslations } from 'next-intl/server';
import { ArticleEditor } from '@/components/newsroom/ArticleEditor';
import { EditPresence } from '@/components/newsroom/EditPresence';
import { getEditableArticle, getStoryVersions } from '@/db/access/newsroom/article-read';
import { getPresence } from '@/db/access/newsroom/presence';
import { getService } from '@/i18n/services';
import { formatServiceNumber } from '@/lib/numbers';
import { newsroomPaths } from '@/lib/routes';
import { paths } from '@/lib/routes';
import { can } from '@/lib/newsroom/permissions';
import { presenceView } from '@/lib/newsroom/presence-view';
import { SourceChangeNotice } from '@/components/newsroom/SourceChangeNotice';
import { getSourceChanges } from '@/db/access/newsroom/source-changes';
import { lifecycleAction, reviewSourceAction, saveArticleAction, translateAction } from '@/app/(newsroom)/newsroom/actions';
import { guard, newsroomParams, queryValue } from '@/app/(newsroom)/newsroom/guard';
import { editorOptions } from '@/app/(newsroom)/newsroom/[service]/articles/editor-choices';
import { Notice } from '@/app/(newsroom)/newsroom/[service]/articles/[id]/notice';
import { PublishingPanel } from '@/app/(newsroom)/newsroom/[service]/articles/[id]/publishing-panel';
import { SourcePanel } from '@/app/(newsroom)/newsroom/[service]/articles/[id]/source-panel';
import { TranslatePanel } from '@/app/(newsroom)/newsroom/[service]/articles/[id]/translate-panel';

type Props = { params: Promise<{ service: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { service: code, id } = newsroomParams('editArticle', await params);
  const staff = await guard('write', code);
  const query = await searchParams;
  const [article, presence, options, [sourceChange], t] = await Promise.all([
    getEditableArticle(code, id),
    getPresence(code, id),
    editorOptions(code),
    getSourceChanges(code, [id]),
    getTranslations({ locale: staff.language, namespace: 'newsroom' }),
  ]);
  if (!article || !presence) {
    return (
      <section>
        <h1>{t('notFound.title')}</h1>
        <p>{t('errors.notFound')}</p>
      </section>
    );
  }
  const versions = article.translationGroup ? await getStoryVersions(code, article.translationGroup) : [];
  const source =
    versions.find((v) => v.service !== code && can(staff, 'write', v.service) && `${v.service}-${v.id}` === queryValue(query.source)) ??
    versions.find((v) => v.service !== code && can(staff, 'write', v.service));
  const values = {
    baseVersion: String(article.version),
    headline: article.headline,
    dek: article.dek,
    slug: article.slug,
    section: article.section,
    bylines: article.authorIds.map(String),
    body: article.body,
    correction: article.correction,
    imageAlt: article.image?.alt ?? '',
    imageCaption: article.image?.caption ?? '',
    imageCredit: article.image?.credit ?? '',
  };
  const isPublic = article.status === 'published';
  const staffService = getService(staff.language);
  return (
    <section aria-labelledby="editor-title">
      <h1 id="editor-title">{t('editor.editTitle', { service: getService(code).nativeName })}</h1>
      <Notice language={staff.language} query={query} />
      {sourceChange && (
        <SourceChangeNotice
          service={code}
          change={sourceChange}
          status={article.status}
          staff={staff}
          action={reviewSourceAction}
          back="editor"
        />
      )}
      <nav className="toolbar" aria-label={t('lifecycle.title')}>
        <a href={newsroomPaths.preview(code, id)}>{t('lifecycle.preview')}</a>
        <a href={newsroomPaths.revisions(code, id)}>{t('revisions.title')}</a>
        {isPublic && <a href={paths.article(code, id, article.slug)}>{t('lifecycle.publicLink')}</a>}
        <span>{t('editor.version', { version: formatServiceNumber(article.version, staffService, { grouping: false }) })}</span>
      </nav>
      <EditPresence endpoint={newsroomPaths.presence(code, id)} initial={presenceView(presence, staff.language)} />
      <PublishingPanel article={article} staff={staff} action={lifecycleAction} />
      <div className={source ? 'with-source' : undefined}>
        {source && <SourcePanel service={source.service} id={source.id} language={staff.language} />}
        <ArticleEditor
          key={article.version}
          action={saveArticleAction.bind(null, code, id)}
          initial={{ values, errors: {} }}
          image={article.image ? { src: paths.media(article.image.file, 320), alt: article.image.alt } : null}
          canCorrect={isPublic && can(staff, 'publish', code)}
          {...options}
        />
      </div>
      <TranslatePanel article={article} staff={staff} existing={versions.map((v) => v.service)} action={translateAction} />
    </section>
  );
}
