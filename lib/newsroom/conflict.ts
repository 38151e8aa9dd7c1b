import type { Service } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { formatServiceNumber } from '@/lib/numbers';
import type { FieldError } from '@/lib/newsroom/forms';

/**
 * A save refused because the article changed since the member opened it: who saved it, when (in
 * the member's calendar and zone) and which version it is now (in their digits).
 */
export function conflictError(conflict: { savedByName: string; savedAt: Date; version: number }, language: Service): FieldError {
  return {
    key: 'conflict',
    values: {
      name: conflict.savedByName,
      time: formatServiceDate(conflict.savedAt, language),
      version: formatServiceNumber(conflict.version, language, { grouping: false }),
    },
  };
}
