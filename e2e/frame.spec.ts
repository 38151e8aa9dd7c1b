import { expect, test } from '@playwright/test';
import { demoContent, fixtures, leadStoryHref, services } from '@/e2e/support';

for (const service of services) {
  test(`skip links move keyboard focus to their targets (/${service.code})`, async ({ page }) => {
    await page.goto(`/${service.code}`);
    const heading = page.locator('.a11y-links h2');
    await expect(heading).toHaveText(/.+/);
    const targets = ['#content', '#navigation', '#search-query'];
    for (const [i, target] of targets.entries()) {
      await page.goto(`/${service.code}`);
      for (let n = 0; n <= i; n++) await page.keyboard.press('Tab');
      const link = page.locator(`.a11y-links a[href="${target}"]`);
      await expect(link).toBeFocused();
      await expect(link).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator(target)).toBeFocused();
    }
  });
}

const seeded = services.filter((s) => demoContent(s.code).breaking);
const unseeded = services.filter((s) => !demoContent(s.code).breaking && s.code !== fixtures.expiring.service);

test('breaking news shows where an item is live, on the front and the article pages', async ({ page }) => {
  expect(seeded.length).toBeGreaterThanOrEqual(5);
  for (const service of seeded) {
    const text = demoContent(service.code).breaking!.text;
    await page.goto(`/${service.code}`);
    await expect(page.locator('.breaking')).toContainText(text);
    await expect(page.locator('.breaking-region')).toHaveAttribute('aria-live', 'polite');
    await page.goto(await leadStoryHref(page, service));
    await expect(page.locator('.breaking')).toContainText(text);
  }
});

test('breaking news is absent where no item is live', async ({ page }) => {
  for (const service of unseeded) {
    await page.goto(`/${service.code}`);
    await expect(page.locator('.breaking')).toHaveCount(0);
  }
});

test('every script, stylesheet, icon and image a page references loads', async ({ page, request }) => {
  for (const service of [services[0], services.find((s) => s.dir === 'rtl')!]) {
    await page.goto(await leadStoryHref(page, service));
    const urls = await page.evaluate(() => [
      ...[...document.querySelectorAll('script[src]')].map((e) => (e as HTMLScriptElement).src),
      ...[...document.querySelectorAll('link[href]')].map((e) => (e as HTMLLinkElement).href),
      ...[...document.querySelectorAll('img')].map((e) => (e as HTMLImageElement).currentSrc || (e as HTMLImageElement).src),
    ]);
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect((await request.get(url)).status(), url).toBe(200);
  }
});

test('pages send security headers and break none of their rules', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const service of [services[0], services.find((s) => s.dir === 'rtl')!]) {
    const response = await page.goto(await leadStoryHref(page, service));
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    await page.goto(`/${service.code}`);
  }
  expect(violations).toEqual([]);
});
