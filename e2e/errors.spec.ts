import { expect, test } from '@playwright/test';
import { fixtures, leadStoryHref, services } from '@/e2e/support';

const noRedirect = { maxRedirects: 0 };

for (const service of services) {
  test(`status codes for /${service.code}: 404, 410, 308`, async ({ page, request }) => {
    const notFound = await page.goto(`/${service.code}/no-such-page`);
    expect(notFound?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', service.htmlLang);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.brand')).toHaveText(service.brand);

    const { id, slug } = fixtures.withdrawn[service.code];
    const gone = await page.goto(`/${service.code}/articles/${id}/${slug}`);
    expect(gone?.status()).toBe(410);
    await expect(page.locator('html')).toHaveAttribute('lang', service.htmlLang);
    await expect(page.locator('h1')).toBeVisible();

    const canonical = await leadStoryHref(page, service);
    const articleId = canonical.split('/')[3];
    for (const wrong of [`/${service.code}/articles/${articleId}`, `/${service.code}/articles/${articleId}/wrong-slug`]) {
      const moved = await request.get(wrong, noRedirect);
      expect(moved.status(), wrong).toBe(308);
      expect(new URL(moved.headers().location, 'http://x').pathname).toBe(canonical);
    }
    const other = services.find((s) => s.code !== service.code)!;
    expect((await request.get(`/${other.code}/articles/${articleId}/x`, noRedirect)).status()).toBe(404);
  });
}

test('an unknown service prefix is a 404 page with lang, not a redirect', async ({ request, page }) => {
  const response = await request.get('/xx/articles/1/a', noRedirect);
  expect(response.status()).toBe(404);
  await page.goto('/xx');
  await expect(page.locator('html')).toHaveAttribute('lang', /.+/);
});

test('a wrong-case prefix redirects to the canonical one', async ({ request }) => {
  for (const [typed, canonical] of [
    ['/FA-af', '/fa-AF'],
    ['/EN/sections/world', '/en/sections/world'],
    ['/Ru', '/ru'],
  ]) {
    const response = await request.get(typed, noRedirect);
    expect(response.status(), typed).toBe(308);
    expect(new URL(response.headers().location, 'http://x').pathname).toBe(canonical);
  }
});

test('/ sends readers to the service of their language, varying on Accept-Language', async ({ request }) => {
  for (const service of services) {
    const response = await request.get('/', { ...noRedirect, headers: { 'Accept-Language': `${service.hreflang},en;q=0.5` } });
    expect([302, 303, 307]).toContain(response.status());
    expect(new URL(response.headers().location, 'http://x').pathname).toBe(`/${service.code}`);
    expect(response.headers().vary).toMatch(/Accept-Language/i);
  }
  const fallback = await request.get('/', { ...noRedirect, headers: { 'Accept-Language': 'de-DE,fr;q=0.8' } });
  expect(new URL(fallback.headers().location, 'http://x').pathname).toBe('/en');
});

const badPaths = [
  '/en/articles/abc/x',
  '/en/articles/99999999999999999999/x',
  '/en/articles/2147483648/x',
  '/en/articles/-5/x',
  '/en/articles/1/%E0%A4%A',
  '/en/%E0%A4%A',
  '/en/%00',
  '/en/sections/%27%20OR%201=1--',
  '/en/sections/world/page/abc',
  '/en/sections/world/page/99999',
  '/en/authors/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/en/authors/nobody/page/2',
  `/en/${'x'.repeat(4000)}`,
  `/en/articles/1/${'a'.repeat(2000)}`,
  '/en/search?q=%27%20OR%201%3D1--',
  '/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/en/search?q=%E0%A4%A',
  '/en/search?q=' + 'ж'.repeat(3000),
  '/en/search?q=a&page=-1',
  '/en/search?q=a&page=999999',
  '/en/search?q[]=a&q[]=b',
  '/fa/search?q=%D8%AE%D8%A8%D8%B1%20OR%20%22',
  '/..%2F..%2Fetc%2Fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/en/status/gone',
  '/api/breaking/xx',
  '/media/16x9/640/..%2F..%2Fpackage.json',
  '/media/3x2/640/x.webp',
  '/media/16x9/99/x.webp',
];

test('a corpus of bad input never gives a 5xx or a stack trace', async ({ request }) => {
  for (const path of badPaths) {
    const response = await request.get(path, noRedirect);
    expect(response.status(), path).toBeLessThan(500);
    const body = await response.text();
    expect(body, path).not.toMatch(/at [\w.]+ \(|node_modules|Error: /);
  }
});

test('garbage headers never give a 5xx', async ({ request }) => {
  const headerSets: Record<string, string>[] = [
    { 'Accept-Language': '%%%;q=abc,,,;;' },
    { 'Accept-Language': 'x'.repeat(8000) },
    { 'Accept-Language': '*;q=1.0, zz-ZZ-x-private' },
    { RSC: 'garbage', 'Next-Router-State-Tree': '%7Bbad' },
    { 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/../../x' },
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { Cookie: '__prerender_bypass=forged; NEXT_LOCALE=xx' },
  ];
  for (const headers of headerSets) {
    for (const path of ['/', '/en', '/fa/search?q=a']) {
      const response = await request.get(path, { ...noRedirect, headers });
      expect(response.status(), `${path} ${JSON.stringify(headers).slice(0, 80)}`).toBeLessThan(500);
    }
  }
});
