import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/ArticleBody';
import { safeLinkHref } from '@/lib/safe-url';
import { xssPayloads } from '@/tests/support/xss-payloads';

const FORBIDDEN_ELEMENT = /<(script|iframe|object|embed|svg|math|img|form|meta|base|style|link)\b/i;
const EVENT_HANDLER = /<[^>]*\son\w+=/i;
const BAD_HREF = /^(javascript:|data:|vbscript:|\/\/)/i;

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What is wrong with rendered article HTML; empty when nothing is. */
function problems(html: string): string[] {
  const found: string[] = [];
  const element = html.match(FORBIDDEN_ELEMENT);
  if (element) found.push(`element ${element[0]}`);
  const handler = html.match(EVENT_HANDLER);
  if (handler) found.push(`event handler in ${handler[0]}`);
  for (const [, raw] of html.matchAll(/\shref="([^"]*)"/gi)) {
    const href = unescapeAttribute(raw);
    if (safeLinkHref(href) !== href || BAD_HREF.test(href)) found.push(`href ${JSON.stringify(href)}`);
  }
  return found;
}

const render = (markdown: string) => renderToStaticMarkup(createElement(ArticleBody, { markdown }));

describe('article bodies render stored Markdown without running anything', () => {
  it('has a corpus of at least 60 distinct payloads', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(60);
    expect(new Set(xssPayloads.map((p) => p.name)).size).toBe(xssPayloads.length);
    expect(new Set(xssPayloads.map((p) => p.markdown)).size).toBe(xssPayloads.length);
  });

  it.each(xssPayloads)('$name', ({ markdown }) => {
    expect(problems(render(markdown))).toEqual([]);
  });

  it('keeps the text of dropped links, and bidi marks in text', () => {
    expect(render('[click](javascript:alert(1)) and [x](//evil.example)')).toBe('<div class="article-body"><p>click and x</p></div>');
    const rtl = 'متن\u200F [پیوند](https://example.org/a) \u200Eتمام';
    expect(render(rtl)).toBe(
      '<div class="article-body"><p>متن\u200F <a href="https://example.org/a" rel="noopener noreferrer nofollow">پیوند</a> \u200Eتمام</p></div>',
    );
    expect(render('[bank](https://bank.example\u2066.evil.example\u2069)')).toBe('<div class="article-body"><p>bank</p></div>');
  });

  it('keeps good links: absolute, site-relative, mailto, fragment and footnotes', () => {
    const html = render('[a](https://example.org) [b](/fa/articles/1/x) [c](mailto:a@b.example) [d](#top) e[^1]\n\n[^1]: note');
    for (const href of ['https://example.org', '/fa/articles/1/x', 'mailto:a@b.example', '#top', '#user-content-fn-1']) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(problems(html)).toEqual([]);
  });

  // The checks above must be able to fail: a renderer that trusts link targets does not pass them.
  it.each([
    ['no URL check', (url: string) => url],
    ["react-markdown's default URL check", defaultUrlTransform],
  ])('would catch a renderer with %s', (_, urlTransform) => {
    const naive = (markdown: string) =>
      renderToStaticMarkup(
        createElement(
          ReactMarkdown,
          { remarkPlugins: [remarkGfm], skipHtml: true, urlTransform, components: { img: () => null } },
          markdown,
        ),
      );
    expect(xssPayloads.filter(({ markdown }) => problems(naive(markdown)).length > 0).length).toBeGreaterThan(0);
  });
});

describe('safeLinkHref', () => {
  it.each([
    '/fa/articles/1/x',
    'https://example.org',
    'HTTPS://example.org/a?b=1#c',
    'http://example.org',
    'mailto:a@b.example',
    '#top',
    '/ps/search?q=%D8%AE%D8%A8%D8%B1',
  ])('allows %j', (href) => expect(safeLinkHref(href)).toBe(href));

  it.each([
    undefined,
    null,
    '',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\u200Bscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,x',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'relative/path',
    '?q=1',
    'https:evil.example',
    'https://evil.example/\u202Efdp.exe',
    'https://evil.example/%E2%80%AEfdp.exe',
    'https://bank.example\u2066.evil.example\u2069',
    'https://example.org/\u200Fpath',
    'https://example.org/\u0000',
    'https://example.org/%FF',
  ])('rejects %j', (href) => expect(safeLinkHref(href)).toBeNull());
});
