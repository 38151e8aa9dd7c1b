import { expect, test } from '@playwright/test';
import { fixtures } from '@/e2e/support';

// The site's clock ticks every 5 s and open pages ask again every 30 s.
const CLOCK_SLACK_MS = 10_000;
const REFRESH_MS = 30_000;

test('a breaking item disappears at expiry: from an open page without a reload, and on the next load', async ({ page }) => {
  const { service, text, expiresAt } = fixtures.expiring;
  const expiry = new Date(expiresAt).getTime();
  expect(expiry - Date.now(), 'the fixture item expired before this test began').toBeGreaterThan(5_000);
  test.setTimeout(expiry - Date.now() + CLOCK_SLACK_MS + REFRESH_MS + 60_000);

  await page.goto(`/${service}`);
  await expect(page.locator('.breaking')).toContainText(text);
  // Real time passes; the open page drops the item at its first refresh after the expiry.
  await page.waitForTimeout(Math.max(0, expiry - Date.now()));
  await expect(page.locator('.breaking')).toHaveCount(0, { timeout: CLOCK_SLACK_MS + REFRESH_MS });
  await page.reload();
  await expect(page.locator('.breaking')).toHaveCount(0);
  await page.goto(`/${service}/sections/news`);
  await expect(page.locator('.breaking')).toHaveCount(0);
});
