import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getService } from '@/i18n/services';
import { publicPolicyHeader, securityHeaders } from '@/lib/security-headers';
import { serveLite, type Handle } from '@/scripts/lite-response';

// What scripts/serve.mjs sends for a reader's page, with a stand-in for Next's handler.

const nextPage = '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js"></script></head><body>ok</body></html>';

const stub: Handle = (req, res) => {
  if (req.url?.includes('/fails')) {
    res.writeHead(500, { 'Content-Type': 'text/plain', 'X-Powered-By': 'Next.js', 'Set-Cookie': 'a=b' });
    return res.end('Error: at render (/app/page.js:1:1)');
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('ETag', '"abc"');
  for (const { key, value } of [...securityHeaders, publicPolicyHeader()]) res.setHeader(key, value);
  res.end(nextPage);
};

let origin: string;
const server = http.createServer((req, res) => serveLite(req, res, stub));
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('a reader page served by scripts/serve.mjs', () => {
  it('goes out without the framework runtime', async () => {
    const response = await fetch(`${origin}/fa`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!DOCTYPE html><html><head></head><body>ok</body></html>');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('that fails is the localized 503 page, with the security headers of every page', async () => {
    const response = await fetch(`${origin}/fa/fails`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    for (const { key, value } of securityHeaders) expect(response.headers.get(key), key).toBe(value);
    // The public policy, allowing only the page's own inline stylesheet by its hash.
    const policy = response.headers.get('content-security-policy');
    expect(policy?.replace(/ 'sha256-[\w+/=]+'/, '')).toBe(publicPolicyHeader().value);
    expect(policy).toMatch(/style-src 'self' 'sha256-[\w+/=]{44}'/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
    const html = await response.text();
    expect(html).toContain(`<html lang="${getService('fa').htmlLang}" dir="rtl">`);
    expect(html).not.toContain('Error');
  });

  it("allows the 503 page's stylesheet by the hash of what it carries", async () => {
    const response = await fetch(`${origin}/en/fails`);
    const style = /<style>([^<]*)<\/style>/.exec(await response.text())![1];
    const hash = createHash('sha256').update(style).digest('base64');
    expect(response.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
  });
});
