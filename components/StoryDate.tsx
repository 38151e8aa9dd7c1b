import type { Service } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';

export function StoryDate({ date, service, withTime = false }: { date: Date; service: Service; withTime?: boolean }) {
  return <time dateTime={date.toISOString()}>{formatServiceDate(date, service, { withTime })}</time>;
}
