import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { getSectionListing } from '@/db/access/articles';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { ListingPage } from '@/components/ListingPage';
import { PageFrame } from '@/components/PageFrame';
import { getService, type SectionSlug, type ServiceCode } from '@/i18n/services';
import { pageMetadata } from '@/lib/metadata';
import { formatServiceNumber } from '@/lib/numbers';
import { paths } from '@/lib/routes';

// Shared by a section's first page and its numbered pages. The proxy has checked that the
// section is the service's and that the page is in range.

type SectionRequest = { service: ServiceCode; section: SectionSlug; page: number };

/** The listing of this request, loaded once for metadata and page. */
const loadListing = cache((service: ServiceCode, section: SectionSlug, page: number) => getSectionListing(service, section, page));

export async function sectionMetadata({ service, section, page }: SectionRequest): Promise<Metadata> {
  const [listing, t, tp, names] = await Promise.all([
    loadListing(service, section, page),
    getTranslations({ locale: service, namespace: 'section_page' }),
    getTranslations({ locale: service, namespace: 'pagination' }),
    getTranslations({ locale: service, namespace: 'section' }),
  ]);
  const info = getService(service);
  const { brand } = info;
  const name = names(section);
  return pageMetadata(info, paths.section(service, section, page), {
    title:
      page > 1
        ? `${name} (${tp('pageOf', { page: formatServiceNumber(page, info), total: formatServiceNumber(listing.pageCount, info) })}) | ${brand}`
        : `${name} | ${brand}`,
    description: t('description', { section: name, brand }),
    feedSection: { slug: section, name },
  });
}

export async function SectionPage({ service, section, page }: SectionRequest) {
  const [listing, breaking, names] = await Promise.all([
    loadListing(service, section, page),
    getLiveBreakingItem(service),
    getTranslations({ locale: service, namespace: 'section' }),
  ]);
  return (
    <PageFrame service={service} breaking={breaking} currentSection={section}>
      <ListingPage
        service={service}
        heading={names(section)}
        listing={listing}
        page={page}
        hrefFor={(p) => paths.section(service, section, p)}
      />
    </PageFrame>
  );
}
