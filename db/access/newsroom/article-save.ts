import 'server-only';
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import type { ArticleStatus } from '@/lib/content';
import { markdownToPlainText } from '@/lib/markdown-text';
import { can, type Staff } from '@/lib/newsroom/permissions';
import type { ArticleInput, FieldErrors } from '@/lib/newsroom/forms';
import { MIN_IMAGE, removeStoredImage, storeUploadedImage, type StoredImage } from '@/lib/newsroom/lead-image-upload';
import type { SaveResult } from '@/lib/newsroom/types';
import { articleAuthors, articleRevisions, articles, authors, images, sections } from '@/db/schema';
import type { Database } from '@/db/client';
import { getDb } from '@/db/access/connection';
import { invalidateArticleChange, type ArticlePlacement } from '@/db/access/invalidate';
import { recordAudit } from '@/db/access/newsroom/audit';
import { isPublic, placementOf } from '@/db/access/newsroom/article-placement';
import { lockTakenFrom } from '@/db/access/newsroom/presence';
import { AccessDenied, requireStaff } from '@/db/access/newsroom/session';

// Saving an article from the editor (and restoring a revision, which is a save of old content).
// Everything a save changes (the article, its image's words, its bylines, a revision, an audit
// entry) is written in one transaction after the rights, edit-lock and version checks: a refused
// save changes nothing, and nothing is invalidated.

/** The lead image a save asks for: the one the article has, none, or a newly uploaded file. */
export type ImageChoice =
  { kind: 'keep' } | { kind: 'remove' } | { kind: 'upload'; stored: StoredImage } | { kind: 'image'; id: number | null };

/** The article's own words for its lead image, in its language */
export type ImageText = { alt: string; caption: string; credit: string };

export type ArticleFields = {
  headline: string;
  dek: string;
  slug: string;
  body: string;
  sectionId: number;
  authorIds: number[];
  correction: string;
  image: ImageChoice;
  imageText: ImageText;
};

class Refused extends Error {
  constructor(readonly result: Exclude<SaveResult, { kind: 'saved' }>) {
    super(result.kind);
  }
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The image id the article will have; a new upload gets its row here, inside the transaction. */
async function leadImageOf(tx: Tx, choice: ImageChoice, current: number | null): Promise<number | null> {
  if (choice.kind === 'keep') return current;
  if (choice.kind === 'remove') return null;
  if (choice.kind === 'image') return choice.id;
  const [{ id }] = await tx.insert(images).values(choice.stored).returning({ id: images.id });
  return id;
}

/**
 * One save: checks the member's rights for the article's state, refuses a save by a member whose
 * edit lock was taken over (while the taker holds it) and a save based on an older version,
 * writes the article, its image's words, its bylines and a revision in one transaction, then
 * expires the public pages that show it.
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
      let status: ArticleStatus = 'draft';
      let current: typeof articles.$inferSelect | undefined;
      if (id === null) {
        if (fields.correction) throw new AccessDenied('forbidden');
      } else {
        // Locks the row: of two saves based on one version, the second sees the first's.
        [current] = await tx
          .select()
          .from(articles)
          .where(and(eq(articles.id, id), eq(articles.service, service)))
          .for('update');
        if (!current) throw new Refused({ kind: 'invalid', errors: { form: { key: 'notFound' } } });
        status = current.status;
        const editorOnly = status !== 'draft' || fields.correction !== current.correction;
        if (editorOnly && !can(staff, 'publish', service)) throw new AccessDenied('forbidden');
        // Another member took the edit lock over from this one: their text stays in their form.
        const taker = await lockTakenFrom(tx, id, staff.id);
        if (taker) throw new Refused({ kind: 'taken-over', name: taker.name, since: taker.since });
        // The last line of defence, lock or no lock: a save based on an older version.
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
      }
      const leadImageId = await leadImageOf(tx, fields.image, current?.leadImageId ?? null);
      // Readers who cannot see the image are told what it shows.
      if (leadImageId !== null && !fields.imageText.alt)
        throw new Refused({ kind: 'invalid', errors: { imageAlt: { key: 'altRequired' } } });
      const imageText = leadImageId === null ? { alt: '', caption: '', credit: '' } : fields.imageText;
      const now = new Date();
      const row = {
        headline: fields.headline,
        dek: fields.dek,
        slug: fields.slug,
        body: fields.body,
        bodyText: markdownToPlainText(fields.body),
        sectionId: fields.sectionId,
        leadImageId,
        leadImageAlt: imageText.alt,
        leadImageCaption: imageText.caption,
        leadImageCredit: imageText.credit,
        correction: fields.correction,
        modifiedAt: now,
      };
      let articleId: number;
      let version: number;
      if (!current) {
        [{ id: articleId }] = await tx
          .insert(articles)
          .values({ ...row, service, status: 'draft', version: 1 })
          .returning({ id: articles.id });
        version = 1;
      } else {
        if (isPublic(status)) before = await placementOf(tx, current.id);
        articleId = current.id;
        version = current.version + 1;
        await tx
          .update(articles)
          .set({ ...row, version, updatedAt: isPublic(status) ? now : current.updatedAt })
          .where(eq(articles.id, articleId));
        if (isPublic(status) && fields.correction && fields.correction !== current.correction)
          await recordAudit(staff, { action: 'correct', service, articleId, detail: fields.correction }, tx);
        await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
      }
      if (fields.authorIds.length > 0)
        await tx.insert(articleAuthors).values(fields.authorIds.map((authorId, position) => ({ articleId, authorId, position })));
      await tx.insert(articleRevisions).values({
        articleId,
        version,
        headline: fields.headline,
        dek: fields.dek,
        slug: fields.slug,
        body: fields.body,
        sectionId: fields.sectionId,
        authorIds: fields.authorIds,
        correction: fields.correction,
        leadImageId,
        imageAlt: imageText.alt,
        imageCaption: imageText.caption,
        imageCredit: imageText.credit,
        savedBy: staff.id,
        savedByName: staff.name,
      });
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
  const resolved = await resolveFields(getDb(), service, input);
  if (!resolved.ok) return { kind: 'invalid', errors: resolved.errors };
  let image: ImageChoice = input.removeImage ? { kind: 'remove' } : { kind: 'keep' };
  if (input.image) {
    const stored = await storeUploadedImage(input.image);
    if ('error' in stored)
      return {
        kind: 'invalid',
        errors: { image: stored.error === 'imageTooSmall' ? { key: 'imageTooSmall', values: { ...MIN_IMAGE } } : { key: stored.error } },
      };
    image = { kind: 'upload', stored };
  }
  let result: SaveResult | undefined;
  try {
    result = await writeArticle(staff, service, id, input.baseVersion, {
      headline: input.headline,
      dek: input.dek,
      slug: input.slug,
      body: input.body,
      correction: input.correction,
      sectionId: resolved.sectionId,
      authorIds: resolved.authorIds,
      image,
      imageText: { alt: input.imageAlt, caption: input.imageCaption, credit: input.imageCredit },
    });
    return result;
  } finally {
    // An upload whose save was refused (or failed) belongs to nothing: its files go.
    if (image.kind === 'upload' && result?.kind !== 'saved') await removeStoredImage(image.stored.file);
  }
}
