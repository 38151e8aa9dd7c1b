import 'server-only';
import { and, asc, count, desc, eq, gt, gte, max } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { getDb } from '@/db/access/connection';

// Reads for sitemaps: counted and paged, never every article at once.

export const URLS_PER_SITEMAP = 50_000;
const NEWS_MAX_AGE_MS = 2 * 24 * 3600_000;
const NEWS_MAX_ENTRIES = 1_000;
const CHUNK = 1_000;

const isPublished = eq(articles.status, 'published');

export type ServiceSitemapSummary = { service: string; articles: number; lastModified: Date | null };

export function sitemapSummaries(): Promise<ServiceSitemapSummary[]> {
  return getDb()
    .select({ service: articles.service, articles: count(), lastModified: max(articles.modifiedAt) })
    .from(articles)
    .where(isPublished)
    .groupBy(articles.service);
}

export type SitemapArticle = { id: number; slug: string; modifiedAt: Date };

/** The articles of one sitemap file (1-based), yielded a chunk at a time in id order. */
export async function* sitemapArticles(service: string, file: number): AsyncGenerator<SitemapArticle[]> {
  const db = getDb();
  const where = and(eq(articles.service, service), isPublished);
  const [first] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(where)
    .orderBy(asc(articles.id))
    .offset((file - 1) * URLS_PER_SITEMAP)
    .limit(1);
  if (!first) return;
  let cursor = first.id;
  let remaining = URLS_PER_SITEMAP;
  while (remaining > 0) {
    const rows = await db
      .select({ id: articles.id, slug: articles.slug, modifiedAt: articles.modifiedAt })
      .from(articles)
      .where(and(where, gte(articles.id, cursor)))
      .orderBy(asc(articles.id))
      .limit(Math.min(CHUNK, remaining));
    if (rows.length === 0) return;
    yield rows;
    remaining -= rows.length;
    cursor = rows[rows.length - 1].id + 1;
  }
}

export type NewsSitemapArticle = { id: number; slug: string; headline: string; publishedAt: Date };

/** Articles published in the last two days, newest first, at most 1,000. */
export async function newsSitemapArticles(service: string, now = new Date()): Promise<NewsSitemapArticle[]> {
  const rows = await getDb()
    .select({ id: articles.id, slug: articles.slug, headline: articles.headline, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.service, service), isPublished, gt(articles.publishedAt, new Date(now.getTime() - NEWS_MAX_AGE_MS))))
    .orderBy(desc(articles.publishedAt))
    .limit(NEWS_MAX_ENTRIES);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}
