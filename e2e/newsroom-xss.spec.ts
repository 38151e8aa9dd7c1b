import { expect, test } from '@playwright/test';
import { xssPayloads } from '@/tests/support/xss-payloads';
import { lifecycle, openEditor, publicUrl, staffPage, unique } from '@/e2e/newsroom-support';

// Stored XSS: every payload of the corpus is saved through the editor, published, and read in
// Chromium. Nothing may run, and the article body may contain only the elements Markdown makes.

const PER_ARTICLE = 12;
const chunks = Array.from({ length: Math.ceil(xssPayloads.length / PER_ARTICLE) }, (_, i) =>
  xssPayloads.slice(i * PER_ARTICLE, (i + 1) * PER_ARTICLE),
);
const ALLOWED = new Set([
  'P',
  'A',
  'STRONG',
  'EM',
  'DEL',
  'CODE',
  'PRE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'BR',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'SECTION',
  'SUP',
  'DIV',
  'SPAN',
]);

for (const [index, chunk] of chunks.entries()) {
  test(`XSS corpus part ${index + 1}: ${chunk.length} payloads saved through the editor execute nothing`, async ({ browser }) => {
    const editor = await staffPage(browser, 'editor');
    await openEditor(editor, '/newsroom/en/articles/new');
    await editor.locator('#headline').fill(`${unique('XSS')} ${chunk[0].markdown.slice(0, 60)}`);
    await editor.locator('#dek').fill(chunk[1]?.markdown.slice(0, 300) ?? '');
    await editor.locator('input[name=bylines]').first().check();
    await editor.locator('#body').fill(chunk.map((p) => p.markdown).join('\n\n---\n\n'));
    await Promise.all([editor.waitForURL(/notice=saved/), editor.locator('form.editor-form button[type=submit]').click()]);
    const id = Number(/articles\/(\d+)/.exec(editor.url())![1]);
    await lifecycle(editor, 'en', id, 'publish');
    const url = await publicUrl(editor, 'en', id);

    for (const page of [editor, await (await browser.newContext()).newPage()]) {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      const found = await page
        .locator('.article-body *')
        .evaluateAll((elements) =>
          elements.map((e) => ({ tag: e.tagName, attributes: [...e.attributes].map((a) => `${a.name}=${a.value}`) })),
        );
      for (const element of found) {
        expect(ALLOWED.has(element.tag), element.tag).toBe(true);
        for (const attribute of element.attributes) {
          expect(attribute, element.tag).not.toMatch(/^on/i);
          expect(attribute, element.tag).not.toMatch(/^(href|src)=\s*(javascript|data|vbscript):/i);
        }
      }
      // The live preview in the editor renders the same body without running anything either.
      await editor.goto(`/newsroom/en/articles/${id}`);
      expect(await editor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    }
  });
}
