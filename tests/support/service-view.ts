import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import {
  getAuthorListing,
  getFeedItems,
  getFrontPage,
  getPublishedArticle,
  getPublishedTranslations,
  getRelatedArticles,
  getSectionListing,
  searchArticles,
} from '@/db/access/articles';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { getDb } from '@/db/access/connection';
import { tags } from '@/db/access/cache-tags';
import {
  authorPageCount,
  forgetRouteFacts,
  forgetTaggedRouteFacts,
  isImagePublic,
  locateArticle,
  sectionPageCount,
} from '@/db/access/route-facts';
import { newsSitemapArticles, sitemapArticles, sitemapSummaries } from '@/db/access/sitemaps';
import { articleAuthors, articleRevisions, articles, auditLog, authors, breakingItems, editPresence, images } from '@/db/schema';
import { getService, type SectionSlug, type ServiceCode } from '@/i18n/services';

// Everything one service shows, read the way its pages read it (db/access/articles.ts and the
// other public reads), plus the newsroom records a change in the service leaves (its rows,
// revisions, audit entries, breaking items, edit locks) and the image files its stories show.
// Each part is serialized, so two views compare byte for byte and a difference names its part.

export type ServiceView = Record<string, string>;

async function all<T>(chunks: AsyncGenerator<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for await (const chunk of chunks) rows.push(...chunk);
  return rows;
}

type Part = [string, unknown];

/** Reads in parallel (PostgreSQL answers them on several connections), named parts in order. */
const parts = async (named: [string, Promise<unknown>][]): Promise<Part[]> =>
  Promise.all(named.map(async ([name, value]): Promise<Part> => [name, await value]));

async function articleParts(code: ServiceCode, id: number): Promise<Part[]> {
  const article = await getPublishedArticle(code, id);
  if (!article) return [[`article:${id}`, null]];
  return [
    [`article:${id}`, article],
    ...(await parts([
      [`related:${id}`, getRelatedArticles(code, article.section, id)],
      ...(article.translationGroup
        ? [[`translations:${id}`, getPublishedTranslations(article.translationGroup)] as [string, Promise<unknown>]]
        : []),
    ])),
  ];
}

async function sectionParts(code: ServiceCode, section: SectionSlug): Promise<Part[]> {
  const first = await getSectionListing(code, section, 1);
  const later = Array.from({ length: first.pageCount - 1 }, (_, i) => i + 2);
  return [
    [`section:${section}:1`, first],
    ...(await parts([
      [`feed:${section}`, getFeedItems(code, section)],
      ...later.map((page): [string, Promise<unknown>] => [`section:${section}:${page}`, getSectionListing(code, section, page)]),
    ])),
  ];
}

async function publicParts(code: ServiceCode, now: Date): Promise<Part[]> {
  const service = getService(code);
  const db = getDb();
  const published = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.service, code), eq(articles.status, 'published')))
    .orderBy(asc(articles.id));
  const serviceAuthors = await db.select({ slug: authors.slug }).from(authors).where(eq(authors.service, code)).orderBy(asc(authors.slug));
  const front = await getFrontPage(code, service.sections);
  // A word the service's stories are likely to share: the lead story's first headline word.
  const word = front.lead?.headline.split(/\s+/)[0] ?? '';
  const listed = await parts([
    ['feed', getFeedItems(code, null)],
    ['breaking', getLiveBreakingItem(code)],
    ['search', searchArticles(code, word, 1)],
    ['sitemap-summary', sitemapSummaries().then((all) => all.find((s) => s.service === code) ?? null)],
    ['sitemap', all(sitemapArticles(code, 1))],
    ['news-sitemap', newsSitemapArticles(code, now)],
    ...serviceAuthors.map(({ slug }): [string, Promise<unknown>] => [`author:${slug}`, getAuthorListing(code, slug, 1)]),
  ]);
  const nested = await Promise.all([
    ...service.sections.map((section) => sectionParts(code, section)),
    ...published.map(({ id }) => articleParts(code, id)),
  ]);
  // What the proxy answers for the service's URLs, read afresh (not from the process's memo).
  const allIds = (await db.select({ id: articles.id }).from(articles).where(eq(articles.service, code)).orderBy(asc(articles.id))).map(
    (a) => a.id,
  );
  // Whether readers may fetch the images its published stories show (a shared file stays theirs).
  const shown = await db
    .selectDistinct({ file: images.file })
    .from(articles)
    .innerJoin(images, eq(images.id, articles.leadImageId))
    .where(and(eq(articles.service, code), eq(articles.status, 'published')))
    .orderBy(asc(images.file));
  forgetRouteFacts(code, allIds);
  forgetTaggedRouteFacts(shown.map((i) => tags.image(i.file)));
  const facts = await parts([
    ['located', Promise.all(allIds.map((id) => locateArticle(id)))],
    ['images-public', Promise.all(shown.map(async (i) => [i.file, await isImagePublic(i.file)]))],
    ['section-pages', Promise.all(service.sections.map((s) => sectionPageCount(code, s)))],
    ['author-pages', Promise.all(serviceAuthors.map((a) => authorPageCount(code, a.slug)))],
  ]);
  return [['front', front], ...listed, ...nested.flat(), ...facts];
}

