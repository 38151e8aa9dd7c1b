import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { services } from '@/e2e/support';
import { lifecycle, openEditor, publicUrl, staffPage, unique, writeDraft } from '@/e2e/newsroom-support';
import type { ServiceCode } from '@/i18n/services';

// Stale translations, as members meet them: the source is saved again, and the translation's
// editor and its service's list say so, in the member's language, with the source's changed
// words, until someone who may change the translation marks it reviewed. Readers see nothing.

type StaleMessages = { title: string; review: string; reviewed: string; editorReviews: string };
const staleMessages = (code: ServiceCode): StaleMessages => JSON.parse(readFileSync(`messages/${code}.json`, 'utf8')).newsroom.stale;

/** A source draft in `from` and its translation draft in `to`, made by the all-services editor. */
async function storyAndTranslation(editor: Page, from: ServiceCode, to: ServiceCode, story: { headline: string; body: string }) {
  const sourceId = await writeDraft(editor, from, story);
  await openEditor(editor, `/newsroom/${from}/articles/${sourceId}`);
  await editor.locator('#translate-target').selectOption(to);
  await Promise.all([editor.waitForURL(new RegExp(`/newsroom/${to}/articles/\\d+`)), editor.locator('.translate-form button').click()]);
  const translationId = Number(new RegExp(`/newsroom/${to}/articles/(\\d+)`).exec(editor.url())![1]);
  return { sourceId, translationId };
}

/** Saves the source's body again through its editor. */
async function editBody(editor: Page, code: ServiceCode, id: number, body: string) {
  await openEditor(editor, `/newsroom/${code}/articles/${id}`);
  await editor.locator('#body').fill(body);
  await Promise.all([editor.waitForURL(/notice=saved/), editor.locator('form.editor-form button[type=submit]').click()]);
}

/** The list of a service, narrowed to one headline (parallel tests add stories of their own). */
const listOf = (code: ServiceCode, headline: string) => `/newsroom/${code}?q=${encodeURIComponent(headline)}`;
const listRow = (page: Page, code: ServiceCode, id: number) => page.locator(`tr:has(a[href="/newsroom/${code}/articles/${id}"])`);

test('a translator without rights in the source service sees the source change in their language, with its words, and marks it reviewed', async ({
  browser,
}) => {
  const editor = await staffPage(browser, 'editor');
  const fa = staleMessages('fa');
  const headline = unique('Երևանի մետրոն');
  const { sourceId, translationId } = await storyAndTranslation(editor, 'hy', 'fa', {
    headline,
    body: 'Երևանի մետրոն այսօր աշխատում է մինչև կեսգիշեր։',
  });

  const translator = await staffPage(browser, 'faReporter');
  await translator.goto(`/newsroom/fa/articles/${translationId}`);
  await expect(translator.locator('h1#editor-title')).toBeVisible();
  await expect(translator.locator('.source-change')).toHaveCount(0);

  await editBody(editor, 'hy', sourceId, 'Երևանի մետրոն վաղը աշխատում է մինչև կեսգիշեր։');

  await openEditor(translator, `/newsroom/fa/articles/${translationId}`);
  await expect(translator.locator('html')).toHaveAttribute('lang', 'fa');
  const notice = translator.locator('section.source-change');
  await expect(notice.locator('h2')).toHaveText(fa.title);
  // The source's words, in its own language: what went and what came.
  await expect(notice.locator('.revision-diff dd[lang=hy]')).toHaveCount(1);
  await expect(notice.locator('.revision-diff del')).toHaveText(['այսօր']);
  await expect(notice.locator('.revision-diff ins')).toHaveText(['վաղը']);
  await expect(notice.locator('cite[lang=hy]')).toHaveText(headline);
  // No rights in hy: the source's editor is not linked.
  await expect(notice.locator('cite a')).toHaveCount(0);

  await translator.goto(listOf('fa', headline));
  const row = listRow(translator, 'fa', translationId);
  await expect(row.locator('details.source-change summary')).toHaveText(fa.title);
  await row.locator('details.source-change summary').click();
  await expect(row.locator('.revision-diff ins')).toHaveText(['վաղը']);
  await expect(row.locator('.revision-diff ins')).toBeVisible();

  await openEditor(translator, `/newsroom/fa/articles/${translationId}`);
  await Promise.all([translator.waitForURL(/notice=reviewed/), notice.getByRole('button', { name: fa.review }).click()]);
  await expect(translator.locator('.form-notice')).toHaveText(fa.reviewed);
  await expect(translator.locator('.source-change')).toHaveCount(0);
  await translator.goto(listOf('fa', headline));
  await expect(listRow(translator, 'fa', translationId)).toBeVisible();
  await expect(listRow(translator, 'fa', translationId).locator('.source-change')).toHaveCount(0);
});

