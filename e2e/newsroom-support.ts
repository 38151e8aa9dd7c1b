import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { getService, type ServiceCode } from '@/i18n/services';
import { E2E_STAFF_PASSWORD, e2eStaff, type E2eStaffName } from '@/tests/support/e2e-staff';

export { e2eStaff };

/** Signs in through the form with these credentials; resolves once the newsroom answered. */
export async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/newsroom/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/newsroom/sign-in' || url.searchParams.has('error')),
    page.locator('form.stacked-form button[type=submit]').click(),
  ]);
}

/** Signs in through the form, as a member would. */
export async function signIn(page: Page, who: E2eStaffName): Promise<void> {
  await signInWith(page, e2eStaff[who].email, E2E_STAFF_PASSWORD);
  await expect(page).not.toHaveURL(/\/newsroom\/sign-in/);
}

/** Where newsroom.setup.ts keeps each account's signed-in browser state. */
export const sessionFile = (who: E2eStaffName) =>
  path.join(tmpdir(), 'polyphony-e2e-sessions', new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000').port || 'default', `${who}.json`);

/** A page in a browser already signed in as this account (a session shared with other tests). */
export async function staffPage(browser: Browser, who: E2eStaffName): Promise<Page> {
  return (await browser.newContext({ storageState: sessionFile(who) })).newPage();
}

let counter = 0;
/** Text unique to this run and test, so parallel tests never see each other's stories. */
export function unique(label: string): string {
  counter += 1;
  return `${label} ${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

/** Opens an editor page and waits until React runs it (a click before that could be lost). */
export async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('form.editor-form[data-hydrated]').waitFor();
}

/** Writes a new draft through the editor; returns its id. */
export async function writeDraft(
  page: Page,
  service: ServiceCode,
  story: { headline: string; body: string; dek?: string; slug?: string },
): Promise<number> {
  await openEditor(page, `/newsroom/${service}/articles/new`);
  await page.locator('#headline').fill(story.headline);
  if (story.dek) await page.locator('#dek').fill(story.dek);
  if (story.slug) await page.locator('#slug').fill(story.slug);
  await page.locator('input[name=bylines]').first().check();
  await page.locator('#body').fill(story.body);
  await Promise.all([page.waitForURL(/\/articles\/\d+\?notice=saved/), page.locator('form.editor-form button[type=submit]').click()]);
  // Next keeps the page navigated away from in the DOM (hidden, for going back): load afresh.
  await page.reload();
  return Number(/\/articles\/(\d+)/.exec(page.url())![1]);
}

/** Runs one of the publishing panel's buttons (publish, unpublish) on the editor page. */
export async function lifecycle(page: Page, service: ServiceCode, id: number, operation: 'publish' | 'unpublish'): Promise<void> {
  await openEditor(page, `/newsroom/${service}/articles/${id}`);
  await Promise.all([
    page.waitForURL(new RegExp(`notice=${operation}`)),
    page.locator(`.lifecycle-actions form:has(input[name=operation][value=${operation}]) button`).click(),
  ]);
}

/** The public article URL the newsroom links to (published stories only). */
export async function publicUrl(page: Page, service: ServiceCode, id: number): Promise<string> {
  await openEditor(page, `/newsroom/${service}/articles/${id}`);
  const href = await page.locator(`nav.toolbar a[href^="/${service}/articles/${id}/"]`).getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

export const dirOf = (code: ServiceCode) => getService(code).dir;
