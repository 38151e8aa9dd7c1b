import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { services } from '@/i18n/services';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const load = (code: string) => flatten(JSON.parse(readFileSync(new URL(`../../messages/${code}.json`, import.meta.url), 'utf8')));
const english = load('en');
// Strings that are only placeholders and punctuation may rightly read the same everywhere.
const onlyPlaceholders = (s: string) => s.replace(/\{[^}]*\}/g, '').replace(/[\s\p{P}\p{S}]/gu, '') === '';

describe.each(services.filter((s) => s.code !== 'en'))('messages/$code.json', (service) => {
  const catalog = load(service.code);

  it('has exactly the English keys', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
  });

  it('is translated (no English left)', () => {
    const untranslated = Object.keys(english).filter((k) => catalog[k] === english[k] && !onlyPlaceholders(english[k]));
    expect(untranslated).toEqual([]);
  });

  it('parses as ICU messages with the same placeholders', () => {
    for (const [key, message] of Object.entries(catalog)) {
      expect(() => new IntlMessageFormat(message, service.formatLocale), key).not.toThrow();
      const names = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
      expect(new Set(names(message)), key).toEqual(new Set(names(english[key])));
    }
  });

  it(`is written in the service's script (${service.script})`, () => {
    const scripts: Record<string, RegExp> = {
      Latn: /\p{Script=Latin}/u,
      Cyrl: /\p{Script=Cyrillic}/u,
      Arab: /\p{Script=Arabic}/u,
      Armn: /\p{Script=Armenian}/u,
      Geor: /\p{Script=Georgian}/u,
    };
    const text = Object.values(catalog)
      .join(' ')
      .replace(/\{[^}]*\}/g, '');
    const letters = [...text].filter((c) => /\p{L}/u.test(c));
    const inScript = letters.filter((c) => scripts[service.script].test(c));
    expect(inScript.length / letters.length).toBeGreaterThan(0.9);
  });
});
