import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KEY } from '@/db/connection-key';
import { services } from '@/i18n/services';
import en from '@/messages/en.json';
import { MAX_REQUEST_BYTES } from '@/lib/newsroom/limits';
import { answeringFailures } from '@/scripts/failure-response';
import type { Handle } from '@/scripts/lite-response';

// The server's answer where Next fails: a handler that fails as Next does (500, text/plain, or a
// body it cannot read) must never reach the client as a bare 500.

const holder = globalThis as { [DATABASE_KEY]?: { close(): Promise<void>; ping(): Promise<void> } };
const databaseDown = () => (holder[DATABASE_KEY] = { close: async () => {}, ping: () => Promise.reject(new Error('connection refused')) });

let failing = true;
const next: Handle = (req, res) => {
  req.resume();
  if (!failing) return res.writeHead(200, { 'Content-Type': 'text/plain' }).end('fine');
  res.statusCode = 500;
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('Cache-Control', 'private');
  res.end('Internal Server Error');
};

let server: http.Server;
let origin: string;
beforeAll(async () => {
  server = http.createServer(answeringFailures(next));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => {
  holder[DATABASE_KEY] = undefined;
  failing = true;
});

describe('a failure Next answers with a 500', () => {
  it.each(services.map((s) => s.code))('is the localized 503 page for a reader of %s', async (code) => {
    const response = await fetch(`${origin}/${code}/rss-unknown-page`);
    const html = await response.text();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain(`lang="${services.find((s) => s.code === code)!.htmlLang}"`);
    expect(html).not.toContain('Internal Server Error');
  });

  it('is XML for feeds and sitemaps, JSON for the API, text for RSC requests, never cached', async () => {
    for (const [path, type, headers] of [
      ['/fa/rss.xml', 'application/xml', {}],
      ['/sitemaps/fa/articles-1.xml', 'application/xml', {}],
      ['/api/breaking/fa', 'application/json', {}],
      ['/fa', 'text/plain', { rsc: '1' }],
      ['/media/16x9/640/x.webp', 'text/plain', {}],
    ] as const) {
      const response = await fetch(origin + path, { headers });
      expect(response.status, path).toBe(503);
      expect(response.headers.get('content-type'), path).toContain(type);
      expect(response.headers.get('retry-after'), path).toBe('30');
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      const body = await response.text();
      if (type === 'application/json') expect(JSON.parse(body)).toMatchObject({ error: 'unavailable' });
      expect(body).not.toContain('Internal Server Error');
    }
  });

  it('is a write the app could not read (400) while the database answers, the newsroom page in the browser language', async () => {
    const response = await fetch(`${origin}/newsroom/fa/articles/1`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data', 'accept-language': 'ru' },
      body: 'x',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('lang="ru"');
    expect(html).toContain('role="alert"');
  });

  it('is the newsroom "database unavailable, your text is kept" page when the database is down', async () => {
    databaseDown();
    const response = await fetch(`${origin}/newsroom/fa/articles/1`, { method: 'POST', body: 'headline=x' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.text()).toContain(en.newsroom.failure.unavailableTitle);
  });
});

describe('a request Next cannot read is refused before Next', () => {
  it('answers 400 to an RSC request whose router state does not parse, on any page', async () => {
    failing = false;
    for (const value of ['garbage', '%E0%A4%A', encodeURIComponent('['.repeat(3000)), '[1,2]']) {
      const response = await fetch(`${origin}/fa`, { headers: { rsc: '1', 'next-router-state-tree': value } });
      expect(response.status, value).toBe(400);
    }
    const valid = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));
    expect((await fetch(`${origin}/fa`, { headers: { rsc: '1', 'next-router-state-tree': valid } })).status).toBe(200);
  });

  it('answers 413 to a body over the limit without reading it', async () => {
    failing = false;
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.request(`${origin}/newsroom/fa/articles/new`, {
        method: 'POST',
        headers: { 'content-length': String(MAX_REQUEST_BYTES + 1), 'accept-language': 'fa' },
      });
      request.on('response', resolve).on('error', reject);
      request.write('x'.repeat(1024));
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers.connection).toBe('close');
    response.destroy();
  });
});
