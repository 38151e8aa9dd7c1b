import { expect, test } from '@playwright/test';
import { fixtures } from './support';

// The site's clock ticks every 5 s; allow two ticks after the expiry.
const CLOCK_SLACK_MS = 10_000;

test('a breaking item disappears at expiry: from open pages at their 30 s refresh, and on the next load', async ({ page }) => {
  const { service, text, expiresAt } = fixtures.expiring;
  const expiry = new Date(expiresAt).getTime();
  expect(expiry - Date.now(), 'the fixture item expired before this test began').toBeGreaterThan(5_000);
  test.setTimeout(expiry - Date.now() + 90_000);

  await page.clock.install();
  await page.goto(`/${service}`);
  await expect(page.locator('.breaking')).toContainText(text);

  // Real time passes until the item has expired and the site's clock has acted on it...
  await page.waitForTimeout(expiry - Date.now() + CLOCK_SLACK_MS);
  await expect(page.locator('.breaking')).toContainText(text);
  // ...then the open page's 30 s refresh removes it without a reload,
  await page.clock.runFor(30_000);
  await expect(page.locator('.breaking')).toHaveCount(0);
  // and a new load of any page of the service no longer has it.
  await page.reload();
  await expect(page.locator('.breaking')).toHaveCount(0);
  await page.goto(`/${service}/sections/news`);
  await expect(page.locator('.breaking')).toHaveCount(0);
});
