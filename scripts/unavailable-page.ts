import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultServiceCode, getService, type Service } from '@/i18n/services';
import { serviceOfPath } from '@/lib/routes';
import { publicPolicyHeader, securityHeaders } from '@/lib/security-headers';

// The page a reader gets when something on our side fails (the database is down, a render
// throws): their service's language and direction, a plain explanation, status 503 with
// Retry-After. It is made here, outside Next.js, so it works whatever failed.

type Strings = { title: string; body: string; home: string };

const cache = new Map<string, Strings>();

function strings(service: Service): Strings {
  let s = cache.get(service.code);
  if (!s) {
    const { errors } = JSON.parse(readFileSync(new URL(`../messages/${service.code}.json`, import.meta.url), 'utf8'));
    s = { title: errors.unavailableTitle, body: errors.unavailableBody, home: errors.toFrontPage };
    cache.set(service.code, s);
  }
  return s;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const RETRY_AFTER_SECONDS = 30;

const STYLE =
  'body{font-family:system-ui,sans-serif;max-inline-size:40rem;margin:3rem auto;padding-inline:1rem;line-height:1.5;color:#1a1a1a}a{color:#0b5cad}';

const policy = publicPolicyHeader(`sha256-${createHash('sha256').update(STYLE).digest('base64')}`);

/** The headers of the 503 page: every page's security headers, its policy allowing only its own stylesheet. */
export const unavailableHeaders: Record<string, string> = {
  ...Object.fromEntries([...securityHeaders, policy].map(({ key, value }) => [key, value])),
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Retry-After': String(RETRY_AFTER_SECONDS),
};

/** The localized 503 page for the service a URL belongs to (English when it names none). */
export function unavailablePage(url: string): string {
  const service = getService(serviceOfPath(new URL(url, 'http://polyphony.invalid').pathname) ?? defaultServiceCode);
  const t = strings(service);
  return `<!DOCTYPE html>
<html lang="${service.htmlLang}" dir="${service.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(t.title)} | ${escape(service.brand)}</title>
<style>${STYLE}</style>
</head>
<body><main><p><strong>${escape(service.brand)}</strong></p><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p><p><a href="/${service.code}">${escape(t.home)}</a></p></main></body>
</html>`;
}
