import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { getService } from '@/i18n/services';
import { formatServiceNumber } from '@/lib/numbers';
import { services } from '@/e2e/support';
import { dirOf, lifecycle, openEditor, publicUrl, signIn, staffPage, unique, writeDraft } from '@/e2e/newsroom-support';

// What journalists and editors do, end to end in Chromium, against the running site.

test.describe('reporters write drafts in their own service and script', () => {
  for (const [who, code, text] of [
    ['faReporter', 'fa', 'پیش‌نویس گزارش درباره‌ی بازسازی خط لوله‌ی آب شیراز'],
    ['hyReporter', 'hy', 'Սևագիր՝ Երևանի նոր տրոլեյբուսային երթուղու մասին'],
  ] as const) {
    test(`${code}: a draft with a live preview in the service's direction, private until an editor publishes it`, async ({
      page,
      browser,
      playwright,
      baseURL,
    }) => {
      await signIn(page, who);
      await openEditor(page, `/newsroom/${code}/articles/new`);
      await page.locator('#body').fill(`${text}\n\n**${text}**`);
      await expect(page.locator('.live-preview .article')).toHaveAttribute('dir', dirOf(code));
      await expect(page.locator('.live-preview .article-body strong')).toHaveText(text);
      const headline = unique(text);
      const id = await writeDraft(page, code, { headline, body: text });
      await expect(page.locator('#headline')).toHaveValue(headline);
      // Numbers in the member's digits: "version ۱" in Persian, not "version 1".
      const first = formatServiceNumber(1, getService(code), { grouping: false });
      await expect(page.locator('.form-notice')).toContainText(first);
      await expect(page.locator('nav.toolbar')).toContainText(first);
      if (getService(code).script === 'Arab') expect(await page.locator('.form-notice').textContent()).not.toMatch(/[0-9]/);
      // Reporters do not publish.
      await expect(page.locator('.lifecycle-actions')).toHaveCount(0);
      const anonymous = await page.context().request.fetch(`/${code}/articles/${id}`, { headers: { cookie: '' }, maxRedirects: 0 });
      expect(anonymous.status()).toBe(404);
      expect(await anonymous.text()).not.toContain(headline);

      // An editor previews the reporter's draft as readers will see it, then publishes it.
      const editor = await staffPage(browser, 'editor');
      await editor.goto(`/newsroom/preview/${code}/${id}`);
      await expect(editor.locator('html')).toHaveAttribute('dir', dirOf(code));
      await expect(editor.locator('article.article h1')).toHaveText(headline);
      await lifecycle(editor, code, id, 'publish');
      const reader = await playwright.request.newContext({ baseURL });
      expect(await (await reader.get(`/${code}`)).text()).toContain(headline);
    });
  }
});

test('an editor previews, publishes, corrects and unpublishes a story', async ({ browser }) => {
  const page = await staffPage(browser, 'editor');
  const headline = unique('Night trains return to the coast line');
  const id = await writeDraft(page, 'en', { headline, body: 'The regional operator restores two night services from Monday.' });

  const preview = await page.goto(`/newsroom/preview/en/${id}`);
  expect(preview!.headers()['cache-control']).toContain('no-store');
  expect(preview!.headers()['cache-control']).toContain('private');
  expect(preview!.headers()['x-robots-tag']).toContain('noindex');
  await expect(page.locator('article.article h1')).toHaveText(headline);

  await lifecycle(page, 'en', id, 'publish');
  const url = await publicUrl(page, 'en', id);
  await page.goto('/en');
  await expect(page.getByRole('link', { name: headline }).first()).toBeVisible();

  await openEditor(page, `/newsroom/en/articles/${id}`);
  await page.locator('#correction').fill('An earlier version gave the wrong first day of service.');
  await page.locator('#body').fill('The regional operator restores two night services from Tuesday.');
  await Promise.all([page.waitForURL(/notice=saved/), page.locator('form.editor-form button[type=submit]').click()]);
  await page.goto(url);
  await expect(page.locator('.article-correction')).toContainText('wrong first day');
  await expect(page.locator('.article-body')).toContainText('from Tuesday');
  await expect(page.locator('.article-dates')).toContainText('Updated');
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((j) => JSON.parse(j));
  expect(jsonLd.find((d) => d['@type'] === 'NewsArticle')?.correction?.text).toContain('wrong first day');

  await lifecycle(page, 'en', id, 'unpublish');
  const gone = await page.request.get(url, { headers: { cookie: '' }, maxRedirects: 0 });
  expect(gone.status()).toBe(410);
  await page.goto('/newsroom/audit');
  await expect(page.locator('.audit-table')).toContainText('unpublished');
  await expect(page.locator('.audit-table')).toContainText('corrected');
});

