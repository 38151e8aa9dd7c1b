import type { ReactNode } from 'react';
import type { ServiceCode } from '@/i18n/services';
import type { Listing } from '@/lib/content';
import { Pagination } from '@/components/Pagination';
import { StoryList } from '@/components/StoryList';

/** The body of a paginated list of stories (section and author pages). */
export function ListingPage({
  service,
  heading,
  intro,
  listing,
  page,
  hrefFor,
}: {
  service: ServiceCode;
  heading: string;
  intro?: ReactNode;
  listing: Listing;
  page: number;
  hrefFor: (page: number) => string;
}) {
  return (
    <div className="listing">
      <h1>{heading}</h1>
      {intro}
      <StoryList stories={listing.items} />
      <Pagination service={service} page={page} pageCount={listing.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
