import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAuthorListing } from '@/db/access/articles';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { ListingPage } from '@/components/ListingPage';
import { PageFrame } from '@/components/PageFrame';
import { getService, type ServiceCode } from '@/i18n/services';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';

// Shared by an author's first page and numbered pages. The proxy has checked that the author is
// the service's and that the page is in range.

/** The author and listing of this request, loaded once for metadata and page. */
const load = cache(async (service: ServiceCode, author: string, page: number) => {
  const found = await getAuthorListing(service, author, page);
  if (!found) notFound();
  return found;
});

export async function authorMetadata(service: ServiceCode, author: string, page: number): Promise<Metadata> {
  const found = await load(service, author, page);
  const t = await getTranslations({ locale: service, namespace: 'author' });
  const title = t('title', { name: found.author.name });
  return pageMetadata(getService(service), paths.author(service, author, page), {
    title: `${title}${page > 1 ? ` (${page})` : ''} | ${getService(service).brand}`,
    description: found.author.bio,
  });
}

export async function AuthorPage({ service, author, page }: { service: ServiceCode; author: string; page: number }) {
  const [found, breaking, t] = await Promise.all([
    load(service, author, page),
    getLiveBreakingItem(service),
    getTranslations({ locale: service, namespace: 'author' }),
  ]);
  return (
    <PageFrame service={service} breaking={breaking}>
      <ListingPage
        service={service}
        heading={t('title', { name: found.author.name })}
        intro={found.author.bio ? <p className="author-bio">{found.author.bio}</p> : undefined}
        listing={found.listing}
        page={page}
        hrefFor={(p) => paths.author(service, author, p)}
      />
    </PageFrame>
  );
}