async function recordParts(code: ServiceCode): Promise<Part[]> {
  const db = getDb();
  const rows = await db.select().from(articles).where(eq(articles.service, code)).orderBy(asc(articles.id));
  const ids = rows.map((r) => r.id);
  const items = await db.select().from(breakingItems).where(eq(breakingItems.service, code)).orderBy(asc(breakingItems.id));
  const itemIds = items.map((i) => i.id);
  const imageIds = [...new Set(rows.map((r) => r.leadImageId).filter((id) => id !== null))];
  const imageRows = imageIds.length ? await db.select().from(images).where(inArray(images.id, imageIds)).orderBy(asc(images.id)) : [];
  const digest = async (file: string) =>
    createHash('sha256')
      .update(await readFile(path.join(process.env.MEDIA_DIR!, file)))
      .digest('hex');
  const audit = or(
    eq(auditLog.service, code),
    and(isNotNull(auditLog.articleId), inArray(auditLog.articleId, ids)),
    itemIds.length ? inArray(auditLog.breakingItemId, itemIds) : undefined,
  );
  return [
    ['rows', rows],
    ['breaking-items', items],
    ['images', imageRows],
    ...(await parts([
      ['image-files', Promise.all(imageRows.map(async (i) => [i.file, await digest(i.file)]))],
      [
        'bylines',
        db
          .select()
          .from(articleAuthors)
          .where(inArray(articleAuthors.articleId, ids))
          .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position)),
      ],
      ['revisions', db.select().from(articleRevisions).where(inArray(articleRevisions.articleId, ids)).orderBy(asc(articleRevisions.id))],
      [
        'edit-locks',
        db
          .select()
          .from(editPresence)
          .where(inArray(editPresence.articleId, ids))
          .orderBy(asc(editPresence.articleId), asc(editPresence.staffId)),
      ],
      ['audit', db.select().from(auditLog).where(audit).orderBy(asc(auditLog.id))],
    ])),
  ];
}

/** The service as its readers see it and as its newsroom's records stand, at `now`. */
export async function serviceView(code: ServiceCode, now: Date): Promise<ServiceView> {
  const [shown, kept] = await Promise.all([publicParts(code, now), recordParts(code)]);
  return Object.fromEntries([...shown, ...kept].map(([name, value]) => [name, JSON.stringify(value)]));
}

/** The cache tags of the service's pages: a change elsewhere must expire none of them. */
export function isServiceTag(code: ServiceCode, articleIds: number[], tag: string): boolean {
  const ids = new Set(articleIds.map((id) => `article:${id}`));
  return (
    ids.has(tag) ||
    [`service:${code}`, `breaking:${code}`].includes(tag) ||
    tag.startsWith(`section:${code}:`) ||
    tag.startsWith(`author:${code}:`)
  );
}
