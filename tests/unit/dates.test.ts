import { describe, expect, it } from 'vitest';
import { services } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';

const instant = new Date('2026-11-28T09:05:00Z');
const englishMonth = /November/;

describe.each(services)('dates for $code ($englishName)', (service) => {
  const text = formatServiceDate(instant, service);

  it('format in the service language, not a silent English fallback', () => {
    if (service.code === 'en') expect(text).toMatch(englishMonth);
    else expect(text).not.toMatch(englishMonth);
  });

  it('resolve their format locale in ICU', () => {
    expect(new Intl.DateTimeFormat(service.formatLocale).resolvedOptions().locale).toBe(service.formatLocale);
  });

  it(`use the ${service.timeZone} clock`, () => {
    const hour = new Intl.DateTimeFormat('en', { hour: 'numeric', hourCycle: 'h23', timeZone: service.timeZone }).format(instant);
    const digits = Intl.NumberFormat(service.formatLocale).format(Number(hour));
    expect(text).toContain(digits);
  });
});

describe('services ICU cannot format on its own', () => {
  it('Crimean Tatar gets Crimean Tatar month names', () => {
    const crh = services.find((s) => s.code === 'crh')!;
    expect(formatServiceDate(instant, crh)).toContain('noyabr');
    expect(formatServiceDate(instant, crh)).not.toMatch(/Kasım|November/);
  });

  it.each(['fa', 'fa-AF', 'ps'])('%s uses the Solar Hijri calendar with Eastern Arabic-Indic digits', (code) => {
    const text = formatServiceDate(
      instant,
      services.find((s) => s.code === code)!,
    );
    expect(text).toContain('۱۴۰۵');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('Persian reads as the broadcaster prints it', () => {
    const fa = services.find((s) => s.code === 'fa')!;
    expect(formatServiceDate(new Date('2026-11-28T05:35:00Z'), fa)).toBe('۷ آذر ۱۴۰۵ ساعت ۹:۰۵');
  });
});
