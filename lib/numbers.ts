import type { Service } from '@/i18n/services';

// Numbers as the service's readers write them: digits and grouping of the services table's format
// locale (Persian, Dari and Pashto use Eastern Arabic-Indic digits; Crimean Tatar groups as Turkish).
// Messages show numbers only as strings made here: ICU's own `#` and `{n, number}` format with
// the message's locale, the service code, which ICU lacks for some services.

const formatters = new Map<string, Intl.NumberFormat>();

/** Identifiers (versions, article numbers) are written without grouping separators. */
export type NumberStyle = { grouping?: boolean };

export function formatServiceNumber(value: number, service: Service, { grouping = true }: NumberStyle = {}): string {
  const key = `${service.code}|${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    // The locale's own grouping rule unless told otherwise (some group only from five digits).
    f = new Intl.NumberFormat(
      service.formatLocale,
      grouping ? { maximumFractionDigits: 0 } : { useGrouping: false, maximumFractionDigits: 0 },
    );
    formatters.set(key, f);
  }
  return f.format(value);
}

/** Message values with every number written the service's way (for messages that only show them). */
export function withServiceNumbers(values: Record<string, string | number>, service: Service): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? formatServiceNumber(value, service) : value]),
  );
}
