import { expect, test } from '@playwright/test';
import { demoContent, leadStoryHref, services } from '@/e2e/support';

for (const service of services) {
  test.describe(`${service.englishName} (/${service.code})`, () => {
    test('front page is in the service language, script and direction', async ({ page }) => {
      const response = await page.goto(`/${service.code}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', service.htmlLang);
      await expect(page.locator('html')).toHaveAttribute('dir', service.dir);
      await expect(page.locator('.brand')).toHaveText(service.brand);
      await expect(page.locator('.front-lead img')).toHaveAttribute('alt', '');
      expect(await page.locator('.story-card').count()).toBeGreaterThanOrEqual(8);
      expect(response?.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    });

    test('article page shows headline, dek, bylines, dates, image and body', async ({ page }) => {
      const href = await leadStoryHref(page, service);
      expect(href).toMatch(new RegExp(`^/${service.code}/articles/\\d+/[a-z0-9-]+$`));
      const response = await page.goto(href);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', service.htmlLang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.article-dek')).not.toBeEmpty();
      await expect(page.locator('.byline a[href^="/' + service.code + '/authors/"]').first()).toBeVisible();
      await expect(page.locator('.article-dates time').first()).toHaveAttribute('datetime', /\d{4}-\d\d-\d\dT/);
      const image = page.locator('.article-image img');
      expect((await image.getAttribute('alt'))?.length).toBeGreaterThan(5);
      expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expect(page.locator('.article-image figcaption')).not.toBeEmpty();
      expect(await page.locator('.article-body p').count()).toBeGreaterThanOrEqual(2);
    });

    test('a byline leads to the author page, which lists the story', async ({ page }) => {
      const href = await leadStoryHref(page, service);
      await page.goto(href);
      await page.locator('.byline a').first().click();
      await expect(page).toHaveURL(new RegExp(`/${service.code}/authors/[a-z0-9-]+$`));
      await expect(page.locator(`.story-list a[href="${href}"]`)).toHaveCount(1);
    });

    test('dates follow the service conventions', async ({ page }) => {
      await page.goto(await leadStoryHref(page, service));
      const text = await page.locator('.article-dates time').first().innerText();
      if (service.script === 'Arab') expect(text).not.toMatch(/[0-9]/);
      if (service.code !== 'en')
        expect(text).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
    });

    test('search finds a story by a word of its headline', async ({ page }) => {
      const published = demoContent(service.code).articles.filter((a) => a.status === 'published');
      const word = published[0].headline.split(/[\s,.:;«»"“”„()]+/u).find((w) => w.length > 4)!;
      await page.goto(`/${service.code}`);
      await page.locator('input[name="q"]').fill(word);
      await page.locator('form[role="search"] button').click();
      await expect(page).toHaveURL(new RegExp(`/${service.code}/search\\?q=`));
      await expect(page.locator('.search-results li').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', service.htmlLang);
      // The count in the service's digits (Persian "۳ مطلب پیدا شد", not "3").
      const found = await page.locator('.search-page p[role="status"]').first().innerText();
      if (service.script === 'Arab') expect(found).toMatch(/^[^0-9]*[۰-۹][^0-9]*$/);
      else expect(found).toMatch(/[0-9]/);
    });
  });
}

test('the seed story links its translations both ways through the language switcher', async ({ page }) => {
  const withStory = services.filter((s) => demoContent(s.code).articles.some((a) => a.translationKey === 'csto-2008'));
  expect(withStory.length).toBeGreaterThanOrEqual(6);
  const [first, second] = withStory;
  const slugOf = (code: string) => demoContent(code).articles.find((a) => a.translationKey === 'csto-2008')!.slug;
  await page.goto(`/${first.code}`);
  await page.goto(
    (await page
      .locator(`a[href$="/${slugOf(first.code)}"]`)
      .first()
      .getAttribute('href'))!,
  );
  const switcher = page.locator('.language-switcher');
  const toSecond = switcher.locator(`a[hreflang="${second.hreflang}"]`);
  await expect(toSecond).toHaveAttribute('href', new RegExp(`/${second.code}/articles/\\d+/${slugOf(second.code)}$`));
  const noStory = services.find((s) => !withStory.includes(s))!;
  await expect(switcher.locator(`a[hreflang="${noStory.hreflang}"]`)).toHaveAttribute('href', `/${noStory.code}`);
  const firstUrl = page.url();
  await page.goto((await toSecond.getAttribute('href'))!);
  await expect(page.locator(`.language-switcher a[hreflang="${first.hreflang}"]`)).toHaveAttribute('href', new URL(firstUrl).pathname);
});

test('the all-sites page lists every service in its own language', async ({ page }) => {
  await page.goto('/sites');
  for (const s of services) {
    const link = page.locator(`.all-sites-list a[href="/${s.code}"]`);
    await expect(link).toContainText(s.nativeName);
    await expect(page.locator(`.all-sites-list li[lang="${s.htmlLang}"]`)).toHaveCount(1);
  }
});
