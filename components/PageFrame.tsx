import type { ReactNode } from 'react';
import type { ServiceCode } from '@/i18n/services';
import { landmarkIds } from '@/components/AccessibilityLinks';
import { BreakingBanner, type BannerItem } from '@/components/BreakingBanner';
import type { LanguageLink } from '@/components/LanguageSwitcher';
import { SiteHeader } from '@/components/SiteHeader';

/** Header, breaking banner and the main landmark: the part of the frame a page's data shapes. */
export function PageFrame({
  service,
  breaking,
  languageLinks,
  currentSection,
  query,
  scriptNonce,
  children,
}: {
  service: ServiceCode;
  breaking: BannerItem | null;
  languageLinks?: LanguageLink[];
  currentSection?: string;
  query?: string;
  /** The nonce of a page under a nonce policy (a staff preview); public pages have none */
  scriptNonce?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader service={service} languageLinks={languageLinks} currentSection={currentSection} query={query} />
      <BreakingBanner service={service} item={breaking} scriptNonce={scriptNonce} />
      <main id={landmarkIds.content} tabIndex={-1} className="content">
        {children}
      </main>
    </>
  );
}
