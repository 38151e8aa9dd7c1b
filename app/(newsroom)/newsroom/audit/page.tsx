import { getTranslations } from 'next-intl/server';
import { listAuditEntries } from '@/db/access/newsroom/audit';
import { getService, isServiceCode } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { formatServiceNumber } from '@/lib/numbers';
import { newsroomPaths } from '@/lib/routes';
import { guard } from '@/app/(newsroom)/newsroom/guard';

export default async function AuditPage() {
  const staff = await guard('audit');
  const [entries, t] = await Promise.all([listAuditEntries(), getTranslations({ locale: staff.language, namespace: 'newsroom.audit' })]);
  const staffService = getService(staff.language);
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('title')}</h1>
      {entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('service')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const service = e.service && isServiceCode(e.service) ? getService(e.service) : null;
              return (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at.toISOString()}>{formatServiceDate(e.at, staffService)}</time>
                  </td>
                  <td>{e.staffName}</td>
                  <td>
                    {t(`actions.${e.action}`)}{' '}
                    {service && e.articleId ? (
                      <a href={newsroomPaths.article(service.code, e.articleId)}>
                        #{formatServiceNumber(e.articleId, staffService, { grouping: false })}
                      </a>
                    ) : null}{' '}
                    {e.detail && (
                      <span lang={service?.htmlLang} dir="auto">
                        {/* Publication times are kept as ISO timestamps; shown here in the member's own calendar. */}
                        {/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(e.detail) ? formatServiceDate(new Date(e.detail), staffService) : e.detail}
                      </span>
                    )}
                  </td>
                  <td>{service?.nativeName ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
