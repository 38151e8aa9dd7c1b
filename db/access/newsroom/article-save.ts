import 'server-only';
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import type { ArticleStatus } from '@/lib/content';
import { markdownToPlainText } from '@/lib/markdown-text';
import { can, type Staff } from '@/lib/newsroom/permissions';
import type { ArticleInput, FieldErrors } from '@/lib/newsroom/forms';
import { storeUploadedImage } from '@/lib/newsroom/lead-image-upload';
import type { SaveResult } from '@/lib/newsroom/types';
import { articleAuthors, articleRevisions, articles, authors, images, sections } from '@/db/schema';
import type { Database } from '@/db/client';
import { getDb } from '@/db/access/connection';
import { invalidateArticleChange, type ArticlePlacement } from '@/db/access/invalidate';
import { recordAudit } from '@/db/access/newsroom/audit';
import { isPublic, placementOf } from '@/db/access/newsroom/article-placement';
import { AccessDenied, requireStaff } from '@/db/access/newsroom/session';

// Saving an article from the editor (and restoring a revision, which is a save of old content).

export type ArticleFields = {
  headline: string;
  dek: string;
  slug: string;
  body: string;
  sectionId: number;
  authorIds: number[];
  leadImageId: number | null;
  correction: string;
};

class Refused extends Error {
  constructor(readonly result: Exclude<SaveResult, { kind: 'saved' }>) {
    super(result.kind);
  }
}

/**
 * One save: checks the member's rights for the article's state, refuses a save based on an older
 * version, writes the article, its bylines and a revision in one transaction, then expires the
 * public pages that show it.
 */
export async function writeArticle(
  staff: Staff,
  service: ServiceCode,
  id: number | null,
  baseVersion: number | null,
  fields: ArticleFields,
  audit?: 'restore',
): Promise<SaveResult> {
  const db = getDb();
  let before: ArticlePlacement | null = null;
  try {
    const saved = await db.transaction(async (tx) => {
      const [clash] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.service, service), eq(articles.slug, fields.slug), id ? ne(articles.id, id) : undefined));
      if (clash) throw new Refused({ kind: 'invalid', errors: { slug: { key: 'slugTaken' } } });
      let articleId: number;
      let version: number;
      let status: ArticleStatus = 'draft';
      const now = new Date();
      const row = {
        headline: fields.headline,
        dek: fields.dek,
        slug: fields.slug,
        body: fields.body,
        bodyText: markdownToPlainText(fields.body),
        sectionId: fields.sectionId,
        leadImageId: fields.leadImageId,
        correction: fields.correction,
        modifiedAt: now,
      };
      if (id === null) {
        if (fields.correction) throw new AccessDenied('forbidden');
        [{ id: articleId }] = await tx
          .insert(articles)
          .values({ ...row, service, status: 'draft', version: 1 })
          .returning({ id: articles.id });
        version = 1;
      } else {
        // Locks the row: of two saves based on one version, the second sees the first's.
        const [current] = await tx
          .select()
          .from(articles)
          .where(and(eq(articles.id, id), eq(articles.service, service)))
          .for('update');
        if (!current) throw new Refused({ kind: 'invalid', errors: { form: { key: 'notFound' } } });
        status = current.status;
        const editorOnly = status !== 'draft' || fields.correction !== current.correction;
        if (editorOnly && !can(staff, 'publish', service)) throw new AccessDenied('forbidden');
        if (baseVersion !== current.version) {
          const [last] = await tx
            .select()
            .from(articleRevisions)
            .where(eq(articleRevisions.articleId, id))
            .orderBy(desc(articleRevisions.version))
            .limit(1);
          throw new Refused({
            kind: 'conflict',
            version: current.version,
            savedByName: last?.savedByName ?? '',
            savedAt: last?.savedAt ?? current.modifiedAt,
          });
        }
        if (isPublic(status)) before = await placementOf(tx, id);
        articleId = id;
        version = current.version + 1;
        await tx
          .update(articles)
          .set({ ...row, version, updatedAt: isPublic(status) ? now : current.updatedAt })
          .where(eq(articles.id, id));
        if (isPublic(status) && fields.correction && fields.correction !== current.correction)
          await recordAudit(staff, { action: 'correct', service, articleId: id, detail: fields.correction }, tx);
        await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, id));
      }
      if (fields.authorIds.length > 0)
        await tx.insert(articleAuthors).values(fields.authorIds.map((authorId, position) => ({ articleId, authorId, position })));
      await tx.insert(articleRevisions).values({ articleId, version, ...fields, savedBy: staff.id, savedByName: staff.name });
      if (audit) await recordAudit(staff, { action: audit, service, articleId, detail: `v${version}` }, tx);
      return { articleId, version, status };
    });
    if (isPublic(saved.status)) {
      const after = await placementOf(db, saved.articleId);
      invalidateArticleChange([before, after].filter((p): p is ArticlePlacement => p !== null));
    }
    return { kind: 'saved', id: saved.articleId, version: saved.version };
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

async function resolveFields(
  db: Pick<Database, 'select'>,
  service: ServiceCode,
  input: { section: string; bylines: number[] },
): Promise<{ ok: true; sectionId: number; authorIds: number[] } | { ok: false; errors: FieldErrors }> {
  const [section] = await db
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.service, service), eq(sections.slug, input.section)));
  if (!section) return { ok: false, errors: { section: { key: 'sectionUnknown' } } };
  // Bylines must be the service's own authors.
  const unique = [...new Set(input.bylines)];
  const found = await db
    .select({ id: authors.id })
    .from(authors)
    .where(and(eq(authors.service, service), inArray(authors.id, unique)));
  if (found.length !== unique.length) return { ok: false, errors: { bylines: { key: 'bylineRequired' } } };
  return { ok: true, sectionId: section.id, authorIds: unique };
}

/** Saves the editor form: a new draft when id is null. */
export async function saveArticle(service: ServiceCode, id: number | null, input: ArticleInput): Promise<SaveResult> {
  const staff = await requireStaff('write', service);
  const db = getDb();
  const resolved = await resolveFields(db, service, input);
  if (!resolved.ok) return { kind: 'invalid', errors: resolved.errors };
  let leadImageId: number | null = null;
  if (id !== null && !input.removeImage && !input.image) {
    const [current] = await db
      .select({ leadImageId: articles.leadImageId })
      .from(articles)
      .where(and(eq(articles.id, id), eq(articles.service, service)));
    leadImageId = current?.leadImageId ?? null;
    // Alt text, caption and credit of the kept image are edited in place.
    if (leadImageId !== null && input.imageAlt)
      await db
        .update(images)
        .set({ alt: input.imageAlt, caption: input.imageCaption, credit: input.imageCredit })
        .where(eq(images.id, leadImageId));
  }
  if (input.image) {
    const stored = await storeUploadedImage(input.image);
    if ('error' in stored)
      return {
        kind: 'invalid',
        errors: {
          image: stored.error === 'imageTooSmall' ? { key: 'imageTooSmall', values: { width: 640, height: 360 } } : { key: stored.error },
        },
      };
    [{ id: leadImageId }] = await db
      .insert(images)
      .values({ ...stored, alt: input.imageAlt, caption: input.imageCaption, credit: input.imageCredit })
      .returning({ id: images.id });
  }
  return writeArticle(staff, service, id, input.baseVersion, {
    headline: input.headline,
    dek: input.dek,
    slug: input.slug,
    body: input.body,
    correction: input.correction,
    leadImageId,
    sectionId: resolved.sectionId,
    authorIds: resolved.authorIds,
  });
}
