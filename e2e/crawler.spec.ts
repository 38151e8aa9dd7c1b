import { expect, test } from '@playwright/test';
import { headFacts, hreflangInHtml } from '@/e2e/discovery-support';
import { demoContent, services } from '@/e2e/support';

test.use({ javaScriptEnabled: false });

const PAGES_PER_SERVICE = 12;

for (const service of services) {
  test(`a crawler without JavaScript finds sound pages from /${service.code}`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const drafts = demoContent(service.code)
      .articles.filter((a) => a.status !== 'published')
      .map((a) => a.slug);
    const queue = [`/${service.code}`];
    const seen = new Set(queue);
    let crawled = 0;
    while (queue.length && crawled < PAGES_PER_SERVICE) {
      const path = queue.shift()!;
      const response = await page.goto(path);
      crawled++;
      expect(response?.status(), path).toBe(200);
      const facts = await headFacts(page);
      expect(facts.lang, path).toBeTruthy();
      expect(facts.canonicals, path).toHaveLength(1);
      expect(facts.canonicals[0], path).toBe(new URL(new URL(page.url()).pathname, origin).toString());
      expect(facts.jsonLdErrors, path).toBe(0);
      // hreflang is reciprocal: every version this page names names this page back.
      for (const [, href] of Object.entries(facts.hreflang)) {
        if (href === facts.canonicals[0] || new URL(href).pathname === '/sites') continue;
        const back = Object.values(hreflangInHtml(await (await request.get(href)).text()));
        expect(back, `${href} names ${path}`).toContain(facts.canonicals[0]);
      }
      const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const link of links) {
        expect(
          drafts.some((d) => link.endsWith(`/${d}`)),
          `${path} links a draft: ${link}`,
        ).toBe(false);
        const target = link.split('#')[0];
        if (target.startsWith(`/${service.code}/`) && !target.includes('/search') && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect(crawled).toBe(PAGES_PER_SERVICE);
  });
}
