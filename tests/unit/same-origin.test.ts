import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '@/lib/newsroom/requests';

// The newsroom refuses every write whose Origin is not this site: scheme, host and port.

const post = (url: string, headers: Record<string, string>) => new Request(url, { method: 'POST', headers });

describe('isSameOrigin', () => {
  const site = 'http://127.0.0.1:3100/newsroom/session';
  const host = '127.0.0.1:3100';

  it('accepts a form from the same scheme, host and port', () => {
    expect(isSameOrigin(post(site, { host, origin: 'http://127.0.0.1:3100' }))).toBe(true);
    expect(isSameOrigin(post('https://news.example/newsroom', { host: 'news.example', origin: 'https://news.example' }))).toBe(true);
    // Default ports are the same origin whether written or not.
    expect(isSameOrigin(post('https://news.example/newsroom', { host: 'news.example:443', origin: 'https://news.example' }))).toBe(true);
  });

  it.each([
    ['another scheme on the same host and port', 'https://127.0.0.1:3100'],
    ['another port', 'http://127.0.0.1:3101'],
    ['another host', 'http://evil.example:3100'],
    ['a subdomain-looking host', 'http://127.0.0.1.evil.example:3100'],
    ['null', 'null'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_case, origin) => {
    expect(isSameOrigin(post(site, { host, origin }))).toBe(false);
  });

  it('refuses a request without Origin or Host', () => {
    expect(isSameOrigin(post(site, { host }))).toBe(false);
    expect(isSameOrigin(new Request(site, { method: 'POST', headers: { origin: 'http://127.0.0.1:3100' } }))).toBe(false);
  });
});
