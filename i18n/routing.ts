import { defineRouting } from 'next-intl/routing';
import { defaultServiceCode, serviceCodes } from '@/i18n/services';

// The proxy (proxy.ts) does the routing itself: next-intl's middleware would redirect unknown
// prefixes to /en/…, set a locale cookie and add alternate links that are wrong for articles.
// This config still tells next-intl which locales exist, with those features off.
export const routing = defineRouting({
  locales: serviceCodes,
  defaultLocale: defaultServiceCode,
  localePrefix: 'always',
  localeCookie: false,
  alternateLinks: false,
  localeDetection: false,
});
