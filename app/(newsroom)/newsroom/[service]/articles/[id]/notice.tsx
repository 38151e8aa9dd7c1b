import { getTranslations } from 'next-intl/server';
import { getService, type ServiceCode } from '@/i18n/services';
import { formatServiceNumber } from '@/lib/numbers';
import type { ErrorKey } from '@/lib/newsroom/forms';
import { queryValue } from '@/app/(newsroom)/newsroom/guard';

const statusAfter = [
  ['publish', 'published'],
  ['schedule', 'scheduled'],
  ['unpublish', 'unpublished'],
] as const;
const refusals = ['scheduleTime', 'bylineRequired', 'notFound', 'translationExists', 'forbidden'] as const satisfies readonly ErrorKey[];

/** What the last action did, or why it was refused (after the redirect that followed it). */
export async function Notice({ language, query }: { language: ServiceCode; query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations({ locale: language, namespace: 'newsroom' });
  const notice = queryValue(query.notice);
  const refusal = refusals.find((k) => k === queryValue(query.error));
  if (refusal)
    return (
      <p role="alert" className="form-error">
        {t(`errors.${refusal}`)}
      </p>
    );
  // Version numbers from the redirect's query, in the member's digits.
  const versionOf = (value: string | string[] | undefined) =>
    formatServiceNumber(Number(queryValue(value)) || 0, getService(language), { grouping: false });
  const version = versionOf(query.version);
  const status = statusAfter.find(([operation]) => operation === notice)?.[1];
  const text =
    notice === 'saved'
      ? t('editor.saved', { version })
      : notice === 'restored'
        ? t('revisions.restored', { from: versionOf(query.from), version })
        : notice === 'reviewed'
          ? t('stale.reviewed')
          : status
            ? t('lifecycle.state', { status: t(`status.${status}`) })
            : null;
  return text ? (
    <p role="status" className="form-notice">
      {text}
    </p>
  ) : null;
}
