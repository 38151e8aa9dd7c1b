import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { articleAuthors, articles, authors, images, sections } from '@/db/schema';
import { PAGE_SIZE } from '@/db/access/articles';
import { tags } from '@/db/access/cache-tags';
import { getDb } from '@/db/access/connection';

// What the proxy needs to answer a URL before anything renders: where an article lives and
// whether readers may see it, whether an author exists, how many pages a list has, whether an
// image is public. ('use cache' is not available in the proxy, so answers are kept in a
// per-process map, shared across bundles through globalThis, that content changes clear: by
// service and article, or by the cache tags a fact names.)

export type ArticleLocator = { service: string; slug: string; status: 'draft' | 'scheduled' | 'published' | 'unpublished' };

const MAX_ENTRIES = 50_000;
const key = Symbol.for('polyphony.routeFacts');
type Fact = { value: unknown; tags: readonly string[] };
type Holder = { [key]?: Map<string, Fact> };

function memo(): Map<string, Fact> {
  const holder = globalThis as Holder;
  return (holder[key] ??= new Map());
}

async function remember<T>(factKey: string, load: () => Promise<T>, factTags: readonly string[] = []): Promise<T> {
  const known = memo();
  const fact = known.get(factKey);
  if (fact) return fact.value as T;
  const value = await load();
  // A crawler walking random URLs must not grow the map without bound.
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(factKey, { value, tags: factTags });
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

/**
 * Whether readers may fetch renditions of this master file: a published article has it as its
 * lead image (bodies carry no images). Until then only the newsroom sees it. Every article change
 * touches the tag of its lead image before and after, so a publish, an unpublish or a new lead
 * image of a public story answers anew.
 */
export function isImagePublic(file: string): Promise<boolean> {
  return remember(
    `image:${file}`,
    async () => {
      const [used] = await getDb()
        .select({ id: articles.id })
        .from(images)
        .innerJoin(articles, eq(articles.leadImageId, images.id))
        .where(and(eq(images.file, file), isPublished))
        .limit(1);
      return Boolean(used);
    },
    [tags.image(file)],
  );
}

/** Forget what a change in a service may have made untrue. */
export function forgetRouteFacts(service: string, articleIds: number[]): void {
  const known = memo();
  for (const id of articleIds) known.delete(`article:${id}`);
  for (const factKey of known.keys()) if (factKey.startsWith(`${service}:`)) known.delete(factKey);
}

/** Forget the facts that name any of these cache tags. */
export function forgetTaggedRouteFacts(touched: readonly string[]): void {
  const names = new Set(touched);
  const known = memo();
  for (const [factKey, fact] of known) if (fact.tags.some((tag) => names.has(tag))) known.delete(factKey);
}
