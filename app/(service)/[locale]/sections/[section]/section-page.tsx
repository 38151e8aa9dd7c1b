import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getSectionListing } from '@/db/access/articles';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { ListingPage } from '@/components/ListingPage';
import { PageFrame } from '@/components/PageFrame';
import { getService, type SectionSlug, type ServiceCode } from '@/i18n/services';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { serviceFromParam } from '@/lib/route-params';

// Shared by a section's first page and its numbered pages.

export function sectionFromParams(locale: string, section: string): { service: ServiceCode; section: SectionSlug } {
  const service = serviceFromParam(locale);
  if (!(getService(service).sections as readonly string[]).includes(section)) notFound();
  return { service, section: section as SectionSlug };
}

export async function sectionMetadata(service: ServiceCode, section: SectionSlug, page: number): Promise<Metadata> {
  const [listing, t, tp, names] = await Promise.all([
    getSectionListing(service, section, page),
    getTranslations({ locale: service, namespace: 'section_page' }),
    getTranslations({ locale: service, namespace: 'pagination' }),
    getTranslations({ locale: service, namespace: 'section' }),
  ]);
  const { brand } = getService(service);
  const name = names(section);
  return pageMetadata(getService(service), paths.section(service, section, page), {
    title: page > 1 ? `${name} (${tp('pageOf', { page, total: listing.pageCount })}) | ${brand}` : `${name} | ${brand}`,
    description: t('description', { section: name, brand }),
    feedSection: { slug: section, name },
  });
}

export async function SectionPage({ service, section, page }: { service: ServiceCode; section: SectionSlug; page: number }) {
  const [listing, breaking, names] = await Promise.all([
    getSectionListing(service, section, page),
    getLiveBreakingItem(service),
    getTranslations({ locale: service, namespace: 'section' }),
  ]);
  if (page > listing.pageCount) notFound();
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
