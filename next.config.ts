import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { MAX_REQUEST_BYTES } from '@/lib/newsroom/limits';
import { publicPolicyHeader, securityHeaders } from '@/lib/security-headers';

// The benchmarks build into a folder of their own (NEXT_DIST_DIR), so a running `npm start` keeps
// its `.next`.
const distDir = process.env.NEXT_DIST_DIR || '.next';

const nextConfig: NextConfig = {
  distDir,
  // Another folder's build skips the type check: it would read `.next`'s generated route types
  // too (tsconfig.json includes them), which may be older; `npm test` and `npm run typecheck` check.
  typescript: { ignoreBuildErrors: distDir !== '.next' },
  cacheComponents: true,
  // Public pages are served without the client runtime (scripts/serve.mjs), and every page waits
  // for its data so its status code is right: there is nothing to prefetch partially.
  partialPrefetching: false,
  // PGlite loads its WebAssembly from its package folder; bundling it breaks the build.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp', '@node-rs/argon2'],
  poweredByHeader: false,
  // The server's own clock calls it every 5 s: not worth a line of the dev log each time.
  logging: { incomingRequests: { ignore: [/\/api\/clock$/] } },
  reactStrictMode: true,
  // A 404 page with lang for URLs outside every service (the proxy sends most of those to a
  // service's own localized 404).
  experimental: {
    globalNotFound: true,
    // Lead images of up to 10 MB are uploaded through the editor's Server Action. The server
    // refuses larger bodies before Next reads them (scripts/failure-response.ts).
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BYTES,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The newsroom gets a nonce policy per response from proxy.ts instead.
      { source: '/:path((?!newsroom(?:/|$)).*)', headers: [publicPolicyHeader()] },
    ];
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
