import 'server-only';
import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { articleAuthors, articles, authors, images, sections } from '@/db/schema';
import { tags } from '@/db/access/cache-tags';
import type { SectionSlug, ServiceCode } from '@/i18n/services';
import { getDb } from '@/db/access/connection';
import {
  MATCH_END,
  MATCH_START,
  type Article,
  type ArticleCard,
  type ImageRef,
  type FeedItem,
  type Listing,
  type SearchHit,
  type TranslationLink,
} from '@/lib/content';

// Public reads: only published articles ever leave these functions.

export const PAGE_SIZE = 10;

const cardColumns = {
  id: articles.id,
  service: articles.service,
  slug: articles.slug,
  headline: articles.headline,
  dek: articles.dek,
  section: sections.slug,
  publishedAt: articles.publishedAt,
  // Left-joined: drizzle gives null for the whole object when the article has no image.
  image: { id: images.id, file: images.file, width: images.width, height: images.height },
  // The article's own words for its image (in its language): see toCard.
  imageText: { alt: articles.leadImageAlt, caption: articles.leadImageCaption, credit: articles.leadImageCredit },
};

type CardRow = Omit<ArticleCard, 'service' | 'publishedAt' | 'section' | 'image'> & {
  service: string;
  publishedAt: Date | null;
  section: string;
  image: Omit<ImageRef, 'alt' | 'caption' | 'credit'> | null;
  imageText: Pick<ImageRef, 'alt' | 'caption' | 'credit'>;
};

/** Published stories always have a publication time. */
function toCardDate<T extends { publishedAt: Date | null }>(row: T): T & { publishedAt: Date } {
  return { ...row, publishedAt: row.publishedAt! };
}
/** Section slugs in the database come from the services table (the seed and newsroom write them). */
function toCard<T extends CardRow>({ image, imageText, ...row }: T) {
  // Service codes and section slugs in the database come from the services table.
  return {
    ...toCardDate(row),
    service: row.service as ServiceCode,
    section: row.section as SectionSlug,
    image: image && { ...image, ...imageText },
  };
}

function cards() {
  return getDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(images, eq(images.id, articles.leadImageId));
}

const isPublished = eq(articles.status, 'published');
const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

export type FrontPage = { lead: ArticleCard | null; latest: ArticleCard[]; sections: { slug: SectionSlug; stories: ArticleCard[] }[] };

export async function getFrontPage(service: string, sectionSlugs: readonly SectionSlug[]): Promise<FrontPage> {
  'use cache';
  cacheLife('days');
  cacheTag(tags.service(service));
  const latest = (
    await cards()
      .where(and(eq(articles.service, service), isPublished))
      .orderBy(...newestFirst)
      .limit(9)
  ).map(toCard);
  const bySection = await Promise.all(
    sectionSlugs.map(async (slug) => ({
      slug,
      stories: (
        await cards()
          .where(and(eq(articles.service, service), isPublished, eq(sections.slug, slug)))
          .orderBy(...newestFirst)
          .limit(4)
      ).map(toCard),
    })),
  );
  return { lead: latest[0] ?? null, latest: latest.slice(1), sections: bySection.filter((s) => s.stories.length > 0) };
}

export async function getPublishedArticle(service: string, id: number): Promise<Article | null> {
  'use cache';
  cacheLife('days');
  cacheTag(tags.article(id));
  const db = getDb();
  const [row] = await cards()
    .where(and(eq(articles.id, id), eq(articles.service, service), isPublished))
    .limit(1);
  if (!row) return null;
  const [extra] = await db
    .select({
      body: articles.body,
      updatedAt: articles.updatedAt,
      correction: articles.correction,
      translationGroup: articles.translationGroup,
    })
    .from(articles)
    .where(eq(articles.id, id));
  const bylines = await db
    .select({ slug: authors.slug, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, id))
    .orderBy(articleAuthors.position);
  return { ...toCard(row), ...extra, bylines };
}

/** The newest other published stories of the article's section. */
export async function getRelatedArticles(service: string, section: string, excludeId: number): Promise<ArticleCard[]> {
  'use cache';
  cacheLife('days');
  cacheTag(tags.section(service, section));
  const rows = await cards()
    .where(and(eq(articles.service, service), isPublished, eq(sections.slug, section), ne(articles.id, excludeId)))
    .orderBy(...newestFirst)
    .limit(4);
  return rows.map(toCard);
}

