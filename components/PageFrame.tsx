import type { ReactNode } from 'react';
import type { ServiceCode } from '../i18n/services';
import { landmarkIds } from './AccessibilityLinks';
import { BreakingBanner, type BannerItem } from './BreakingBanner';
import type { LanguageLink } from './LanguageSwitcher';
import { SiteHeader } from './SiteHeader';

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
