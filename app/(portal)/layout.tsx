import type { ReactNode } from 'react';
import '@/app/globals.css';

// Pages that belong to no single service (the list of all sites) have their own root layout.
export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body id="top">{children}</body>
    </html>
  );
}
