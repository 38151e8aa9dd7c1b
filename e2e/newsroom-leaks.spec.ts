import { expect, test, type APIResponse } from '@playwright/test';
import sharp from 'sharp';
import { lifecycle, openEditor, publicUrl, staffPage, unique, writeDraft } from '@/e2e/newsroom-support';

// threats.md: a staff render must never leave draft text where anonymous readers can reach it.

test('after a staff preview, the same URLs give anonymous readers the published version or 404', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const page = await staffPage(browser, 'editor');
  const draftHeadline = unique('Unpublished draft headline');
  const id = await writeDraft(page, 'sq', { headline: draftHeadline, body: 'Tekst sekret i draftit.' });
  await page.goto(`/newsroom/preview/sq/${id}`);
  await expect(page.locator('article.article h1')).toHaveText(draftHeadline);

  const anonymous = await playwright.request.newContext({ baseURL });
  const asks: { url: string; headers: Record<string, string> }[] = [
    { url: `/sq/articles/${id}`, headers: {} },
    { url: `/sq/articles/${id}/x`, headers: {} },
    { url: `/sq/articles/${id}/x`, headers: { rsc: '1' } },
    { url: `/sq/articles/${id}/x?_rsc=abc`, headers: { rsc: '1' } },
    { url: `/sq/articles/${id}/x`, headers: { cookie: '__prerender_bypass=1' } },
    { url: `/newsroom/preview/sq/${id}`, headers: {} },
    { url: `/newsroom/preview/sq/${id}`, headers: { cookie: '__prerender_bypass=1', rsc: '1' } },
    { url: `/newsroom/preview/sq/${id}`, headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
  ];
  for (const ask of asks) {
    const response = await anonymous.get(ask.url, { headers: ask.headers, maxRedirects: 0 });
    // 404 for readers; 303 to sign-in for the newsroom; an RSC request for a missing page gets
    // Next's 307 towards the not-found page.
    expect([303, 307, 404], ask.url).toContain(response.status());
    expect(await response.text(), ask.url).not.toContain('Tekst sekret i draftit');
  }

  // Published, then edited as a draft would be: readers get the published text only.
  await lifecycle(page, 'sq', id, 'publish');
  const url = await publicUrl(page, 'sq', id);
  for (const where of [`/sq/search?q=${encodeURIComponent('sekret')}`, '/sq/rss.xml', '/sitemaps/sq/news.xml']) {
    const text = await (await anonymous.get(where)).text();
    expect(text, where).toContain(String(id));
  }
  await lifecycle(page, 'sq', id, 'unpublish');
  for (const where of [url, `/sq/search?q=${encodeURIComponent('sekret')}`, '/sq/rss.xml', '/sitemaps/sq/news.xml', '/sq']) {
    const response = await anonymous.get(where, { maxRedirects: 0 });
    expect(await response.text(), where).not.toContain('Tekst sekret i draftit');
  }
});

