import type { Service } from '@/i18n/services';

// Month names for languages ICU has no data for; Intl formats with the fallback locale
// (services table) and these replace its month names.
const monthNamesWhereIcuHasNone: Record<string, readonly string[]> = {
  crh: ['yanvar', 'fevral', 'mart', 'aprel', 'mayıs', 'iyun', 'iyul', 'avgust', 'sentâbr', 'oktâbr', 'noyabr', 'dekabr'],
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(service: Service, withTime: boolean): Intl.DateTimeFormat {
  const key = `${service.code}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(service.formatLocale, {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: service.timeZone,
    });
    formatters.set(key, f);
  }
  return f;
}

/** A date as the service's readers write it: their language, calendar, digits and time zone. */
export function formatServiceDate(date: Date, service: Service, { withTime = true } = {}): string {
  const months = monthNamesWhereIcuHasNone[service.code];
  const f = formatter(service, withTime);
  if (!months) return f.format(date);
  const monthIndex = Number(new Intl.DateTimeFormat('en', { month: 'numeric', timeZone: service.timeZone }).format(date)) - 1;
  return f
    .formatToParts(date)
    .map((part) => (part.type === 'month' ? months[monthIndex] : part.value))
    .join('');
}
