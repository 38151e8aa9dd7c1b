import { expect, test, type APIRequestContext } from '@playwright/test';
import { services } from '@/e2e/support';
import { e2eStaff, openEditor, signIn, staffPage, unique, writeDraft } from '@/e2e/newsroom-support';

// Who may reach what. The proxy answers first; pages, actions and route handlers check again in
// the data-access layer.

const servicePages = (code: string) => [
  `/newsroom/${code}`,
  `/newsroom/${code}/articles/new`,
  `/newsroom/${code}/articles/1`,
  `/newsroom/${code}/articles/1/revisions`,
  `/newsroom/${code}/breaking`,
  `/newsroom/preview/${code}/1`,
];

async function statusOf(
  request: APIRequestContext,
  url: string,
  init: { method?: string; headers?: Record<string, string>; data?: string } = {},
) {
  const response = await request.fetch(url, { method: init.method ?? 'GET', headers: init.headers, data: init.data, maxRedirects: 0 });
  return { status: response.status(), location: response.headers()['location'] ?? '', body: await response.text() };
}

test('anonymous visitors get the sign-in page for every newsroom page, and 401 for every write', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  for (const service of services) {
    for (const url of servicePages(service.code)) {
      const answer = await statusOf(request, url);
      expect(answer.status, url).toBe(303);
      expect(answer.location, url).toContain('/newsroom/sign-in');
      const write = await statusOf(request, url, {
        method: 'POST',
        headers: { origin: baseURL!, 'next-action': 'x', 'content-type': 'text/plain' },
        data: '[]',
      });
      expect(write.status, `POST ${url}`).toBe(401);
    }
  }
  for (const url of ['/newsroom', '/newsroom/audit', '/newsroom/staff']) expect((await statusOf(request, url)).status, url).toBe(303);
  expect((await statusOf(request, '/newsroom/session/end', { method: 'POST', headers: { origin: baseURL! } })).status).toBe(303);
});

test('staff of another service get 403 for every page and action of a service', async ({ browser, baseURL }) => {
  const page = await staffPage(browser, 'huEditor');
  const request = page.context().request;
  for (const service of services.filter((s) => s.code !== 'hu')) {
    for (const url of servicePages(service.code)) {
      const answer = await statusOf(request, url);
      expect(answer.status, url).toBe(403);
      expect(answer.body).toContain('lang="hu"');
      expect(
        (await statusOf(request, url, { method: 'POST', headers: { origin: baseURL!, 'next-action': 'x' }, data: '[]' })).status,
        `POST ${url}`,
      ).toBe(403);
    }
  }
  expect((await statusOf(request, '/newsroom/hu')).status).toBe(200);
  // Editors run their own service's breaking desk and audit log; only admins manage staff.
  expect((await statusOf(request, '/newsroom/hu/breaking')).status).toBe(200);
  expect((await statusOf(request, '/newsroom/audit')).status).toBe(200);
  expect((await statusOf(request, '/newsroom/staff')).status).toBe(403);
});

test('reporters cannot run the breaking desk, audit log or staff pages', async ({ browser }) => {
  const page = await staffPage(browser, 'reporter');
  for (const url of ['/newsroom/fa/breaking', '/newsroom/audit', '/newsroom/staff'])
    expect((await statusOf(page.context().request, url)).status, url).toBe(403);
});

test('cross-site writes are refused, whatever the session', async ({ browser, baseURL }) => {
  const page = await staffPage(browser, 'editor');
  const request = page.context().request;
  // This host and port under the other scheme is another site too.
  const otherScheme = baseURL!.replace(/^http(s?):/, (_, secure: string) => (secure ? 'http:' : 'https:'));
  for (const origin of ['https://evil.example', otherScheme, 'null', undefined]) {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'next-action': 'x' };
    if (origin) headers.origin = origin;
    for (const url of ['/newsroom/fa/articles/new', '/newsroom/session/end', '/newsroom/session', '/newsroom/en/breaking'])
      expect(
        (await statusOf(request, url, { method: 'POST', headers, data: 'email=a%40b.example&password=x' })).status,
        `${origin} → ${url}`,
      ).toBe(403);
  }
  // The session survived: a refused sign-out ended nothing.
  expect((await statusOf(request, '/newsroom/en')).status).toBe(200);
});

test('sign-in is throttled with 429 after repeated failures', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const email = `${unique('nobody').replace(/\W+/g, '.')}@polyphony.invalid`;
  const attempt = () =>
    request.post('/newsroom/session', { headers: { origin: baseURL! }, form: { email, password: 'wrong-password-123' }, maxRedirects: 0 });
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(303);
  const refused = await attempt();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
});

test('the session cookie is HttpOnly, SameSite=Lax and Secure; signing out makes it useless', async ({ page, playwright, baseURL }) => {
  // A session of its own: signing out ends only this one.
  await signIn(page, 'editor');
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes('session_token'));
  expect(session).toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  const stolen = `${session!.name}=${session!.value}`;
  const thief = await playwright.request.newContext({ baseURL });
  expect((await thief.get('/newsroom/en', { headers: { cookie: stolen }, maxRedirects: 0 })).status()).toBe(200);
  await page.goto('/newsroom');
  await Promise.all([page.waitForURL(/sign-in\?notice=signedOut/), page.locator('form.sign-out button').click()]);
  const after = await thief.get('/newsroom/en', { headers: { cookie: stolen }, maxRedirects: 0 });
  expect(after.status()).toBe(303);
});

test('a wrong password keeps the e-mail and says why, in the form', async ({ page }) => {
  await page.goto('/newsroom/sign-in');
  await page.locator('#email').fill(e2eStaff.editor.email);
  await page.locator('#password').fill('not-the-password');
  await page.locator('form.stacked-form button').click();
  await expect(page.locator('.form-error[role=alert]')).toBeVisible();
  await expect(page.locator('#email')).toHaveValue(e2eStaff.editor.email);
  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/newsroom$/);
});

test('invalid editor input is refused field by field, with what was typed kept', async ({ browser }) => {
  const page = await staffPage(browser, 'faReporter');
  const id = await writeDraft(page, 'fa', { headline: unique('پیش‌نویس'), body: 'متن نخست.' });
  await openEditor(page, `/newsroom/fa/articles/${id}`);
  await page.locator('#headline').fill('');
  await page.locator('#slug').fill('Not A Slug!');
  await page.locator('#body').fill('متنی که نباید گم شود.');
  await page.locator('form.editor-form button[type=submit]').click();
  await expect(page.locator('#headline')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#slug')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#slug-error')).not.toBeEmpty();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('#body')).toHaveValue('متنی که نباید گم شود.');
  await expect(page.locator('#slug')).toHaveValue('Not A Slug!');
});
