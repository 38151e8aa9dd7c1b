import { expect, test } from '@playwright/test';
import { demoContent, fixtures, services } from '@/e2e/support';

test.use({ javaScriptEnabled: false });

for (const service of services) {
  test(`/${service.code} works without JavaScript: sections, pages, language switcher, search`, async ({ page }) => {
    await page.goto(`/${service.code}`);
    // Section navigation and pagination are plain links.
    await page.locator(`.section-nav a[href="/${service.code}/sections/${fixtures.archiveSection}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${service.code}/sections/${fixtures.archiveSection}$`));
    await page.locator('.pagination a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/sections/${fixtures.archiveSection}/page/2$`));
    await expect(page.locator('.story-list li').first()).toBeVisible();
    await page.locator('.pagination a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`/sections/${fixtures.archiveSection}$`));

    // The language switcher is a <details> disclosure of links.
    const other = services[(services.indexOf(service) + 1) % services.length];
    await page.locator('.language-switcher summary').click();
    await page.locator(`.language-switcher a[hreflang="${other.hreflang}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${other.code}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', other.htmlLang);

    // Search is a GET form.
    await page.goto(`/${service.code}`);
    const headline = demoContent(service.code).articles.find((a) => a.status === 'published')!.headline;
    await page.locator('input[name="q"]').fill(headline.split(/[\s,.:;«»"“”„()]+/u).find((w) => w.length > 4)!);
    await page.locator('input[name="q"]').press('Enter');
    await expect(page.locator('.search-results li').first()).toBeVisible();
  });
}
