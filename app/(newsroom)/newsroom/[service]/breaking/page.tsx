import { getTranslations } from 'next-intl/server';
import { BreakingForm } from '@/components/newsroom/BreakingForm';
import { listDeskItems } from '@/db/access/newsroom/breaking-desk';
import { getService } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { breakingAction, endBreakingAction } from '@/app/(newsroom)/newsroom/actions';
import { guard, newsroomParams, queryValue } from '@/app/(newsroom)/newsroom/guard';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BreakingDeskPage({ params, searchParams }: Props) {
  const { service: code } = newsroomParams('breakingDesk', await params);
  const staff = await guard('breaking', code);
  const query = await searchParams;
  const notice = queryValue(query.notice);
  const [items, t] = await Promise.all([listDeskItems(code), getTranslations({ locale: staff.language, namespace: 'newsroom.breaking' })]);
  const service = getService(code);
  const staffService = getService(staff.language);
  const now = new Date();
  const live = items.filter((i) => i.startsAt <= now && i.expiresAt > now);
  const text = { lang: service.htmlLang, dir: service.dir };
  return (
    <section aria-labelledby="desk-title">
      <h1 id="desk-title">{t('title', { service: service.nativeName })}</h1>
      {(notice === 'added' || notice === 'edited' || notice === 'endedOk') && (
        <p role="status" className="form-notice">
          {t(notice)}
        </p>
      )}
      {queryValue(query.error) === 'notLive' && (
        <p role="alert" className="form-error">
          {t('notLive')}
        </p>
      )}
      {live.length === 0 && <p>{t('none')}</p>}
      {live.map((item) => (
        <div key={item.id} className="desk-item">
          <p>
            <strong {...text}>{item.text}</strong> · {t('liveUntil', { time: formatServiceDate(item.expiresAt, staffService) })}
          </p>
          <BreakingForm
            action={breakingAction.bind(null, code, item.id)}
            initial={{ values: { text: item.text, link: item.link ?? '', minutes: '30' }, errors: {} }}
            submitLabel={t('save')}
            idPrefix={`item-${item.id}`}
            textProps={text}
          />
          <form action={endBreakingAction}>
            <input type="hidden" name="service" value={code} />
            <input type="hidden" name="id" value={item.id} />
            <button type="submit">{t('end')}</button>
          </form>
        </div>
      ))}
      <h2>{t('add')}</h2>
      <BreakingForm
        action={breakingAction.bind(null, code, null)}
        initial={{ values: { text: '', link: '', minutes: '30' }, errors: {} }}
        submitLabel={t('add')}
        idPrefix="new"
        textProps={text}
      />
      <h2>{t('history')}</h2>
      <ul>
        {items
          .filter((i) => !live.includes(i))
          .map((i) => (
            <li key={i.id}>
              <span {...text}>{i.text}</span> ·{' '}
              {i.expiresAt <= now
                ? t('ended', { time: formatServiceDate(i.expiresAt, staffService) })
                : formatServiceDate(i.startsAt, staffService)}
            </li>
          ))}
      </ul>
    </section>
  );
}