/** The published versions of one story in other services. */
export async function getPublishedTranslations(group: string): Promise<TranslationLink[]> {
  'use cache';
  cacheLife('days');
  cacheTag(tags.translations(group));
  const rows = await getDb()
    .select({
      service: articles.service,
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(and(eq(articles.translationGroup, group), isPublished))
    .orderBy(articles.service);
  return rows.map((row) => ({ ...toCardDate(row), service: row.service as ServiceCode }));
}

async function listing(where: ReturnType<typeof and>, page: number, joinAuthors = false): Promise<Listing> {
  const base = joinAuthors ? cards().innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id)) : cards();
  const rows = await base
    .where(where)
    .orderBy(...newestFirst)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const counted = getDb().select({ n: count() }).from(articles).innerJoin(sections, eq(sections.id, articles.sectionId));
  const [{ n }] = await (joinAuthors ? counted.innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id)) : counted).where(where);
  return { items: rows.map(toCard), total: n, pageCount: Math.max(1, Math.ceil(n / PAGE_SIZE)) };
}

export async function getSectionListing(service: string, section: string, page: number): Promise<Listing> {
  'use cache';
  cacheLife('days');
  cacheTag(tags.section(service, section));
  return listing(and(eq(articles.service, service), isPublished, eq(sections.slug, section)), page);
}

export type AuthorProfile = { id: number; slug: string; name: string; bio: string };

export async function getAuthorListing(
  service: string,
  authorSlug: string,
  page: number,
): Promise<{ author: AuthorProfile; listing: Listing } | null> {
  'use cache';
  cacheLife('days');
  cacheTag(tags.author(service, authorSlug));
  const [author] = await getDb()
    .select({ id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio })
    .from(authors)
    .where(and(eq(authors.service, service), eq(authors.slug, authorSlug)));
  if (!author) return null;
  return {
    author,
    listing: await listing(and(eq(articles.service, service), isPublished, eq(articleAuthors.authorId, author.id)), page, true),
  };
}

export async function searchArticles(
  service: string,
  query: string,
  page: number,
): Promise<{ hits: SearchHit[]; total: number; pageCount: number }> {
  'use cache';
  cacheLife('minutes');
  cacheTag(tags.service(service));
  const db = getDb();
  // websearch_to_tsquery accepts any text without syntax errors: quotes, OR and -word work,
  // and everything else is treated as words.
  const tsquery = sql`websearch_to_tsquery('simple', ${query})`;
  const where = and(eq(articles.service, service), isPublished, sql`${articles.searchVector} @@ ${tsquery}`);
  const [{ n }] = await db.select({ n: count() }).from(articles).where(where);
  if (n === 0) return { hits: [], total: 0, pageCount: 1 };
  const rows = await cards()
    .where(where)
    .orderBy(sql`ts_rank_cd(${articles.searchVector}, ${tsquery}) desc`, ...newestFirst)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const snippets = await db
    .select({
      id: articles.id,
      snippet: sql<string>`ts_headline('simple', ${articles.dek} || ' ' || ${articles.bodyText}, ${tsquery}, ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`,
    })
    .from(articles)
    .where(
      inArray(
        articles.id,
        rows.map((r) => r.id),
      ),
    );
  const snippetById = new Map(snippets.map((s) => [s.id, s.snippet]));
  return {
    hits: rows.map((r) => ({ ...toCard(r), snippet: snippetById.get(r.id) ?? r.dek })),
    total: n,
    pageCount: Math.max(1, Math.ceil(n / PAGE_SIZE)),
  };
}

const FEED_SIZE = 30;

/** The newest published stories of a service, or of one of its sections, for its feeds. */
export async function getFeedItems(service: string, section: string | null): Promise<FeedItem[]> {
  'use cache';
  cacheLife('days');
  cacheTag(section ? tags.section(service, section) : tags.service(service));
  const db = getDb();
  const rows = await db
    .select({ ...cardColumns, modifiedAt: articles.modifiedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .where(and(eq(articles.service, service), isPublished, section ? eq(sections.slug, section) : undefined))
    .orderBy(...newestFirst)
    .limit(FEED_SIZE);
  if (rows.length === 0) return [];
  const bylines = await db
    .select({ articleId: articleAuthors.articleId, slug: authors.slug, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(
      inArray(
        articleAuthors.articleId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(articleAuthors.position);
  return rows.map((row) => ({
    ...toCard(row),
    modifiedAt: row.modifiedAt,
    bylines: bylines.filter((b) => b.articleId === row.id).map(({ slug, name }) => ({ slug, name })),
  }));
}