test('a scheduled story goes live by itself', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await staffPage(browser, 'editor');
  const headline = unique('Harbour ferry timetable changes');
  const id = await writeDraft(page, 'ro', { headline, body: 'Noul orar intră în vigoare mâine.' });
  // Two minutes ahead (the form takes whole minutes), in the service's time zone, as the form expects.
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: getService('ro').timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(Date.now() + 120_000))
    .replace(' ', 'T');
  await openEditor(page, `/newsroom/ro/articles/${id}`);
  await page.locator('#schedule-at').fill(local);
  await Promise.all([page.waitForURL(/notice=schedule/), page.locator('.schedule-form button').click()]);
  await expect(page.locator('.publishing-panel .status')).toHaveClass(/status-scheduled/);
  const anonymous = page.context().request;
  expect((await anonymous.get(`/ro/articles/${id}`, { headers: { cookie: '' }, maxRedirects: 0 })).status()).toBe(404);
  await expect
    .poll(async () => (await anonymous.get(`/ro/articles/${id}`, { headers: { cookie: '' }, maxRedirects: 0 })).status(), {
      timeout: 150_000,
      intervals: [5_000],
    })
    .toBe(308);
  await page.goto('/ro');
  await expect(page.getByRole('link', { name: headline }).first()).toBeVisible();
});

test('a breaking item appears on open pages and ends', async ({ browser }) => {
  test.setTimeout(120_000);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/tk');
  const editor = await staffPage(browser, 'editor');
  const text = unique('Täzelik: Aşgabadyň merkezinde ýol ýapyldy');
  await editor.goto('/newsroom/tk/breaking');
  // The desk's forms are React's: let it take over before typing.
  await editor.waitForLoadState('networkidle');
  await editor.locator('#new-text').fill(text);
  await editor.locator('#new-link').fill('/tk/sections/news');
  await Promise.all([editor.waitForURL(/notice=added/), editor.locator('form.breaking-form').last().locator('button').click()]);
  // The open page shows it within its 30 s refresh; a new load shows it at once.
  await expect(reader.locator('.breaking')).toContainText(text, { timeout: 45_000 });
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/tk/sections/world');
  await expect(fresh.locator('.breaking')).toContainText(text);
  // The end form of this item, posted as if from another service's desk, ends nothing and says so.
  const endForm = editor.locator('.desk-item', { hasText: text }).locator('form:not(.breaking-form)');
  await endForm.locator('input[name=service]').evaluate((input: HTMLInputElement) => (input.value = 'ru'));
  await Promise.all([editor.waitForURL(/\/newsroom\/ru\/breaking\?error=notLive/), endForm.locator('button').click()]);
  await expect(editor.locator('.form-error[role=alert]')).toContainText('Nothing was changed');
  await fresh.reload();
  await expect(fresh.locator('.breaking')).toContainText(text);
  await editor.goto('/newsroom/tk/breaking');
  await editor.waitForLoadState('networkidle');
  await Promise.all([
    editor.waitForURL(/notice=endedOk/),
    editor.locator('.desk-item', { hasText: text }).locator('form:not(.breaking-form) button').click(),
  ]);
  await fresh.reload();
  await expect(fresh.locator('.breaking')).toHaveCount(0);
});

test('two editors save the same article: the second gets the conflict and keeps their text', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await staffPage(browser, 'editor');
  const second = await staffPage(browser, 'secondEditor');
  const id = await writeDraft(first, 'bs', { headline: unique('Obnova mosta u Mostaru'), body: 'Prva verzija.' });
  await openEditor(first, `/newsroom/bs/articles/${id}`);
  await openEditor(second, `/newsroom/bs/articles/${id}`);
  await first.locator('#body').fill('Verzija prvog urednika.');
  await Promise.all([first.waitForURL(/notice=saved/), first.locator('form.editor-form button[type=submit]').click()]);
  await second.locator('#body').fill('Verzija drugog urednika, pisana u isto vrijeme.');
  await second.locator('form.editor-form button[type=submit]').click();
  await expect(second.locator('.editor-form [role=alert]')).toContainText('E2E Editor');
  await expect(second.locator('#body')).toHaveValue('Verzija drugog urednika, pisana u isto vrijeme.');
  // Nothing was overwritten: the saved text is the first editor's.
  await first.goto(`/newsroom/preview/bs/${id}`);
  await expect(first.locator('.article-body')).toContainText('Verzija prvog urednika.');
  // Revisions: compare and restore the first version.
  await first.goto(`/newsroom/bs/articles/${id}/revisions?from=1&to=2`);
  await expect(first.locator('.revision-diff del')).toContainText('Prva');
  await Promise.all([first.waitForURL(/notice=restored/), first.locator('.restore-form button').click()]);
  await first.goto(`/newsroom/preview/bs/${id}`);
  await expect(first.locator('.article-body')).toContainText('Prva verzija.');
});

