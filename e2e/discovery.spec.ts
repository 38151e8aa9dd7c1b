import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { headFacts } from '@/e2e/discovery-support';
import { demoContent, leadStoryHref, services } from '@/e2e/support';

/** The NewsArticle fields a crawler reads, as this test checks them */
type NewsArticleLd = {
  headline: string;
  inLanguage: string;
  isAccessibleForFree: boolean;
  mainEntityOfPage: { '@id': string };
  datePublished: string;
  dateModified: string;
  author: { '@type': string; name: string; url: string }[];
  publisher: { logo: { url: string } };
  image: string[];
};

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url'].includes(name) });

test('robots.txt names the sitemap index and keeps crawlers out of the newsroom', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${new URL('/sitemap.xml', baseURL).toString()}`);
  expect(robots).toMatch(/^Disallow: \/newsroom$/m);
});

test('the sitemap index lists every service; its sitemaps list only published pages, within the limits', async ({ request }) => {
  const index = xml.parse(await (await request.get('/sitemap.xml')).text());
  const locs: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  expect(locs.length).toBeLessThanOrEqual(50_000);
  for (const service of services) {
    const own = locs.filter((l) => new URL(l).pathname.startsWith(`/sitemaps/${service.code}/`));
    expect(own.map((l) => new URL(l).pathname.split('/').pop()).sort()).toEqual(['1.xml', 'news.xml', 'pages.xml']);
    const articles = xml.parse(await (await request.get(new URL(own.find((l) => l.endsWith('/1.xml'))!).pathname)).text());
    const urls: { loc: string; lastmod: string }[] = articles.urlset.url;
    const published = demoContent(service.code).articles.filter((a) => a.status === 'published');
    expect(urls.length).toBeGreaterThanOrEqual(published.length);
    expect(urls.length).toBeLessThanOrEqual(50_000);
    for (const u of urls) {
      expect(u.loc).toMatch(new RegExp(`^https?://[^/]+/${service.code}/articles/\\d+/[a-z0-9-]+$`));
      expect(Number.isNaN(Date.parse(u.lastmod))).toBe(false);
    }
    const drafts = demoContent(service.code)
      .articles.filter((a) => a.status !== 'published')
      .map((a) => a.slug);
    expect(urls.filter((u) => drafts.some((d) => u.loc.endsWith(`/${d}`)))).toEqual([]);
    const sample = await request.get(new URL(urls[0].loc).pathname, { maxRedirects: 0 });
    expect(sample.status()).toBe(200);
  }
});

test('news sitemaps carry the required Google News elements, the last two days only', async ({ request }) => {
  for (const service of services) {
    const doc = xml.parse(await (await request.get(`/sitemaps/${service.code}/news.xml`)).text());
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = doc.urlset.url ?? [];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(1_000);
    for (const u of urls) {
      const news = u['news:news'];
      expect(news['news:publication']['news:name']).toBe(service.brand);
      expect(news['news:publication']['news:language']).toBe(service.hreflang);
      expect(Date.now() - Date.parse(news['news:publication_date'])).toBeLessThanOrEqual(2 * 24 * 3600_000);
      expect(String(news['news:title']).length).toBeGreaterThan(0);
    }
  }
});

test('feeds: RSS and Atom per service and section, in the service language, with 304 on a repeat', async ({ request }) => {
  for (const service of services) {
    for (const path of [
      `/${service.code}/rss.xml`,
      `/${service.code}/atom.xml`,
      `/${service.code}/sections/${service.sections[0]}/rss.xml`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const feed = parseFeed(await response.text());
      expect(feed.language, path).toBe(service.hreflang);
      expect(feed.items.length, path).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.url, path).toMatch(new RegExp(`^https?://[^/]+/${service.code}/articles/\\d+/`));
        expect(item.authors.length, path).toBeGreaterThan(0);
        expect(item.categories.length, path).toBeGreaterThan(0);
      }
      expect(
        feed.items.some((i) => i.media.length > 0 || i.image),
        path,
      ).toBe(true);
      const etag = response.headers().etag;
      expect((await request.get(path, { headers: { 'If-None-Match': etag } })).status(), path).toBe(304);
      const lastModified = response.headers()['last-modified'];
      expect((await request.get(path, { headers: { 'If-Modified-Since': lastModified } })).status(), path).toBe(304);
    }
  }
});

