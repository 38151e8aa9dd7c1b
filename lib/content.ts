import type { SectionSlug, ServiceCode } from '@/i18n/services';

// The shapes public pages render. The data-access layer produces them; components only read them.

/** An article's place in its lifecycle: only `published` is ever shown to readers. */
export const articleStatuses = ['draft', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export type ImageRef = { id: number; file: string; width: number; height: number; alt: string; caption: string; credit: string };

export type ArticleCard = {
  id: number;
  service: ServiceCode;
  slug: string;
  headline: string;
  dek: string;
  section: SectionSlug;
  publishedAt: Date;
  image: ImageRef | null;
};

export type Byline = { slug: string; name: string };

export type Article = ArticleCard & {
  body: string;
  updatedAt: Date | null;
  /** Public note of what a correction changed; empty when there is none */
  correction: string;
  bylines: Byline[];
  translationGroup: string | null;
};

/** A published version of a story in one service, for language switchers and hreflang */
export type TranslationLink = { service: ServiceCode; id: number; slug: string; headline: string; publishedAt: Date };

export type Listing = { items: ArticleCard[]; total: number; pageCount: number };

export type SearchHit = ArticleCard & { snippet: string };

export type FeedItem = ArticleCard & { bylines: Byline[]; modifiedAt: Date };

// Private-use characters mark matches in search snippets: a reader's query cannot forge them
// (the page strips them from input), and the page turns them into <mark> elements, so no
// HTML ever passes through.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';
