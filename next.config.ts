import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

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
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