for (const service of services) {
  test(`structured data and metadata of /${service.code}`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(`/${service.code}`);
    const front = await headFacts(page);
    expect(Object.keys(front.hreflang).sort()).toEqual([...services.map((s) => s.hreflang), 'x-default'].sort());
    expect(front.feeds.length).toBeGreaterThanOrEqual(2);
    const types = front.jsonLd.map((d) => (d as { '@type': string })['@type']);
    expect(types).toEqual(expect.arrayContaining(['NewsMediaOrganization', 'WebSite']));

    await page.goto(await leadStoryHref(page, service));
    const facts = await headFacts(page);
    expect(facts.canonicals).toEqual([`${origin}${new URL(page.url()).pathname}`]);
    expect(facts.hreflang[service.hreflang]).toBe(facts.canonicals[0]);
    const article = facts.jsonLd.find((d) => (d as { '@type': string })['@type'] === 'NewsArticle') as NewsArticleLd;
    expect(article.headline).toBe(await page.locator('h1').innerText());
    expect(article.inLanguage).toBe(service.htmlLang);
    expect(article.isAccessibleForFree).toBe(true);
    expect(article.mainEntityOfPage['@id']).toBe(facts.canonicals[0]);
    for (const field of ['datePublished', 'dateModified'] as const)
      expect(article[field]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    expect(article.author.length).toBeGreaterThan(0);
    for (const author of article.author) {
      expect(author['@type']).toBe('Person');
      expect(author.name).toBeTruthy();
      expect((await request.get(new URL(author.url).pathname)).status()).toBe(200);
    }
    expect(article.publisher.logo.url).toMatch(/^https?:\/\//);
    expect(article.image).toHaveLength(3);
    const ratios = [];
    for (const url of article.image) {
      const body = await (await request.get(new URL(url).pathname)).body();
      const { width = 0, height = 0 } = await sharp(body).metadata();
      expect(width * height).toBeGreaterThanOrEqual(50_000);
      ratios.push(Math.round((width / height) * 100) / 100);
    }
    expect(ratios).toEqual([1.78, 1.33, 1]);
    expect(facts.jsonLd.some((d) => (d as { '@type': string })['@type'] === 'BreadcrumbList')).toBe(true);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/^https?:\/\//);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', service.hreflang.replace('-', '_'));
  });
}

test('translations name each other in hreflang and JSON-LD, and never a draft', async ({ page }) => {
  const withStory = services.filter((s) => demoContent(s.code).articles.some((a) => a.translationKey === 'csto-2008'));
  const urls = new Map<string, string>();
  for (const service of withStory) {
    const slug = demoContent(service.code).articles.find((a) => a.translationKey === 'csto-2008')!.slug;
    await page.goto(`/${service.code}`);
    const href = await page.locator(`a[href$="/${slug}"]`).first().getAttribute('href');
    await page.goto(href!);
    const facts = await headFacts(page);
    urls.set(service.hreflang, facts.canonicals[0]);
    expect(Object.keys(facts.hreflang).sort()).toEqual(withStory.map((s) => s.hreflang).sort());
    const article = facts.jsonLd.find((d) => (d as { '@type': string })['@type'] === 'NewsArticle') as Record<string, unknown>;
    expect(article.workTranslation ?? article.translationOfWork).toBeTruthy();
  }
  for (const service of withStory) {
    await page.goto(urls.get(service.hreflang)!);
    expect((await headFacts(page)).hreflang).toEqual(Object.fromEntries(urls));
  }
});

test('after an RSC request, the same URL still answers HTML to a plain request', async ({ request, page }) => {
  const href = await leadStoryHref(page, services[0]);
  await request.get(href, { headers: { RSC: '1' } });
  const plain = await request.get(href);
  expect(plain.headers()['content-type']).toMatch(/^text\/html/);
});
