import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { services, type Service } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { conflictError } from '@/lib/newsroom/conflict';
import { formatServiceNumber, withServiceNumbers } from '@/lib/numbers';
import type en from '@/messages/en.json';

// Every number a reader or journalist sees is written the service's way: Eastern Arabic-Indic
// digits in Persian, Dari and Pashto, the format locale's digits and grouping elsewhere (Crimean
// Tatar groups as Turkish, though ICU has no data for it).

type Catalog = typeof en;
const catalog = (code: string): Catalog => JSON.parse(readFileSync(new URL(`../../messages/${code}.json`, import.meta.url), 'utf8'));

/** Arabic-script services write Eastern Arabic-Indic digits (services table notes). */
const digitsOf = (service: Service) =>
  service.script === 'Arab' ? { own: /[۰-۹]/, foreign: /[0-9]/ } : { own: /[0-9]/, foreign: /[۰-۹٠-٩]/ };

/** Rendered with numbers as the pages give them; each message shows `1234` or `3456` in some form. */
const numbered: [string, (n: (value: number) => string, id: (value: number) => string) => Record<string, string | number>][] = [
  ['pagination.pageOf', (n) => ({ page: n(1234), total: n(3456) })],
  ['search.resultCount', (n) => ({ count: 3456, n: n(3456) })],
  ['search.truncated', (n) => ({ max: n(1234) })],
  ['newsroom.signIn.throttled', (n) => ({ minutes: 1234, n: n(1234) })],
  ['newsroom.list.total', (n) => ({ count: 3456, n: n(3456) })],
  ['newsroom.breaking.minutes', (n) => ({ count: 1234, n: n(1234) })],
  ['newsroom.editor.saved', (_, id) => ({ version: id(1234) })],
  ['newsroom.editor.version', (_, id) => ({ version: id(1234) })],
  ['newsroom.revisions.version', (_, id) => ({ version: id(1234) })],
  ['newsroom.revisions.compareTitle', (_, id) => ({ from: id(1234), to: id(3456) })],
  ['newsroom.revisions.restored', (_, id) => ({ from: id(1234), version: id(3456) })],
  ['newsroom.preview.notice', (_, id) => ({ version: id(1234) })],
  ['newsroom.stale.summary', (_, id) => ({ language: 'Bosanski', from: id(1234), to: id(3456) })],
];

/** Field errors carry plain numbers; the newsroom writes them with withServiceNumbers. */
const fieldErrors: [string, Record<string, number>][] = [
  ['tooLong', { max: 1234 }],
  ['imageTooSmall', { width: 1234, height: 3456 }],
  ['passwordLength', { min: 1234 }],
];

// Element types of ICU's message syntax tree (TYPE in @formatjs/icu-messageformat-parser).
const NUMBER = 2;
const POUND = 7;
type Element = { type: number; options?: Record<string, { value: Element[] }>; children?: Element[] };
const elements = (tree: Element[]): Element[] =>
  tree.flatMap((e) => [e, ...elements(e.children ?? []), ...Object.values(e.options ?? {}).flatMap((o) => elements(o.value))]);

function flatten(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

describe.each(services)('numbers for $code', (service) => {
  const messages = catalog(service.code);
  // As the pages call it, with the service code as locale; keys are checked by the messages test.
  const t = createTranslator({ locale: service.code, messages }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const n = (value: number) => formatServiceNumber(value, service);
  const id = (value: number) => formatServiceNumber(value, service, { grouping: false });
  const { own, foreign } = digitsOf(service);

  it('are formatted with the format locale: its digits and grouping', () => {
    expect(n(1234567)).toBe(new Intl.NumberFormat(service.formatLocale).format(1234567));
    expect(n(1234567)).toMatch(own);
    expect(n(1234567)).not.toMatch(foreign);
    expect(id(1234)).toBe(new Intl.NumberFormat(service.formatLocale, { useGrouping: false }).format(1234));
  });

  it('show in the conflict message in the service digits, with the date in its calendar', () => {
    const savedAt = new Date('2026-11-28T09:05:00Z');
    const { key, values } = conflictError({ savedByName: 'Lejla', savedAt, version: 1234 }, service);
    const text = t(`newsroom.errors.${key}`, values);
    expect(text).toContain(id(1234));
    expect(text).toContain(formatServiceDate(savedAt, service));
    expect(text).toMatch(own);
    expect(text).not.toMatch(foreign);
  });

  it.each(numbered)('show in %s in the service digits', (key, values) => {
    const text = t(key, values(n, id));
    expect(text).toMatch(own);
    expect(text).not.toMatch(foreign);
    expect(text.includes(n(1234)) || text.includes(id(1234)) || text.includes(n(3456))).toBe(true);
  });

  it.each(fieldErrors)('show in the field error %s in the service digits', (key, values) => {
    const text = t(`newsroom.errors.${key}`, withServiceNumbers(values, service));
    expect(text).toMatch(own);
    expect(text).not.toMatch(foreign);
  });

  it("no message formats a number itself (ICU's # and {x, number} use the service code, which ICU may lack)", () => {
    const formatting = flatten(messages).filter(([, message]) =>
      elements(new IntlMessageFormat(message, service.formatLocale).getAst() as Element[]).some(
        (e) => e.type === POUND || e.type === NUMBER,
      ),
    );
    expect(formatting.map(([key]) => key)).toEqual([]);
  });
});

describe('services ICU cannot format on its own', () => {
  it('Crimean Tatar groups thousands as Turkish, not as the English fallback', () => {
    const crh = services.find((s) => s.code === 'crh')!;
    expect(formatServiceNumber(1234567, crh)).toBe('1.234.567');
  });
});