test('drafts never appear in lists, search, related stories, feeds, sitemaps or language switchers', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const page = await staffPage(browser, 'editor');
  const marker = unique('Shenjedrafti').replace(/\s+/g, '');
  const published = await writeDraft(page, 'sq', { headline: unique('Lajm i publikuar'), body: 'Tekst publik.' });
  await lifecycle(page, 'sq', published, 'publish');
  const url = await publicUrl(page, 'sq', published);
  // A translation draft of the published story and a plain draft, both carrying the marker.
  await openEditor(page, `/newsroom/sq/articles/${published}`);
  await page.locator('#translate-target').selectOption('hu');
  await Promise.all([page.waitForURL(/\/newsroom\/hu\/articles\/\d+/), page.locator('.translate-form button').click()]);
  await openEditor(page, page.url());
  await expect(page.locator('.source-panel')).toContainText('Tekst publik.');
  const translation = Number(/articles\/(\d+)/.exec(page.url())![1]);
  await page.locator('#headline').fill(marker);
  await page.locator('input[name=bylines]').first().check();
  await Promise.all([page.waitForURL(/notice=saved/), page.locator('form.editor-form button[type=submit]').click()]);
  const draft = await writeDraft(page, 'sq', { headline: `${marker} dy`, body: marker });

  const anonymous = await playwright.request.newContext({ baseURL });
  const draftLinks = [`/hu/articles/${translation}/`, `/sq/articles/${draft}/`];
  for (const where of [
    url,
    '/sq',
    '/sq/sections/news',
    '/sq/rss.xml',
    '/sq/atom.xml',
    '/sitemaps/sq/news.xml',
    '/sitemaps/hu/news.xml',
    '/hu',
  ]) {
    const text = await (await anonymous.get(where)).text();
    expect(text, where).not.toContain(marker);
    for (const link of draftLinks) expect(text, where).not.toContain(link);
  }
  // Search pages repeat the query; they must find nothing.
  for (const where of [`/sq/search?q=${marker}`, `/hu/search?q=${marker}`]) {
    const text = await (await anonymous.get(where)).text();
    for (const link of draftLinks) expect(text, where).not.toContain(link);
    expect(text, where).not.toContain('class="search-results');
  }
});

test("a draft's uploaded image is the newsroom's until the story is published: readers get the 404 of an unknown image", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const page = await staffPage(browser, 'editor');
  const id = await writeDraft(page, 'uk', { headline: unique('Новий міст через Дніпро'), body: 'Міст відкриють навесні.' });
  const photo = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#7a4e2d' } })
    .jpeg()
    .toBuffer();
  await openEditor(page, `/newsroom/uk/articles/${id}`);
  await page.locator('#image').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.locator('#imageAlt').fill('Міст над рікою');
  await Promise.all([page.waitForURL(/notice=saved/), page.locator('form.editor-form button[type=submit]').click()]);

  // The preview shows it: the browser loaded it, and the member's request gets it, never to be stored.
  await page.goto(`/newsroom/preview/uk/${id}`);
  const image = page.locator('.article-image img');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const src = (await image.getAttribute('src'))!;
  expect(src).toMatch(/^\/media\/16x9\/\d+\/upload-[\w-]+\.webp$/);
  const staffCopy = await page.request.get(src);
  expect(staffCopy.status()).toBe(200);
  expect(staffCopy.headers()['content-type']).toBe('image/webp');
  expect(staffCopy.headers()['cache-control']).toBe('private, no-store');

  const anonymous = await playwright.request.newContext({ baseURL });
  const unknown = await anonymous.get(src.replace(/upload-[\w-]+/, 'upload-00000000-0000-4000-8000-000000000000'));
  const answer = async (response: APIResponse) => ({
    status: response.status(),
    type: response.headers()['content-type'],
    caching: response.headers()['cache-control'],
    body: (await response.body()).toString('hex'),
  });
  const refused = await answer(unknown);
  expect(refused.status).toBe(404);
  expect(refused.caching).toBe('private, no-store');
  const renditions = [src, src.replace('/16x9/', '/4x3/'), src.replace('/16x9/', '/1x1/').replace(/\/\d+\//, '/320/')];
  const asks: { url: string; headers: Record<string, string> }[] = [
    ...renditions.map((url) => ({ url, headers: {} })),
    { url: src, headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
    { url: src, headers: { cookie: '__prerender_bypass=1' } },
  ];
  for (const ask of asks) {
    // The same answer as for an image that does not exist, byte for byte: nothing tells them apart.
    expect(await answer(await anonymous.get(ask.url, { headers: ask.headers })), ask.url).toEqual(refused);
  }

  await lifecycle(page, 'uk', id, 'publish');
  for (const url of renditions) {
    const response = await anonymous.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('image/webp');
    expect(response.headers()['cache-control'], url).toContain('public');
  }
  const published = await (await anonymous.get(await publicUrl(page, 'uk', id))).text();
  expect(published).toContain(src);

  await lifecycle(page, 'uk', id, 'unpublish');
  expect(await answer(await anonymous.get(src))).toEqual(refused);
});
