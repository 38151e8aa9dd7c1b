import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { SectionSlug, ServiceCode } from '@/i18n/services';
import type { Article } from '@/lib/content';
import type { Revision, RevisionSummary, SaveResult } from '@/lib/newsroom/types';
import { articleAuthors, articleRevisions, articles, authors, images, sections } from '@/db/schema';
import type { Database } from '@/db/client';
import { getDb } from '@/db/access/connection';
import { toImageRef } from '@/db/access/newsroom/article-placement';
import { writeArticle } from '@/db/access/newsroom/article-save';
import { requireStaff } from '@/db/access/newsroom/session';

// Every save is a revision: listing, comparing, restoring, and previewing any of them.

export async function listRevisions(service: ServiceCode, id: number): Promise<RevisionSummary[]> {
  await requireStaff('write', service);
  return getDb()
    .select({ version: articleRevisions.version, savedByName: articleRevisions.savedByName, savedAt: articleRevisions.savedAt })
    .from(articleRevisions)
    .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
    .where(and(eq(articleRevisions.articleId, id), eq(articles.service, service)))
    .orderBy(desc(articleRevisions.version));
}

async function loadRevision(db: Pick<Database, 'select'>, service: string, id: number, version: number) {
  const [row] = await db
    .select({ revision: articleRevisions, section: sections.slug })
    .from(articleRevisions)
    .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
    .innerJoin(sections, eq(sections.id, articleRevisions.sectionId))
    .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.version, version), eq(articles.service, service)));
  return row ?? null;
}

export async function getRevision(service: ServiceCode, id: number, version: number): Promise<Revision | null> {
  await requireStaff('write', service);
  return readRevision(getDb(), service, id, version);
}

/**
 * One revision with its section and bylines by name. It checks no rights: callers have checked
 * theirs (a translation's editor reads its source's revisions without rights in the source's service).
 */
export async function readRevision(db: Pick<Database, 'select'>, service: string, id: number, version: number): Promise<Revision | null> {
  const row = await loadRevision(db, service, id, version);
  if (!row) return null;
  const r = row.revision;
  const names = r.authorIds.length
    ? await db.select({ id: authors.id, name: authors.name }).from(authors).where(inArray(authors.id, r.authorIds))
    : [];
  return {
    version: r.version,
    savedByName: r.savedByName,
    savedAt: r.savedAt,
    headline: r.headline,
    dek: r.dek,
    slug: r.slug,
    body: r.body,
    section: row.section,
    bylines: r.authorIds.map((a) => names.find((n) => n.id === a)?.name ?? ''),
    correction: r.correction,
    imageAlt: r.leadImageId === null ? null : r.imageAlt,
  };
}

/** Saves an earlier revision's content as a new version (refused when `baseVersion` is stale). */
export async function restoreRevision(service: ServiceCode, id: number, version: number, baseVersion: number): Promise<SaveResult> {
  const staff = await requireStaff('write', service);
  const row = await loadRevision(getDb(), service, id, version);
  if (!row) return { kind: 'invalid', errors: { form: { key: 'notFound' } } };
  const { headline, dek, slug, body, sectionId, authorIds, leadImageId, correction, imageAlt, imageCaption, imageCredit } = row.revision;
  const image = { kind: 'image', id: leadImageId } as const;
  const imageText = { alt: imageAlt, caption: imageCaption, credit: imageCredit };
  return writeArticle(
    staff,
    service,
    id,
    baseVersion,
    { headline, dek, slug, body, sectionId, authorIds, correction, image, imageText },
    'restore',
  );
}

/** The image words of a revision, or of the article as it stands */
function imageTextOf(revision: typeof articleRevisions.$inferSelect | undefined, article: typeof articles.$inferSelect) {
  return revision
    ? { alt: revision.imageAlt, caption: revision.imageCaption, credit: revision.imageCredit }
    : { alt: article.leadImageAlt, caption: article.leadImageCaption, credit: article.leadImageCredit };
}

/** The article, or one of its revisions, in the shape the public article page renders. */
export async function getArticlePreview(
  service: ServiceCode,
  id: number,
  version?: number,
): Promise<{ article: Article; version: number } | null> {
  await requireStaff('write', service);
  const db = getDb();
  const [current] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.service, service)));
  if (!current) return null;
  const revision = version === undefined ? null : await loadRevision(db, service, id, version);
  if (version !== undefined && !revision) return null;
  const content = revision?.revision ?? current;
  const authorIds = revision
    ? revision.revision.authorIds
    : (
        await db
          .select({ id: articleAuthors.authorId })
          .from(articleAuthors)
          .where(eq(articleAuthors.articleId, id))
          .orderBy(asc(articleAuthors.position))
      ).map((a) => a.id);
  const bylineRows = authorIds.length
    ? await db.select({ id: authors.id, slug: authors.slug, name: authors.name }).from(authors).where(inArray(authors.id, authorIds))
    : [];
  const [section] = await db.select({ slug: sections.slug }).from(sections).where(eq(sections.id, content.sectionId));
  const [image] = content.leadImageId ? await db.select().from(images).where(eq(images.id, content.leadImageId)) : [];
  return {
    version: revision?.revision.version ?? current.version,
    article: {
      id,
      service,
      slug: content.slug,
      headline: content.headline,
      dek: content.dek,
      body: content.body,
      section: section.slug as SectionSlug,
      publishedAt: current.publishedAt ?? new Date(),
      updatedAt: current.updatedAt,
      correction: content.correction,
      image: image ? toImageRef(image, imageTextOf(revision?.revision, current)) : null,
      bylines: authorIds
        .map((a) => bylineRows.find((b) => b.id === a))
        .filter((b) => b !== undefined)
        .map(({ slug, name }) => ({ slug, name })),
      translationGroup: current.translationGroup,
    },
  };
}
