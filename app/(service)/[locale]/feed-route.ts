import { getTranslations } from 'next-intl/server';
import { getFeedItems } from '@/db/access/articles';
import { getService, type SectionSlug, type ServiceCode } from '@/i18n/services';
import { buildFeed, feedResponse, lastChange, type FeedFormat } from '@/lib/feeds';

// The route handlers of a service's feeds and its sections' feeds share this.
export async function serveFeed(
  request: Request,
  format: FeedFormat,
  { locale: code, section }: { locale: ServiceCode; section?: SectionSlug },
) {
  const service = getService(code);
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
