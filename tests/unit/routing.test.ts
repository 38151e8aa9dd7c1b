import { describe, expect, it } from 'vitest';
import { services } from '@/i18n/services';
import { negotiateService } from '@/lib/accept-language';
import type { ServiceCode } from '@/i18n/services';
import {
  matchArticleWithoutSlug,
  matchPath,
  newsroomPaths,
  paths,
  routes,
  serviceOfPath,
  withServiceCase,
  type RouteMatch,
} from '@/lib/routes';

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
    const code = s.code as ServiceCode;
    const p = (path: string) => matchPath(`/${code}${path}`);
    expect(p('')).toEqual({ route: 'front', params: { locale: code } });
    expect(p('/')).toEqual({ route: 'front', params: { locale: code } });
    expect(p('/articles/12/some-slug')).toEqual({ route: 'article', params: { locale: code, id: 12, slug: 'some-slug' } });
    expect(matchArticleWithoutSlug(`/${code}/articles/12`)).toEqual({ locale: code, id: 12 });
    expect(p(`/sections/${s.sections[0]}/page/3`)).toEqual({
      route: 'sectionPage',
      params: { locale: code, section: s.sections[0], page: 3 },
    });
    expect(p('/authors/a-name/page/2')).toEqual({ route: 'authorPage', params: { locale: code, author: 'a-name', page: 2 } });
    expect(p('/search')).toMatchObject({ route: 'search' });
    expect(p('/rss.xml')).toMatchObject({ route: 'rss' });
    expect(p(`/sections/${s.sections[1]}/atom.xml`)).toMatchObject({ route: 'sectionAtom' });
    if (code !== code.toUpperCase()) expect(withServiceCase(`/${code.toUpperCase()}/articles/1/x`)).toBe(`/${code}/articles/1/x`);
    expect(withServiceCase(`/${code}/articles/1/x`)).toBeNull();
  });

  it.each(services)('builds every URL of /$code so that it parses back to the same route', (s) => {
    const code = s.code as ServiceCode;
    const section = s.sections[0];
    const built: [string, RouteMatch][] = [
      [paths.front(code), { route: 'front', params: { locale: code } }],
      [paths.article(code, 7, 'a-b'), { route: 'article', params: { locale: code, id: 7, slug: 'a-b' } }],
      [paths.section(code, section), { route: 'section', params: { locale: code, section } }],
      [paths.section(code, section, 4), { route: 'sectionPage', params: { locale: code, section, page: 4 } }],
      [paths.author(code, 'x-y', 2), { route: 'authorPage', params: { locale: code, author: 'x-y', page: 2 } }],
      [paths.feed(code, 'atom', section), { route: 'sectionAtom', params: { locale: code, section } }],
      [paths.sitemap(code, 'news'), { route: 'sitemap', params: { service: code, sitemap: 'news' } }],
      [paths.sitemap(code, '3'), { route: 'sitemap', params: { service: code, sitemap: '3' } }],
      [paths.breakingJson(code), { route: 'breakingJson', params: { service: code } }],
      [newsroomPaths.article(code, 9), { route: 'editArticle', params: { service: code, id: 9 } }],
      [newsroomPaths.preview(code, 9).split('?')[0], { route: 'preview', params: { service: code, id: 9 } }],
    ];
    for (const [path, match] of built) expect(matchPath(path), path).toEqual(match);
    expect(paths.search(code, 'a b', 2)).toBe(`/${code}/search?q=a+b&page=2`);
  });

  it('builds media URLs that parse to the rendition asked for', () => {
    expect(matchPath(paths.media('upload-1.png', 640, '4x3'))).toEqual({
      route: 'media',
      params: { ratio: '4x3', width: 640, rendition: 'upload-1.webp' },
    });
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
    '/en/authors/%E0%A4%A',
    '/en/search/extra',
    `/en/${'a'.repeat(3000)}`,
    '/sitemaps/en/0.xml',
    '/sitemaps/en/pages',
    '/sitemaps/xx/pages.xml',
    '/media/16x9/641/a.webp',
    '/media/2x1/640/a.webp',
    '/media/16x9/640/../a.webp',
    '/api/breaking/xx',
    '/newsroom/xx',
  ])('%s is no route', (path) => {
    expect(matchPath(path)).toBeNull();
  });

  it('keeps the 404 and 410 pages inside (the proxy rewrites to them; they are not addresses)', () => {
    expect(routes[matchPath('/en/status/gone')!.route].area).toBe('internal');
    expect(routes[matchPath('/fa/status/not-found')!.route].area).toBe('internal');
  });

  it('sends a non-canonical article slug to the proxy, which redirects it', () => {
    expect(matchPath('/en/articles/5/%E2%80%AE')).toEqual({ route: 'article', params: { locale: 'en', id: 5, slug: '\u202e' } });
  });

  it.each(['/xx', '/xx/articles/1/a', '/%00', '/..%2F..%2Fetc/passwd', '/en-GB'])('%s belongs to no service', (path) => {
    expect(matchPath(path)).toBeNull();
    expect(serviceOfPath(path)).toBeNull();
    expect(withServiceCase(path)).toBeNull();
  });
});
