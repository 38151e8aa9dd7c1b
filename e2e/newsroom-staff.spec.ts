import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sessionFile, signInWith, staffPage, unique } from '@/e2e/newsroom-support';
import type en from '@/messages/en.json';

// Staff management as admins and members live it: a role change that holds at once, a password
// reset whose one-time password must be replaced before anything else, a disabled account that is
// signed out and cannot sign in, each change in the audit log; and who may not do any of it.

const password = 'member-password-2026';
const georgian: typeof en = JSON.parse(readFileSync('messages/ka.json', 'utf8'));

type Member = { name: string; email: string };

/** An admin adds a Georgian-desk reporter through the staff screen. */
async function addMember(admin: Page): Promise<Member> {
  const name = unique('E2E Staff');
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@polyphony.invalid`;
  await admin.goto('/newsroom/staff');
  await admin.locator('#staff-name').fill(name);
  await admin.locator('#staff-email').fill(email);
  await admin.locator('#staff-password').fill(password);
  await admin.locator('#staff-role').selectOption('reporter');
  await admin.locator('form:has(#staff-email) input[name=services][value=ka]').check();
  await admin.locator('#staff-language').selectOption('ka');
  await Promise.all([admin.waitForURL(/created=/), admin.locator('form:has(#staff-email) button[type=submit]').click()]);
  return { name, email };
}

async function openMember(admin: Page, member: Member): Promise<string> {
  await admin.goto('/newsroom/staff');
  await admin.getByRole('link', { name: `Manage ${member.name}` }).click();
  await expect(admin.locator('h1')).toContainText(member.name);
  return admin.url();
}

async function memberPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  return (await browser.newContext(options)).newPage();
}

test('an admin changes a role, resets a password and disables an account; the member feels each at once', async ({ browser, baseURL }) => {
  const admin = await staffPage(browser, 'admin');
  const member = await addMember(admin);
  const them = await memberPage(browser);
  await signInWith(them, member.email, password);
  await expect(them).toHaveURL(/\/newsroom$/);
  expect((await them.request.get('/newsroom/hy/breaking', { maxRedirects: 0 })).status()).toBe(403);

  // Role and services
  const memberUrl = await openMember(admin, member);
  await admin.locator('#access-role').selectOption('editor');
  await admin.locator('form:has(#access-role) input[name=services][value=hy]').check();
  await Promise.all([admin.waitForURL(/notice=saved/), admin.locator('form:has(#access-role) button[type=submit]').click()]);
  await expect(admin.locator('main [role=status]')).toHaveText('Role and services saved.');
  await expect(admin.locator('#access-role')).toHaveValue('editor');
  expect((await them.request.get('/newsroom/hy/breaking', { maxRedirects: 0 })).status()).toBe(200);

  // Password reset: the one-time password is shown once; the member's session has ended.
  await admin.locator('button', { hasText: 'Reset password' }).click();
  const oneTime = (await admin.locator('output.one-time-password').textContent())!.trim();
  expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await them.goto('/newsroom/ka');
  await expect(them).toHaveURL(/\/newsroom\/sign-in/);
  await signInWith(them, member.email, password);
  await expect(them).toHaveURL(/error=invalid/);

  // Signed in with it, the member can only choose a new password, in their own language.
  await signInWith(them, member.email, oneTime);
  await expect(them).toHaveURL(/\/newsroom\/password$/);
  await expect(them.locator('html')).toHaveAttribute('lang', 'ka');
  await expect(them.locator('main [role=alert]')).toBeVisible();
  await them.goto('/newsroom/ka/articles/new');
  await expect(them).toHaveURL(/\/newsroom\/password$/);
  const write = await them.request.post('/newsroom/ka/articles/new', {
    headers: { origin: baseURL!, 'next-action': 'x' },
    data: '[]',
    maxRedirects: 0,
  });
  expect(write.status()).toBe(403);
  await them.locator('#password-current').fill('not-the-one-time-password');
  await them.locator('#password-next').fill('a-new-password-2026');
  await them.locator('#password-confirm').fill('a-new-password-2026');
  await Promise.all([them.waitForURL(/error=current\.wrongPassword/), them.locator('main form button[type=submit]').click()]);
  // In the member's own language (Georgian).
  await expect(them.locator('#password-current-error')).toHaveText(georgian.newsroom.errors.wrongPassword);
  await them.locator('#password-current').fill(oneTime);
  await them.locator('#password-next').fill('a-new-password-2026');
  await them.locator('#password-confirm').fill('a-new-password-2027');
  await Promise.all([them.waitForURL(/error=confirm\.passwordMismatch/), them.locator('main form button[type=submit]').click()]);
  await expect(them.locator('#password-confirm-error')).toBeVisible();
  await them.locator('#password-next').fill('a-new-password-2026');
  await them.locator('#password-confirm').fill('a-new-password-2026');
  await them.locator('#password-current').fill(oneTime);
  await Promise.all([them.waitForURL(/notice=changed/), them.locator('main form button[type=submit]').click()]);
  await expect(them.locator('main [role=status]')).toBeVisible();
  await them.goto('/newsroom/ka');
  await expect(them).toHaveURL(/\/newsroom\/ka$/);

  // Disabled: signed out at once, and sign-in is refused until enabled again.
  await admin.goto(memberUrl);
  await Promise.all([admin.waitForURL(/notice=disabledNotice/), admin.locator('button', { hasText: 'Disable account' }).click()]);
  await them.goto('/newsroom/ka');
  await expect(them).toHaveURL(/\/newsroom\/sign-in/);
  await signInWith(them, member.email, 'a-new-password-2026');
  await expect(them).toHaveURL(/error=invalid/);
  await admin.goto('/newsroom/staff');
  await expect(admin.locator('tr', { hasText: member.email })).toContainText('Disabled');
  await admin.goto(memberUrl);
  await Promise.all([admin.waitForURL(/notice=enabledNotice/), admin.locator('button', { hasText: 'Enable account' }).click()]);
  await signInWith(them, member.email, 'a-new-password-2026');
  await expect(them).toHaveURL(/\/newsroom$/);

  // Every change is in the audit log, with the admin's name.
  await admin.goto('/newsroom/audit');
  const entries = admin.locator('tr', { hasText: member.email });
  for (const label of [
    'added a staff member',
    "changed a staff member's role or services",
    "reset a staff member's password",
    'disabled a staff account',
    'enabled a staff account',
  ])
    await expect(entries.filter({ hasText: label }).first()).toContainText('E2E Admin');
});

test('without JavaScript, an admin changes a role, a reset shows the one-time password once, and an admin cannot disable themself', async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ storageState: sessionFile('admin'), javaScriptEnabled: false })).newPage();
  const member = await addMember(admin);
  const memberUrl = await openMember(admin, member);
  await admin.locator('#access-role').selectOption('editor');
  await Promise.all([admin.waitForURL(/notice=saved/), admin.locator('form:has(#access-role) button[type=submit]').click()]);
  await expect(admin.locator('main [role=status]')).toHaveText('Role and services saved.');
  await admin
    .locator('form:has(#access-role) input[name=services]')
    .evaluateAll((boxes) => boxes.forEach((b) => ((b as HTMLInputElement).checked = false)));
  await Promise.all([admin.waitForURL(/error=servicesRequired/), admin.locator('form:has(#access-role) button[type=submit]').click()]);
  await expect(admin.locator('#access-services-error')).toHaveText('Choose at least one service.');
  await admin.locator('button', { hasText: 'Reset password' }).click();
  await expect(admin.locator('output.one-time-password')).toHaveText(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await admin.goto(memberUrl);
  await expect(admin.locator('output.one-time-password')).toHaveCount(0);
  await expect(admin.locator('#account-state')).toHaveText('Status: Active, must choose a new password');

  await admin.goto('/newsroom/staff');
  await admin.getByRole('link', { name: 'Manage E2E Admin' }).click();
  await Promise.all([admin.waitForURL(/error=selfDisable/), admin.locator('button', { hasText: 'Disable account' }).click()]);
  await expect(admin.locator('main [role=alert]')).toHaveText('You cannot disable your own account.');
  await admin.goto('/newsroom/staff');
  await expect(admin.locator('tr', { hasText: 'e2e.admin@polyphony.invalid' })).toContainText('Active');
});

test('only admins reach a member’s page and its actions, in every service’s staff', async ({ browser, playwright, baseURL }) => {
  const admin = await staffPage(browser, 'admin');
  const member = await addMember(admin);
  const memberUrl = new URL(await openMember(admin, member)).pathname;
  // A malformed member id is the newsroom's 404; an unknown one too.
  expect((await admin.request.get('/newsroom/staff/not-a-member', { maxRedirects: 0 })).status()).toBe(404);
  await admin.goto(`/newsroom/staff/${crypto.randomUUID()}`);
  await expect(admin.locator('main h1')).toHaveText('Not found');

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(memberUrl, { maxRedirects: 0 })).status()).toBe(303);
  expect(
    (await anonymous.post(memberUrl, { headers: { origin: baseURL!, 'next-action': 'x' }, data: '[]', maxRedirects: 0 })).status(),
  ).toBe(401);
  for (const who of ['huEditor', 'reporter', 'editor', 'faReporter', 'hyReporter'] as const) {
    const request = (await staffPage(browser, who)).context().request;
    for (const url of [memberUrl, '/newsroom/staff']) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), `${who} GET ${url}`).toBe(403);
      const post = await request.post(url, { headers: { origin: baseURL!, 'next-action': 'x' }, data: '[]', maxRedirects: 0 });
      expect(post.status(), `${who} POST ${url}`).toBe(403);
    }
  }
});
