import type { ReactNode } from 'react';
import { getService, type ServiceCode } from '@/i18n/services';
import { AccessibilityLinks } from '@/components/AccessibilityLinks';
import { SiteFooter } from '@/components/SiteFooter';

/** A service's page document: its language and direction, skip links, content, footer. */
export function ServiceDocument({ service: code, children }: { service: ServiceCode; children: ReactNode }) {
  const service = getService(code);
  return (
    <html lang={service.htmlLang} dir={service.dir}>
      <body id="top">
        <AccessibilityLinks service={code} />
        {children}
        <SiteFooter service={code} />
      </body>
    </html>
  );
}
