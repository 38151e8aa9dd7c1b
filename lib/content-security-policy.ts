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
