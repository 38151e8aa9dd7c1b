import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Public pages carry no inline scripts (scripts/serve.mjs strips Next's; JSON-LD is data, not
// script), so a strict policy without nonces fits cached pages.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Public pages are served without the client runtime (scripts/serve.mjs), and every page waits
  // for its data so its status code is right: there is nothing to prefetch partially.
  partialPrefetching: false,
  // PGlite loads its WebAssembly from its package folder; bundling it breaks the build.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp'],
  poweredByHeader: false,
  reactStrictMode: true,
  // A 404 page with lang for URLs outside every service (the proxy sends most of those to a
  // service's own localized 404).
  experimental: { globalNotFound: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
