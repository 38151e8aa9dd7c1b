import { contentSecurityPolicy } from '@/lib/content-security-policy';

// The security headers of every response: next.config.ts sends them with what Next answers, and
// scripts/lite-response.ts with the 503 page it makes when Next fails.

type Header = { key: string; value: string };

/** Sent with every response, the newsroom's included. */
export const securityHeaders: Header[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** The public pages' policy: without a nonce, so cached pages carry it (the newsroom's comes from proxy.ts). */
export const publicPolicyHeader = (styleHash?: string): Header => ({
  key: 'Content-Security-Policy',
  value: contentSecurityPolicy({ styleHash }),
});
