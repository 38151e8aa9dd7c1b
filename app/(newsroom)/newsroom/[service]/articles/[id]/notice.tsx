import { getTranslations } from 'next-intl/server';
import type { ServiceCode } from '../../../../../../i18n/services';
import type { ErrorKey } from '../../../../../../lib/newsroom-forms';
import { queryValue } from '../../../guard';

const noticeStatus = { publish: 'published', schedule: 'scheduled', unpublish: 'unpublished' } as const;

/** What the last action did, or why it was refused (after the redirect that followed it). */
export async function Notice({ language, query }: { language: ServiceCode; query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations({ locale: language, namespace: 'newsroom' });
  const notice = queryValue(query.notice);
  const error = queryValue(query.error);
  const version = Number(queryValue(query.version)) || 0;
  const errorKeys: ErrorKey[] = ['scheduleTime', 'bylineRequired', 'notFound', 'translationExists', 'conflict', 'forbidden'];
  const errorKey = errorKeys.find((k) => k === error);
  if (errorKey && errorKey !== 'conflict')
    return (
      <p role="alert" className="form-error">
        {t(`errors.${errorKey}`, { name: '', time: '', version: '' })}
      </p>
    );
  let text: string | null = null;
  if (notice === 'saved') text = t('editor.saved', { version });
  else if (notice === 'restored') text = t('revisions.restored', { from: Number(queryValue(query.from)) || 0, version });
  else if (notice in noticeStatus) text = t('lifecycle.state', { status: t(`status.${noticeStatus[notice as keyof typeof noticeStatus]}`) });
  return text ? (
    <p role="status" className="form-notice">
      {text}
    </p>
  ) : null;
}