test.describe('every service: an editor publishes a story that readers then find on the front page', () => {
  for (const service of services) {
    test(`${service.code}`, async ({ browser, playwright, baseURL }) => {
      const page = await staffPage(browser, 'editor');
      const headline = unique(`${service.nativeName}: newsroom check`);
      const id = await writeDraft(page, service.code, { headline, body: `${service.nativeName}.` });
      await lifecycle(page, service.code, id, 'publish');
      const url = await publicUrl(page, service.code, id);
      // Readers (no cookie, no JavaScript needed): the front page links the story, which is served.
      const reader = await playwright.request.newContext({ baseURL });
      expect(await (await reader.get(`/${service.code}`)).text()).toContain(`href="${url}"`);
      const article = await (await reader.get(url)).text();
      expect(article).toContain(`dir="${service.dir}"`);
      expect(article).toContain(headline);
    });
  }
});

test('a lead image is verified by decoding, needs alt text, and is served in 16:9', async ({ browser }) => {
  const page = await staffPage(browser, 'editor');
  const id = await writeDraft(page, 'ka', { headline: unique('ქუთაისის ახალი ხიდი'), body: 'ხიდი გაიხსნა.' });
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6ea5' } })
    .jpeg()
    .toBuffer();
  const save = () => page.locator('form.editor-form button[type=submit]').click();

  // Not an image, whatever its name and type say.
  await openEditor(page, `/newsroom/ka/articles/${id}`);
  await page
    .locator('#image')
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
  await page.locator('#imageAlt').fill('ხიდი მდინარეზე');
  await save();
  await expect(page.locator('#image')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#image-error')).not.toBeEmpty();

  // A real photo without a description is refused; with one it is stored.
  await page.locator('#image').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.locator('#imageAlt').fill('');
  await save();
  await expect(page.locator('#imageAlt')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#image').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.locator('#imageAlt').fill('ახალი ხიდი რიონზე');
  await Promise.all([page.waitForURL(/notice=saved/), save()]);

  await page.goto(`/newsroom/preview/ka/${id}`);
  const image = page.locator('.article-image img');
  await expect(image).toHaveAttribute('alt', 'ახალი ხიდი რიონზე');
  const src = (await image.getAttribute('src'))!;
  expect(src).toMatch(/^\/media\/16x9\/\d+\/upload-[\w-]+\.webp$/);
  const rendition = await page.request.get(src);
  expect(rendition.headers()['content-type']).toBe('image/webp');
  const { width, height } = await sharp(await rendition.body()).metadata();
  expect(width! / height!).toBeCloseTo(16 / 9, 1);
});

test('a too-large image is refused in the browser with the form intact; sent anyway, the server refuses it before reading it', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'editor');
  const headline = unique('O imagine prea mare');
  const id = await writeDraft(page, 'ro', { headline, body: 'Textul rămâne.' });
  await openEditor(page, `/newsroom/ro/articles/${id}`);
  await page.locator('#body').fill('Textul rămâne, cu imaginea prea mare.');
  await page.locator('#image').setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(12 * 1024 * 1024, 1) });
  await expect(page.locator('#image')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#image-error')).not.toBeEmpty();
  // The file is not sent: the save goes through with the text and no image.
  await Promise.all([page.waitForURL(/notice=saved/), page.locator('form.editor-form button[type=submit]').click()]);
  await expect(page.locator('#body')).toHaveValue('Textul rămâne, cu imaginea prea mare.');
  await expect(page.locator('#headline')).toHaveValue(headline);

  // Without the browser's check (no JavaScript, or a script), 50 MB get the newsroom's 413 page at once.
  // page.request sends the signed-in context's cookies.
  const response = await page.request.post(`/newsroom/ro/articles/${id}`, {
    headers: { origin: new URL(page.url()).origin, 'accept-language': 'ro', 'content-type': 'multipart/form-data; boundary=x' },
    data: Buffer.alloc(50 * 1024 * 1024, 120),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('lang="ro"');
});
