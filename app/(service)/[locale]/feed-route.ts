import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getFeedItems } from '@/db/access/articles';
import { getService, type SectionSlug } from '@/i18n/services';
import { buildFeed, feedResponse, lastChange, type FeedFormat } from '@/lib/feeds';
import { serviceFromParam } from '@/lib/route-params';

// The route handlers of a service's feeds and its sections' feeds share this.
export async function serveFeed(request: Request, format: FeedFormat, params: Promise<{ locale: string; section?: string }>) {
  const { locale, section: sectionParam } = await params;
  const code = serviceFromParam(locale);
  const service = getService(code);
  if (sectionParam !== undefined && !(service.sections as readonly string[]).includes(sectionParam)) notFound();
  const section = sectionParam as SectionSlug | undefined;
  const [items, front, sectionPage, names] = await Promise.all([
    getFeedItems(code, section ?? null),
    getTranslations({ locale: code, namespace: 'front' }),
    getTranslations({ locale: code, namespace: 'section_page' }),
    getTranslations({ locale: code, namespace: 'section' }),
  ]);
  const sectionName = (slug: SectionSlug) => names(slug);
  const labels = section
    ? {
        title: `${sectionName(section)} | ${service.brand}`,
        description: sectionPage('description', { section: sectionName(section), brand: service.brand }),
        sectionName,
      }
    : { title: service.brand, description: front('description', { language: service.nativeName, brand: service.brand }), sectionName };
  const xml = buildFeed(service, format, items, labels, section);
  return feedResponse(request, xml, format, lastChange(items));
}
