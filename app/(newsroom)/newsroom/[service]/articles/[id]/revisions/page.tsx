import { getTranslations } from 'next-intl/server';
import { RevisionDiff } from '@/components/newsroom/RevisionDiff';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { getRevision, listRevisions } from '@/db/access/newsroom/revisions';
import { getService } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { formatServiceNumber } from '@/lib/numbers';
import { conflictError } from '@/lib/newsroom/conflict';
import { newsroomPaths } from '@/lib/routes';
import { restoreAction } from '@/app/(newsroom)/newsroom/actions';
import { guard, newsroomParams, queryValue } from '@/app/(newsroom)/newsroom/guard';

type Props = { params: Promise<{ service: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { service: code, id } = newsroomParams('revisions', await params);
  const staff = await guard('write', code);
  const query = await searchParams;
  const [article, revisions, t] = await Promise.all([
    getEditableArticle(code, id),
    listRevisions(code, id),
    getTranslations({ locale: staff.language, namespace: 'newsroom' }),
  ]);
  if (!article) return <p>{t('errors.notFound')}</p>;
  const staffService = getService(staff.language);
  const v = (version: number) => formatServiceNumber(version, staffService, { grouping: false });
  const service = getService(code);
  const newest = revisions[0]?.version ?? article.version;
  const from = Number(queryValue(query.from)) || revisions[1]?.version || newest;
  const to = Number(queryValue(query.to)) || newest;
  const [a, b] = await Promise.all([getRevision(code, id, from), getRevision(code, id, to)]);
  return (
    <section aria-labelledby="revisions-title">
      <h1 id="revisions-title">{t('revisions.title')}</h1>
      <p>
        <a href={newsroomPaths.article(code, id)} lang={service.htmlLang} dir={service.dir}>
          {article.headline}
        </a>
      </p>
      {queryValue(query.error) === 'conflict' && revisions[0] && (
        <p role="alert" className="form-error">
          {t('errors.conflict', conflictError({ ...revisions[0], version: newest }, staffService).values)}
        </p>
      )}
      <form method="get" className="revision-picker">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('revisions.compare')}</th>
              <th scope="col">{t('revisions.compare')}</th>
              <th scope="col">{t('revisions.title')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.version}>
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={r.version}
                    defaultChecked={r.version === from}
                    aria-label={`${t('revisions.version', { version: v(r.version) })} (${v(1)})`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={r.version}
                    defaultChecked={r.version === to}
                    aria-label={`${t('revisions.version', { version: v(r.version) })} (${v(2)})`}
                  />
                </td>
                <td>
                  <a href={newsroomPaths.preview(code, id, r.version)}>{t('revisions.version', { version: v(r.version) })}</a>
                  {r.version === article.version && ` (${t('revisions.current')})`} —{' '}
                  {t('revisions.by', { name: r.savedByName, date: formatServiceDate(r.savedAt, staffService) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">{t('revisions.compare')}</button>
      </form>
      {a && b && (
        <>
          <h2>{t('revisions.compareTitle', { from: v(a.version), to: v(b.version) })}</h2>
          <RevisionDiff from={a} to={b} language={staff.language} textLang={service.htmlLang} textDir={service.dir} />
          {a.version !== article.version && (
            <form action={restoreAction} className="restore-form">
              <input type="hidden" name="service" value={code} />
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="version" value={a.version} />
              <input type="hidden" name="baseVersion" value={article.version} />
              <button type="submit">
                {t('revisions.restore')} ({t('revisions.version', { version: v(a.version) })})
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
