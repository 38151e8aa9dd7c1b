import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { ServiceDocument } from '@/components/ServiceDocument';
import { defaultServiceCode, isServiceCode } from '@/i18n/services';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import '@/app/globals.css';

export function generateStaticParams() {
  return [{ locale: BUILD_PLACEHOLDER }];
}

// Pages wait for their data instead of streaming a fallback, so a status (404, 410, 308) is
// decided before the first byte, and each URL is cached whole after its first render.
export const instant = false;

export default async function ServiceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const code = isServiceCode(locale) ? locale : defaultServiceCode;
  setRequestLocale(code);
  return <ServiceDocument service={code}>{children}</ServiceDocument>;
}
