import type { Page } from '@playwright/test';

export type HeadFacts = {
  lang: string | null;
  canonicals: string[];
  hreflang: Record<string, string>;
  jsonLd: unknown[];
  jsonLdErrors: number;
  feeds: string[];
};

/** What a crawler reads from a page's head. */
export async function headFacts(page: Page): Promise<HeadFacts> {
  return page.evaluate(() => {
    const jsonLd: unknown[] = [];
    let jsonLdErrors = 0;
    for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        jsonLd.push(JSON.parse(s.textContent ?? ''));
      } catch {
        jsonLdErrors++;
      }
    }
    return {
      lang: document.documentElement.getAttribute('lang'),
      canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')!),
      hreflang: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang')!,
          l.getAttribute('href')!,
        ]),
      ),
      jsonLd,
      jsonLdErrors,
      feeds: [...document.querySelectorAll('link[rel="alternate"][type$="+xml"]')].map((l) => l.getAttribute('href')!),
    };
  });
}

/** The hreflang alternates named in a page's HTML, read without a browser. */
export function hreflangInHtml(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].map((m) => m[0]);
  return Object.fromEntries(
    links
      .map((l) => [l.match(/hrefLang="([^"]+)"|hreflang="([^"]+)"/i), l.match(/\bhref="([^"]+)"/)] as const)
      .filter(([lang, href]) => lang && href)
      .map(([lang, href]) => [(lang![1] ?? lang![2])!, href![1].replace(/&amp;/g, '&')]),
  );
}
