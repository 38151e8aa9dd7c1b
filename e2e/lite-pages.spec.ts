import { expect, test, type APIRequestContext } from '@playwright/test';
import type { SectionSlug } from '@/i18n/services';
import { paths } from '@/lib/routes';
import { demoContent, fixtures, services } from '@/e2e/support';

// Every public page type, as the server sends it, in every service, is lite HTML: none of the
// framework's JavaScript, only data scripts and our own islands (scripts/lite-html.mjs). A Next
// release that changes the markup lite-html strips makes this fail instead of shipping the runtime.

// Script types that hold data, not code.
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);
// Our islands, served from public/scripts/.
const ISLAND = /^\/scripts\/[\w-]+\.js$/;

const attribute = (attrs: string, name: string) =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find(Boolean);

/** The tags of a page that belong to the framework's client runtime: none may be left. */
function frameworkMarkup(html: string): string[] {
  const found: string[] = [];
  for (const [tag, attrs] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = attribute(attrs, 'src');
    const type = attribute(attrs, 'type')?.toLowerCase();
    if (src ? !ISLAND.test(src) || (type && type !== 'text/javascript') : !type || !DATA_TYPES.has(type)) found.push(tag);
  }
  for (const [tag, attrs] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const rel = attribute(attrs, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(attrs, 'href') ?? '';
    if (rel.includes('modulepreload') || (rel.includes('preload') && attribute(attrs, 'as') === 'script') || /\/_next\/.*\.js\b/.test(href))
      found.push(tag);
  }
  // The inline RSC payload and the runtime's chunk names, wherever they would hide.
  for (const [leak] of html.matchAll(/__next_f|\/_next\/static\/chunks\/[^"'\s)]*\.js\b/g)) found.push(leak);
  return found;
}

async function expectLite(request: APIRequestContext, url: string, status: number, lang: string): Promise<string> {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(status);
  expect(response.headers()['content-type'], url).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html, url).toContain(`<html lang="${lang}"`);
  expect(frameworkMarkup(html), url).toEqual([]);
  return html;
}

test('lite HTML finds what Next adds for the browser', () => {
  // The detector itself: Next 16's markup for client React, and what a page legitimately carries.
  expect(
    frameworkMarkup(`<link rel="modulepreload" href="/x.js"><link rel="preload" as="script" href="/_next/static/chunks/a.js">
<link rel="stylesheet" href="/_next/static/chunks/a.css"><script src="/_next/static/chunks/a.js" async></script>
<script>self.__next_f.push([1,""])</script><script type="module">1</script><script src="/scripts/breaking-banner.js" defer></script>
<script type="application/ld+json">{}</script>`),
  ).toEqual([
    '<script src="/_next/static/chunks/a.js" async>',
    '<script>',
    '<script type="module">',
    '<link rel="modulepreload" href="/x.js">',
    '<link rel="preload" as="script" href="/_next/static/chunks/a.js">',
    '/_next/static/chunks/a.js',
    '/_next/static/chunks/a.js',
    '__next_f',
  ]);
});

for (const service of services) {
  const { code, htmlLang } = service;
  test(`/${code}: every page type is lite HTML`, async ({ request }) => {
    const front = await expectLite(request, paths.front(code), 200, htmlLang);
    const article = new RegExp(`href="(/${code}/articles/\\d+/[^"]+)"`).exec(front)?.[1];
    expect(article, 'an article linked from the front page').toBeTruthy();
    // The article page carries JSON-LD: data scripts stay.
    expect(await expectLite(request, article!, 200, htmlLang)).toContain('<script type="application/ld+json">');
    await expectLite(request, paths.section(code, fixtures.archiveSection as SectionSlug), 200, htmlLang);
    const content = demoContent(code);
    await expectLite(request, paths.author(code, content.authors[0].slug), 200, htmlLang);
    const word = content.articles
      .find((a) => a.status === 'published')!
      .headline.split(/[\s,.:;«»"“”„()]+/u)
      .find((w) => w.length > 4)!;
    expect(await expectLite(request, paths.search(code, word), 200, htmlLang)).toContain('class="search-results');
    await expectLite(request, `/${code}/no-such-page`, 404, htmlLang);
    const { id, slug } = fixtures.withdrawn[code];
    await expectLite(request, paths.article(code, id, slug), 410, htmlLang);
  });
}

test('/sites and the 404 of no service are lite HTML', async ({ request }) => {
  await expectLite(request, paths.allSites(), 200, 'en');
  const unknown = await request.get('/xx/no-such-page', { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  expect(frameworkMarkup(await unknown.text())).toEqual([]);
});
