import { expect, test } from '@playwright/test';
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
