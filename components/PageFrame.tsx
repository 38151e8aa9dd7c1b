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
  children,
}: {
  service: ServiceCode;
  breaking: BannerItem | null;
  languageLinks?: LanguageLink[];
  currentSection?: string;
  query?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader service={service} languageLinks={languageLinks} currentSection={currentSection} query={query} />
      <BreakingBanner service={service} item={breaking} />
      <main id={landmarkIds.content} tabIndex={-1} className="content">
        {children}
      </main>
    </>
  );
}
