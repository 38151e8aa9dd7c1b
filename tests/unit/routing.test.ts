import { describe, expect, it } from 'vitest';
import { services } from '@/i18n/services';
import { negotiateService } from '@/lib/accept-language';
import { parseServicePath } from '@/lib/public-routes';

describe('Accept-Language negotiation', () => {
  it.each(services)('sends a $englishName reader to /$code', (s) => {
    expect(negotiateService(`${s.htmlLang},en;q=0.5`)).toBe(s.code);
    expect(negotiateService(`xx-YY, ${s.hreflang};q=0.9`)).toBe(s.code);
  });

  it.each([
    ['fa-IR,fa;q=0.9', 'fa'],
    ['prs', 'fa-AF'],
    ['sr-Cyrl-RS', 'sr'],
    ['uz-Latn-UZ', 'uz'],
    ['ro-RO', 'ro'],
    ['de-DE,ru;q=0.3,uk;q=0.8', 'uk'],
    ['*', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['ru;q=abc', 'en'],
    ['ru;q=0', 'en'],
    [`${'x'.repeat(5000)}`, 'en'],
    ['<script>alert(1)</script>', 'en'],
    ["'; DROP TABLE articles; --", 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateService(header)).toBe(expected);
  });
});

describe('public URL shapes', () => {
  it.each(services)('recognises the routes of /$code', (s) => {
    const p = (path: string) => parseServicePath(`/${s.code}${path}`);
    expect(p('')).toEqual({ kind: 'service', service: s.code, route: { kind: 'front' } });
    expect(p('/articles/12/some-slug')).toMatchObject({ route: { kind: 'article', id: 12, slug: 'some-slug' } });
    expect(p('/articles/12')).toMatchObject({ route: { kind: 'article', id: 12, slug: null } });
    expect(p(`/sections/${s.sections[0]}/page/3`)).toMatchObject({ route: { kind: 'section', page: 3 } });
    expect(p('/search')).toMatchObject({ route: { kind: 'search' } });
    expect(parseServicePath(`/${s.code.toUpperCase()}/articles/1/x`)).toEqual(
      s.code === s.code.toUpperCase() ? expect.anything() : { kind: 'wrong-case', service: s.code },
    );
  });

  it.each([
    '/en/articles/0/x',
    '/en/articles/-1/x',
    '/en/articles/12345678901/x',
    '/en/articles/2147483648/x',
    '/en/articles/1e3/x',
    '/en/articles/12/x/y',
    '/en/sections/nope',
    '/en/sections/world/page/1',
    '/en/sections/world/page/0',
    '/en/authors/%3Cscript%3E',
    '/en/search/extra',
    '/en/status/gone',
    `/en/${'a'.repeat(3000)}`,
  ])('%s is unknown', (path) => {
    expect(parseServicePath(path)).toMatchObject({ kind: 'service', route: { kind: 'unknown' } });
  });

  it('marks a non-canonical article slug for a redirect', () => {
    expect(parseServicePath('/en/articles/5/%E2%80%AE')).toMatchObject({ route: { kind: 'article', id: 5, slug: '' } });
  });

  it.each(['/xx', '/xx/articles/1/a', '/%00', '/..%2F..%2Fetc/passwd', '/en-GB'])('%s belongs to no service', (path) => {
    expect(parseServicePath(path)).toEqual({ kind: 'no-service' });
  });
});
