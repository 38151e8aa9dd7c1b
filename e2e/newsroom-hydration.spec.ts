import { expect, test } from '@playwright/test';
import { openEditor, staffPage } from '@/e2e/newsroom-support';

// The other side of lite HTML (e2e/lite-pages.spec.ts): the newsroom keeps the framework runtime,
// and its islands run. A change that stripped staff pages too would fail here.

test('the newsroom editor loads the framework runtime and its live preview follows the text', async ({ browser }) => {
  const page = await staffPage(browser, 'editor');
  const url = '/newsroom/en/articles/new';
  const html = await (await page.context().request.get(url)).text();
  expect(html).toMatch(/<script\b[^>]*\bsrc="\/_next\/static\/chunks\/[^"]+\.js"/);
  expect(html).toContain('self.__next_f');

  await openEditor(page, url);
  await page.locator('#body').fill('A **hydrated** preview');
  await expect(page.locator('.live-preview .article-body strong')).toHaveText('hydrated');
  await page.locator('#body').fill('Now *changed* as typed');
  await expect(page.locator('.live-preview .article-body em')).toHaveText('changed');
  await expect(page.locator('.live-preview .article-body strong')).toHaveCount(0);
  await page.context().close();
});
