import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { leadStoryHref, services } from '@/e2e/support';

const JS_BUDGET = 120 * 1024;

test('an article page ships at most 120 KB of gzipped JavaScript to modern browsers', async ({ page, request }) => {
  for (const service of services) {
    await page.goto(await leadStoryHref(page, service));
    const html = await (await request.get(page.url())).text();
    const external = [...html.matchAll(/<script\b([^>]*)>/g)]
      .filter(([, attrs]) => /\bsrc=/.test(attrs) && !/\bnomodule\b/i.test(attrs))
      .map(([, attrs]) => attrs.match(/\bsrc="([^"]+)"/)![1]);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1],
    );
    let bytes = gzipSync(inline.join('\n')).length;
    for (const src of external) bytes += gzipSync(await (await request.get(src)).body()).length;
    expect(bytes, `/${service.code}`).toBeLessThanOrEqual(JS_BUDGET);
  }
});

test('a repeated request for a public page is served from the cache', async ({ request, page }) => {
  const href = await leadStoryHref(page, services[0]);
  await request.get(href);
  const again = await request.get(href);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(again.headers()['cache-control']).toMatch(/s-maxage=\d+/);
});