test('a public translation: readers see nothing, a reporter is told an editor reviews, an editor marks it from the list', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const editor = await staffPage(browser, 'editor');
  const en = staleMessages('en');
  const { sourceId, translationId } = await storyAndTranslation(editor, 'hy', 'fa', {
    headline: unique('Գյումրիի կամուրջը'),
    body: 'Գյումրիի նոր կամուրջը բացվեց երեկ։',
  });
  // The translation draft has no bylines yet: the editor adds one and publishes it.
  const headline = unique('پل تازهٔ گیومری');
  await openEditor(editor, `/newsroom/fa/articles/${translationId}`);
  await editor.locator('#headline').fill(headline);
  await editor.locator('input[name=bylines]').first().check();
  await Promise.all([editor.waitForURL(/notice=saved/), editor.locator('form.editor-form button[type=submit]').click()]);
  await lifecycle(editor, 'fa', translationId, 'publish');
  const url = await publicUrl(editor, 'fa', translationId);
  await editBody(editor, 'hy', sourceId, 'Գյումրիի նոր կամուրջը բացվեց այսօր։');

  const reader = await playwright.request.newContext({ baseURL });
  const page = await (await reader.get(url)).text();
  expect(page).not.toContain('source-change');
  expect(page).not.toContain(staleMessages('fa').title);

  const reporter = await staffPage(browser, 'faReporter');
  await reporter.goto(`/newsroom/fa/articles/${translationId}`);
  await expect(reporter.locator('section.source-change')).toContainText(staleMessages('fa').editorReviews);
  await expect(reporter.locator('.source-change .review-form')).toHaveCount(0);

  await editor.goto(listOf('fa', headline));
  const row = listRow(editor, 'fa', translationId);
  await row.locator('details.source-change summary').click();
  // The editor has rights in hy: the source's editor is one click away.
  await expect(row.locator(`cite a[href="/newsroom/hy/articles/${sourceId}"]`)).toBeVisible();
  await Promise.all([editor.waitForURL(/\/newsroom\/fa\?notice=reviewed/), row.getByRole('button', { name: en.review }).click()]);
  await expect(editor.locator('.form-notice')).toHaveText(en.reviewed);
  await editor.goto(listOf('fa', headline));
  await expect(listRow(editor, 'fa', translationId)).toBeVisible();
  await expect(listRow(editor, 'fa', translationId).locator('.source-change')).toHaveCount(0);
  expect(await (await reader.get(url)).text()).not.toContain('source-change');
});

test('marking reviewed: anonymous visitors get 401 and other services’ staff 403, in every service', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const editor = await staffPage(browser, 'editor');
  const { sourceId, translationId } = await storyAndTranslation(editor, 'en', 'ro', {
    headline: unique('Harbour ferries'),
    body: 'The harbour ferries run every hour.',
  });
  await editBody(editor, 'en', sourceId, 'The harbour ferries run every half hour.');
  await editor.goto(`/newsroom/ro/articles/${translationId}`);
  // The action's id, as the browser sends it when the form is submitted without JavaScript.
  const actionField = await editor.locator('.source-change .review-form input[name^="$ACTION_ID_"]').getAttribute('name');
  expect(actionField).toBeTruthy();
  const post = (request: APIRequestContext, url: string, service: string) =>
    request.post(url, {
      headers: { origin: baseURL! },
      multipart: { [actionField!]: '', service, id: String(translationId), sourceVersion: '2', back: 'editor' },
      maxRedirects: 0,
    });

  const anonymous = await playwright.request.newContext({ baseURL });
  const hu = (await staffPage(browser, 'huEditor')).context().request;
  for (const { code } of services) {
    const url = `/newsroom/${code}/articles/${translationId}`;
    expect((await post(anonymous, url, code)).status(), `anonymous ${code}`).toBe(401);
    if (code === 'hu') continue;
    expect((await post(hu, url, code)).status(), `hu editor at ${code}`).toBe(403);
    // Through an address of their own service the action itself refuses them.
    const forged = await post(hu, `/newsroom/hu/articles/${translationId}`, code);
    expect(forged.status(), `hu editor naming ${code}`).toBe(303);
    expect(forged.headers()['location'], `hu editor naming ${code}`).toMatch(/\/newsroom\/forbidden$/);
  }
  // In their own service the action runs (and finds no such translation there).
  const own = await post(hu, `/newsroom/hu/articles/${translationId}`, 'hu');
  expect(own.headers()['location']).toMatch(new RegExp(`/newsroom/hu/articles/${translationId}\\?error=notFound$`));
  // Nothing was marked: the flag is still there.
  await editor.goto(`/newsroom/ro/articles/${translationId}`);
  await expect(editor.locator('section.source-change')).toHaveCount(1);
});
