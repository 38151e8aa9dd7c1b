// The site's security headers. next.config.ts sends them with what Next answers, proxy.ts gives
// each newsroom response its nonce policy, and scripts/lite-response.ts sends them with the 503
// page it makes when Next fails. No imports: next.config.ts loads this outside the bundler.

type Header = { key: string; value: string };

/** Sent with every response, the newsroom's included. */
export const securityHeaders: Header[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// One Content-Security-Policy for the whole site; only where scripts may come from differs.
// Public pages carry no inline scripts (scripts/serve.mjs strips Next's; JSON-LD is data, not
// script), so their policy needs no nonce and can be cached with them. The newsroom runs React in
// the browser, so each of its responses gets a fresh nonce (proxy.ts): its pages are dynamic anyway.
// The 503 page, made outside Next, allows its one inline stylesheet by hash.
export function contentSecurityPolicy({ nonce, styleHash }: { nonce?: string; styleHash?: string } = {}): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self'",
    styleHash ? `style-src 'self' '${styleHash}'` : "style-src 'self'",
    nonce ? "img-src 'self' data: blob:" : "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The request header in which proxy.ts hands a newsroom response's nonce to the pages it renders. */
export const NONCE_HEADER = 'x-nonce';

/** The public pages' policy (the newsroom's comes from proxy.ts). */
export const publicPolicyHeader = (styleHash?: string): Header => ({
  key: 'Content-Security-Policy',
  value: contentSecurityPolicy({ styleHash }),
});
