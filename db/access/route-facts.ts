import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { articleAuthors, articles, authors, sections } from '@/db/schema';
import { PAGE_SIZE } from '@/db/access/articles';
import { getDb } from '@/db/access/connection';

// What the proxy needs to answer a URL before anything renders: where an article lives and
// whether readers may see it, whether an author exists, how many pages a list has. ('use cache'
// is not available in the proxy, so answers are kept in a per-process map, shared across bundles
// through globalThis, that content changes clear.)

export type ArticleLocator = { service: string; slug: string; status: 'draft' | 'scheduled' | 'published' | 'unpublished' };

const MAX_ENTRIES = 50_000;
const key = Symbol.for('polyphony.routeFacts');
type Holder = { [key]?: Map<string, unknown> };

function memo(): Map<string, unknown> {
  const holder = globalThis as Holder;
  return (holder[key] ??= new Map());
}

async function remember<T>(factKey: string, load: () => Promise<T>): Promise<T> {
  const known = memo();
  if (known.has(factKey)) return known.get(factKey) as T;
  const value = await load();
  // A crawler walking random URLs must not grow the map without bound.
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(factKey, value);
  return value;
}

const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE_SIZE));
const isPublished = eq(articles.status, 'published');

export function locateArticle(id: number): Promise<ArticleLocator | null> {
  return remember(`article:${id}`, async () => {
    const [row] = await getDb()
      .select({ service: articles.service, slug: articles.slug, status: articles.status })
      .from(articles)
      .where(eq(articles.id, id));
    return row ?? null;
  });
}

export function sectionPageCount(service: string, section: string): Promise<number> {
  return remember(`${service}:section:${section}`, async () => {
    const [{ n }] = await getDb()
      .select({ n: count() })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.service, service), isPublished, eq(sections.slug, section)));
    return pages(n);
  });
}

/** Pages of an author's stories, or null when the service has no such author. */
export function authorPageCount(service: string, author: string): Promise<number | null> {
  return remember(`${service}:author:${author}`, async () => {
    const [found] = await getDb()
      .select({ id: authors.id })
      .from(authors)
      .where(and(eq(authors.service, service), eq(authors.slug, author)));
    if (!found) return null;
    const [{ n }] = await getDb()
      .select({ n: count() })
      .from(articleAuthors)
      .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
      .where(and(eq(articleAuthors.authorId, found.id), isPublished));
    return pages(n);
  });
}

/** Forget what a change in a service may have made untrue. */
export function forgetRouteFacts(service: string, articleIds: number[]): void {
  const known = memo();
  for (const id of articleIds) known.delete(`article:${id}`);
  for (const factKey of known.keys()) if (factKey.startsWith(`${service}:`)) known.delete(factKey);
}
