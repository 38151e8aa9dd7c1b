import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fixtures, services } from '@/e2e/support';
import { openEditor, sessionFile, staffPage, unique, writeDraft } from '@/e2e/newsroom-support';

// Edit presence and take-over: who may use the heartbeat route in each service, and two editors
// on one story, with JavaScript and without.

const presence = (code: string, id: number) => `/newsroom/${code}/articles/${id}/presence`;

async function post(request: APIRequestContext, url: string, origin: string | undefined, operation = 'beat') {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (origin) headers.origin = origin;
  const response = await request.post(url, { headers, form: { operation }, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}

/** Opens the editor and waits for its presence island's first heartbeat to be answered. */
async function openAndBeat(page: Page, url: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/presence') && r.request().method() === 'POST' && r.ok()),
    openEditor(page, url),
  ]);
}

const save = (page: Page) => page.locator('form.editor-form button[type=submit]').click();

test.describe('who may use the presence route', () => {
  test('anonymous visitors get 401 in every service', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    for (const service of services) {
      const answer = await post(request, presence(service.code, fixtures.withdrawn[service.code].id), baseURL);
      expect(answer.status, service.code).toBe(401);
    }
  });

  test("another service's staff get 403 in their own language, in every service", async ({ browser, baseURL }) => {
    const request = (await staffPage(browser, 'huEditor')).context().request;
    for (const service of services.filter((s) => s.code !== 'hu')) {
      for (const operation of ['beat', 'take-over']) {
        const answer = await post(request, presence(service.code, fixtures.withdrawn[service.code].id), baseURL, operation);
        expect(answer.status, `${operation} ${service.code}`).toBe(403);
        expect(answer.body).toContain('lang="hu"');
      }
    }
    expect((await post(request, presence('hu', fixtures.withdrawn.hu.id), baseURL)).status).toBe(200);
  });

  test('staff of the service get who has it open; bad requests get 400, 404 or 403', async ({ browser, baseURL }) => {
    const request = (await staffPage(browser, 'editor')).context().request;
    for (const service of services) {
      const answer = await post(request, presence(service.code, fixtures.withdrawn[service.code].id), baseURL);
      expect(answer.status, service.code).toBe(200);
      // Someone who may edit holds the lock: this editor, or a colleague they are shown.
      const view = JSON.parse(answer.body) as { holding: boolean; holder: { name: string } | null; takenOver: boolean };
      expect(view.holding || view.holder !== null, service.code).toBe(true);
      expect(view.takenOver, service.code).toBe(false);
    }
    const url = presence('en', fixtures.withdrawn.en.id);
    expect(await post(request, url, baseURL, 'steal')).toEqual({ status: 400, body: 'This request could not be understood.' });
    // An article of another service, a cross-site or origin-less request.
    expect((await post(request, presence('en', fixtures.withdrawn.fa.id), baseURL)).status).toBe(404);
    for (const origin of ['https://evil.example', 'null', undefined]) expect((await post(request, url, origin)).status, origin).toBe(403);
  });

  test('a reporter may not take over a story past draft, in any service', async ({ browser, baseURL }) => {
    const request = (await staffPage(browser, 'reporter')).context().request;
    for (const service of services) {
      const url = presence(service.code, fixtures.withdrawn[service.code].id);
      expect((await post(request, url, baseURL, 'take-over')).status, service.code).toBe(403);
      // They may still have it open: present, never holding the lock.
      expect(JSON.parse((await post(request, url, baseURL)).body), service.code).toMatchObject({ holding: false, canTakeOver: false });
    }
  });
});

test('two editors: the second sees who is editing and takes over; the first is told and keeps their text', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await staffPage(browser, 'editor');
  const second = await staffPage(browser, 'secondEditor');
  const id = await writeDraft(first, 'hy', { headline: unique('Երևանի նոր կամուրջը'), body: 'Առաջին տարբերակ։' });
  const url = `/newsroom/hy/articles/${id}`;
  await openAndBeat(first, url);
  await first.locator('#body').fill('Առաջին խմբագրի չպահպանված տեքստը։');

  await openAndBeat(second, url);
  // In the second editor's own language and format: name, then date and time.
  await expect(second.locator('.edit-presence')).toContainText(/E2E Editor is editing since .*\d{1,2}:\d{2}/);
  await second.locator('.edit-presence button').click();
  await expect(second.locator('.edit-presence [role=status]')).toHaveText('You took over editing from E2E Editor.');
  await expect(second.locator('.edit-presence button')).toHaveCount(0);

  // The first is told on their next heartbeat; their text stays in the form.
  await expect(first.locator('.edit-presence [role=alert]')).toContainText('E2E Second Editor took over editing', { timeout: 30_000 });
  await expect(first.locator('#body')).toHaveValue('Առաջին խմբագրի չպահպանված տեքստը։');
  // Their save is refused with the same words, the text still there, nothing written.
  await save(first);
  await expect(first.locator('.editor-form [role=alert]')).toContainText('E2E Second Editor took over editing');
  await expect(first.locator('#body')).toHaveValue('Առաջին խմբագրի չպահպանված տեքստը։');

  await second.locator('#body').fill('Երկրորդ խմբագրի տեքստը։');
  await Promise.all([second.waitForURL(/notice=saved/), save(second)]);
  await first.goto(`/newsroom/preview/hy/${id}`);
  await expect(first.locator('.article-body')).toContainText('Երկրորդ խմբագրի տեքստը։');
  await expect(first.locator('.article-body')).not.toContainText('չպահպանված');
});

test('without JavaScript: presence comes with the page, take-over is a plain form, and the editor saves', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await staffPage(browser, 'editor');
  const id = await writeDraft(first, 'fa', { headline: unique('پل تازهٔ اصفهان'), body: 'نسخهٔ نخست.' });
  const url = `/newsroom/fa/articles/${id}`;
  await openAndBeat(first, url);

  const context = await browser.newContext({ storageState: sessionFile('secondEditor'), javaScriptEnabled: false });
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.locator('.edit-presence')).toContainText('E2E Editor is editing since');
  // Answered with a 303 back to the editor, which the browser loads again.
  await Promise.all([
    second.waitForResponse((r) => r.url().endsWith(url) && r.request().method() === 'GET'),
    second.locator('.edit-presence button').click(),
  ]);
  await expect(second.locator('.edit-presence')).toContainText('E2E Editor has this article open');

  await expect(first.locator('.edit-presence [role=alert]')).toContainText('E2E Second Editor took over editing', { timeout: 30_000 });
  await second.locator('#body').fill('نسخهٔ ویراستار دوم، بی‌جاوااسکریپت.');
  await Promise.all([second.waitForURL(/notice=saved/), save(second)]);
  await expect(second.locator('#body')).toHaveValue('نسخهٔ ویراستار دوم، بی‌جاوااسکریپت.');
});
