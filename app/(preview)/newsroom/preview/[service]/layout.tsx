import type { ReactNode } from 'react';
import { ServiceDocument } from '@/components/ServiceDocument';
import { defaultServiceCode, isServiceCode } from '@/i18n/services';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import '@/app/globals.css';
import '@/app/newsroom.css';

// The preview is the public page's frame around unpublished content: the service's language
// and direction on <html>, as readers will get it. Rendered per request, for staff only.
export const instant = false;

// A root layout's parameter needs one value at build time; previews themselves render per request.
export function generateStaticParams() {
  return [{ service: BUILD_PLACEHOLDER }];
}

export default async function PreviewLayout({ children, params }: { children: ReactNode; params: Promise<{ service: string }> }) {
  const { service: value } = await params;
  const code = isServiceCode(value) ? value : defaultServiceCode;
  return <ServiceDocument service={code}>{children}</ServiceDocument>;
}
