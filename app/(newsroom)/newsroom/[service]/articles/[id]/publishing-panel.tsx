import { getTranslations } from 'next-intl/server';
import type { EditableArticle } from '@/lib/newsroom/types';
import { getService } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { can, type Staff } from '@/lib/newsroom/permissions';

/** The article's state and, for editors, the forms that move it along its lifecycle. */
export async function PublishingPanel({
  article,
  staff,
  action,
}: {
  article: EditableArticle;
  staff: Staff;
  action: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale: staff.language, namespace: 'newsroom' });
  const service = getService(article.service);
  const staffService = getService(staff.language);
  const date = (d: Date) => formatServiceDate(d, staffService);
  const hidden = (
    <>
      <input type="hidden" name="service" value={article.service} />
      <input type="hidden" name="id" value={article.id} />
    </>
  );
  const operation = (name: 'publish' | 'unpublish', label: string) => (
    <form action={action}>
      {hidden}
      <input type="hidden" name="operation" value={name} />
      <button type="submit">{label}</button>
    </form>
  );
  return (
    <section className="publishing-panel" aria-labelledby="publishing-title">
      <h2 id="publishing-title">{t('lifecycle.title')}</h2>
      <p>
        <span className={`status status-${article.status}`}>{t('lifecycle.state', { status: t(`status.${article.status}`) })}</span>
        {article.status === 'published' && article.publishedAt && <> · {t('lifecycle.publishedAt', { date: date(article.publishedAt) })}</>}
        {article.status === 'scheduled' && article.publishedAt && (
          <> · {t('lifecycle.scheduledFor', { date: date(article.publishedAt) })}</>
        )}
        {article.updatedAt && <> · {t('lifecycle.updatedAt', { date: date(article.updatedAt) })}</>}
      </p>
      {article.status === 'published' && <p>{t('lifecycle.liveEdits')}</p>}
      {article.status === 'unpublished' && <p>{t('lifecycle.unpublishedNote')}</p>}
      {can(staff, 'publish', article.service) ? (
        <div className="lifecycle-actions">
          {article.status !== 'published' &&
            operation('publish', article.status === 'unpublished' ? t('lifecycle.republish') : t('lifecycle.publish'))}
          {(article.status === 'draft' || article.status === 'scheduled') && (
            <form action={action} className="schedule-form">
              {hidden}
              <input type="hidden" name="operation" value="schedule" />
              <label htmlFor="schedule-at">{t('lifecycle.scheduleAt', { timeZone: service.timeZone })}</label>
              <input id="schedule-at" name="at" type="datetime-local" required dir="ltr" />
              <button type="submit">{t('lifecycle.schedule')}</button>
            </form>
          )}
          {(article.status === 'published' || article.status === 'scheduled') && operation('unpublish', t('lifecycle.unpublish'))}
        </div>
      ) : (
        article.status === 'draft' && <p>{t('lifecycle.reporterNote')}</p>
      )}
    </section>
  );
}
