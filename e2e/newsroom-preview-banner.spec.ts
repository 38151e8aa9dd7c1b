import { expect, test } from '@playwright/test';
import { staffPage, unique, writeDraft } from '@/e2e/newsroom-support';

// A staff preview is the public page around unpublished text, under the newsroom's nonce policy
// ('strict-dynamic' ignores 'self'): the breaking banner's script must still load and run there.

test("a preview's breaking banner keeps itself current: its script runs under the nonce policy", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await staffPage(browser, 'editor');
  const id = await writeDraft(editor, 'kk', { headline: unique('Алматыда жаңа көпір ашылды'), body: 'Көпір қала орталығын қосады.' });

  const preview = await staffPage(browser, 'editor');
  const refused: string[] = [];
  preview.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await preview.goto(`/newsroom/preview/kk/${id}`);
  await expect(preview.locator('.breaking')).toHaveCount(0);

  // An item put live after the preview opened reaches it only through the script's refresh.
  const text = unique('Шұғыл: Алматыда жол жабылды');
  await editor.goto('/newsroom/kk/breaking');
  await editor.waitForLoadState('networkidle');
  await editor.locator('#new-text').fill(text);
  await Promise.all([editor.waitForURL(/notice=added/), editor.locator('form.breaking-form').last().locator('button').click()]);
  await expect(preview.locator('.breaking')).toContainText(text, { timeout: 45_000 });
  expect(refused).toEqual([]);

  await Promise.all([
    editor.waitForURL(/notice=endedOk/),
    editor.locator('.desk-item', { hasText: text }).locator('form:not(.breaking-form) button').click(),
  ]);
});
