import { describe, expect, it } from 'vitest';
import { isLitePage, toLiteHtml } from '@/scripts/lite-html.mjs';

const page = `<!DOCTYPE html><html lang="fa" dir="rtl"><head>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>
<script src="/_next/static/chunks/a.js" async=""></script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
</head><body><p>&lt;script&gt;not a script&lt;/script&gt;</p>
<script src="/scripts/breaking-banner.js" defer=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"payload"])</script></body></html>`;

describe('lite HTML', () => {
  const lite = toLiteHtml(page);

  it('drops the framework runtime and the inline RSC payload', () => {
    expect(lite).not.toContain('/_next/');
    expect(lite).not.toContain('__next_f');
  });

  it('keeps structured data, the island script and escaped text', () => {
    expect(lite).toContain('application/ld+json');
    expect(lite).toContain('/scripts/breaking-banner.js');
    expect(lite).toContain('&lt;script&gt;not a script&lt;/script&gt;');
  });

  it.each([
    ['GET', '/fa', {}, true],
    ['GET', '/fa/articles/1/x?utm=1', {}, true],
    ['HEAD', '/en/search?q=a', {}, true],
    ['GET', '/fa', { rsc: '1' }, false],
    ['GET', '/fa?_rsc=abc', {}, false],
    ['POST', '/fa', {}, false],
    ['GET', '/_next/static/chunks/a.js', {}, false],
    ['GET', '/api/breaking/fa', {}, false],
    ['GET', '/media/640/a.webp', {}, false],
    ['GET', '/newsroom', {}, false],
  ])('%s %s %o → lite: %s', (method, url, headers, expected) => {
    expect(isLitePage({ method, url, headers })).toBe(expected);
  });
});
