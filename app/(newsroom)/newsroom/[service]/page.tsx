import { getTranslations } from 'next-intl/server';
import { SourceChangeNotice } from '@/components/newsroom/SourceChangeNotice';
import { listServiceArticles, NEWSROOM_PAGE_SIZE } from '@/db/access/newsroom/article-read';
import { getSourceChanges } from '@/db/access/newsroom/source-changes';
import type { ArticleStatus } from '@/lib/content';
import { getService } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { formatServiceNumber } from '@/lib/numbers';
import { newsroomPaths } from '@/lib/routes';
import { can } from '@/lib/newsroom/permissions';
import { reviewSourceAction } from '@/app/(newsroom)/newsroom/actions';
import { guard, newsroomParams, queryValue } from '@/app/(newsroom)/newsroom/guard';
import { Notice } from '@/app/(newsroom)/newsroom/[service]/articles/[id]/notice';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const statuses: ArticleStatus[] = ['draft', 'scheduled', 'published', 'unpublished'];

export default async function ArticleListPage({ params, searchParams }: Props) {
  const { service: code } = newsroomParams('desk', await params);
  const staff = await guard('write', code);
  const query = await searchParams;
  const status = statuses.find((s) => s === queryValue(query.status));
  const headline = queryValue(query.q).trim().slice(0, 200);
  const page = Math.min(Math.max(1, Number(queryValue(query.page)) || 1), 10_000);
  const { items, total } = await listServiceArticles(code, { status, headline, page });
  const ids = items.map((item) => item.id);
  const changes = new Map((await getSourceChanges(code, ids)).map((c) => [c.translationId, c]));
  const t = await getTranslations({ locale: staff.language, namespace: 'newsroom' });
  const service = getService(code);
  const staffService = getService(staff.language);
  const pageLink = (n: number) =>
    `${newsroomPaths.articles(code)}?${new URLSearchParams({ ...(status ? { status } : {}), ...(headline ? { q: headline } : {}), page: String(n) })}`;
  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{t('list.title', { service: service.nativeName })}</h1>
      <Notice language={staff.language} query={query} />
      <p className="toolbar">
        <a className="button" href={newsroomPaths.newArticle(code)}>
          {t('nav.newArticle')}
        </a>
        {can(staff, 'breaking', code) && <a href={newsroomPaths.breaking(code)}>{t('nav.breaking')}</a>}
      </p>
      <form method="get" className="filter-form" role="search">
        <label htmlFor="status">{t('list.filterStatus')}</label>
        <select id="status" name="status" defaultValue={status ?? ''}>
          <option value="">{t('status.all')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor="q">{t('list.find')}</label>
        <input id="q" name="q" type="search" defaultValue={headline} maxLength={200} />
        <button type="submit">{t('list.apply')}</button>
      </form>
      <p>{t('list.total', { count: total, n: formatServiceNumber(total, staffService) })}</p>
      {items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t('list.headline')}</th>
              <th scope="col">{t('list.status')}</th>
              <th scope="col">{t('list.modified')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td lang={service.htmlLang} dir={service.dir}>
                  <a href={newsroomPaths.article(code, item.id)}>{item.headline || t('list.untitled')}</a>
                </td>
                <td>
                  <span className={`status status-${item.status}`}>{t(`status.${item.status}`)}</span>
                  {changes.has(item.id) && (
                    <SourceChangeNotice
                      service={code}
                      status={item.status}
                      change={changes.get(item.id)!}
                      staff={staff}
                      action={reviewSourceAction}
                      back="list"
                      folded
                    />
                  )}
                </td>
                <td>
                  <time dateTime={item.modifiedAt.toISOString()}>{formatServiceDate(item.modifiedAt, staffService)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > page * NEWSROOM_PAGE_SIZE && (
        <p>
          <a href={pageLink(page + 1)} rel="next">
            {formatServiceNumber(page + 1, staffService)}
          </a>
        </p>
      )}
    </section>
  );
}
