import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, lte, ne } from 'drizzle-orm';
import { getService, type SectionSlug, type ServiceCode } from '../../i18n/services';
import type { Article, ImageRef } from '../../lib/content';
import { markdownToPlainText } from '../../lib/markdown-text';
import { can, type Staff } from '../../lib/permissions';
import type { ArticleInput, FieldErrors } from '../../lib/newsroom-forms';
import { storeUploadedImage } from '../../lib/lead-image-upload';
import { articleAuthors, articleRevisions, articles, authors, images, sections } from '../schema';
import type { Database } from '../client';
import { recordAudit } from './audit';
import { getDb } from './connection';
import { invalidateArticleChange, type ArticlePlacement } from './invalidate';
import { AccessDenied, requireStaff } from './staff';

// The newsroom's reads and writes of articles. Every function checks the signed-in member's
// rights for the service first; public pages never call these (their reads are in articles.ts
// and only ever see published rows).

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type ArticleStatus = (typeof articles.$inferSelect)['status'];
export const NEWSROOM_PAGE_SIZE = 50;

export type NewsroomListItem = { id: number; headline: string; slug: string; status: ArticleStatus; modifiedAt: Date; publishedAt: Date | null };

export async function listServiceArticles(
  service: ServiceCode,
  filter: { status?: ArticleStatus; headline?: string; page: number },
): Promise<{ items: NewsroomListItem[]; total: number }> {
  await requireStaff('write', service);
  const where = and(
    eq(articles.service, service),
    filter.status ? eq(articles.status, filter.status) : undefined,
    // LIKE wildcards typed by the user are matched literally.
    filter.headline ? ilike(articles.headline, `%${filter.headline.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const db = getDb();
  const [items, [{ n }]] = await Promise.all([
    db
      .select({ id: articles.id, headline: articles.headline, slug: articles.slug, status: articles.status, modifiedAt: articles.modifiedAt, publishedAt: articles.publishedAt })
      .from(articles)
      .where(where)
      .orderBy(desc(articles.modifiedAt), desc(articles.id))
      .limit(NEWSROOM_PAGE_SIZE)
      .offset((filter.page - 1) * NEWSROOM_PAGE_SIZE),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  return { items, total: n };
}

export type EditableArticle = {
  id: number;
  service: ServiceCode;
  slug: string;
  headline: string;
  dek: string;
  body: string;
  section: SectionSlug;
  authorIds: number[];
  image: ImageRef | null;
  correction: string;
  status: ArticleStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date | null;
  translationGroup: string | null;
};

function toImageRef({ id, file, width, height, alt, caption, credit }: typeof images.$inferSelect): ImageRef {
  return { id, file, width, height, alt, caption, credit };
}

async function loadArticle(db: Pick<Database, 'select'>, service: string, id: number): Promise<EditableArticle | null> {
  const [row] = await db
    .select({ article: articles, section: sections.slug, image: images })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .where(and(eq(articles.id, id), eq(articles.service, service)));
  if (!row) return null;
  const bylines = await db
    .select({ id: articleAuthors.authorId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.position));
  const a = row.article;
  return {
    id: a.id,
    service: a.service as ServiceCode,
    slug: a.slug,
    headline: a.headline,
    dek: a.dek,
    body: a.body,
    section: row.section as SectionSlug,
    authorIds: bylines.map((b) => b.id),
    image: row.image ? toImageRef(row.image) : null,
    correction: a.correction,
    status: a.status,
    version: a.version,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    translationGroup: a.translationGroup,
  };
}

export async function getEditableArticle(service: ServiceCode, id: number): Promise<EditableArticle | null> {
  await requireStaff('write', service);
  return loadArticle(getDb(), service, id);
}

export type EditorChoices = { sections: SectionSlug[]; authors: { id: number; name: string }[] };

export async function getEditorChoices(service: ServiceCode): Promise<EditorChoices> {
  await requireStaff('write', service);
  const rows = await getDb().select({ id: authors.id, name: authors.name }).from(authors).where(eq(authors.service, service)).orderBy(asc(authors.name));
  return { sections: [...getService(service).sections], authors: rows };
}

export type StoryVersion = { service: ServiceCode; id: number; headline: string; status: ArticleStatus };

/** Every version of a story across services, whatever their status (newsroom only). */
export async function getStoryVersions(service: ServiceCode, group: string): Promise<StoryVersion[]> {
  await requireStaff('write', service);
  const rows = await getDb()
    .select({ service: articles.service, id: articles.id, headline: articles.headline, status: articles.status })
    .from(articles)
    .where(eq(articles.translationGroup, group))
    .orderBy(asc(articles.service));
  return rows.map((r) => ({ ...r, service: r.service as ServiceCode }));
}

async function placementOf(db: Pick<Database, 'select'>, id: number): Promise<ArticlePlacement | null> {
  const [row] = await db
    .select({ id: articles.id, service: articles.service, section: sections.slug, translationGroup: articles.translationGroup })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const bylines = await db.select({ slug: authors.slug }).from(articleAuthors).innerJoin(authors, eq(authors.id, articleAuthors.authorId)).where(eq(articleAuthors.articleId, id));
  return { ...row, authorSlugs: bylines.map((b) => b.slug) };
}

const isPublic = (status: ArticleStatus) => status === 'published';

// ─── Saving ──────────────────────────────────────────────────────────────────────────────────

export type SaveResult =
  | { kind: 'saved'; id: number; version: number }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict'; version: number; savedByName: string; savedAt: Date };

type ArticleFields = {
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
async function writeArticle(staff: Staff, service: ServiceCode, id: number | null, baseVersion: number | null, fields: ArticleFields, audit?: 'restore'): Promise<SaveResult> {
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
      const row = { headline: fields.headline, dek: fields.dek, slug: fields.slug, body: fields.body, bodyText: markdownToPlainText(fields.body), sectionId: fields.sectionId, leadImageId: fields.leadImageId, correction: fields.correction, modifiedAt: now };
      if (id === null) {
        if (fields.correction) throw new AccessDenied('forbidden');
        [{ id: articleId }] = await tx.insert(articles).values({ ...row, service, status: 'draft', version: 1 }).returning({ id: articles.id });
        version = 1;
      } else {
        // Locks the row: of two saves based on one version, the second sees the first's.
        const [current] = await tx.select().from(articles).where(and(eq(articles.id, id), eq(articles.service, service))).for('update');
        if (!current) throw new Refused({ kind: 'invalid', errors: { form: { key: 'notFound' } } });
        status = current.status;
        const editorOnly = status !== 'draft' || fields.correction !== current.correction;
        if (editorOnly && !can(staff, 'publish', service)) throw new AccessDenied('forbidden');
        if (baseVersion !== current.version) {
          const [last] = await tx.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(desc(articleRevisions.version)).limit(1);
          throw new Refused({ kind: 'conflict', version: current.version, savedByName: last?.savedByName ?? '', savedAt: last?.savedAt ?? current.modifiedAt });
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
  const [section] = await db.select({ id: sections.id }).from(sections).where(and(eq(sections.service, service), eq(sections.slug, input.section)));
  if (!section) return { ok: false, errors: { section: { key: 'sectionUnknown' } } };
  // Bylines must be the service's own authors.
  const unique = [...new Set(input.bylines)];
  const found = await db.select({ id: authors.id }).from(authors).where(and(eq(authors.service, service), inArray(authors.id, unique)));
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
    const [current] = await db.select({ leadImageId: articles.leadImageId }).from(articles).where(and(eq(articles.id, id), eq(articles.service, service)));
    leadImageId = current?.leadImageId ?? null;
    // Alt text, caption and credit of the kept image are edited in place.
    if (leadImageId !== null && input.imageAlt)
      await db.update(images).set({ alt: input.imageAlt, caption: input.imageCaption, credit: input.imageCredit }).where(eq(images.id, leadImageId));
  }
  if (input.image) {
    const stored = await storeUploadedImage(input.image);
    if ('error' in stored)
      return { kind: 'invalid', errors: { image: stored.error === 'imageTooSmall' ? { key: 'imageTooSmall', values: { width: 640, height: 360 } } : { key: stored.error } } };
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

// ─── Lifecycle ───────────────────────────────────────────────────────────────────────────────

export type LifecycleResult = { kind: 'done' } | { kind: 'invalid'; errors: FieldErrors };

async function changeStatus(
  service: ServiceCode,
  id: number,
  allowedFrom: ArticleStatus[],
  change: (current: typeof articles.$inferSelect, now: Date) => Partial<typeof articles.$inferInsert>,
  action: 'publish' | 'schedule' | 'unpublish',
): Promise<LifecycleResult> {
  const staff = await requireStaff('publish', service);
  const db = getDb();
  const outcome = await db.transaction(async (tx): Promise<null | { errors: FieldErrors } | { done: true }> => {
    const [current] = await tx.select().from(articles).where(and(eq(articles.id, id), eq(articles.service, service))).for('update');
    if (!current || !allowedFrom.includes(current.status)) return null;
    const [{ n: bylines }] = await tx.select({ n: count() }).from(articleAuthors).where(eq(articleAuthors.articleId, id));
    if (action !== 'unpublish' && bylines === 0) return { errors: { bylines: { key: 'bylineRequired' } } };
    const now = new Date();
    const values = change(current, now);
    await tx.update(articles).set({ ...values, modifiedAt: now }).where(eq(articles.id, id));
    await recordAudit(staff, { action, service, articleId: id, detail: values.publishedAt?.toISOString() ?? '' }, tx);
    return { done: true };
  });
  if (!outcome) return { kind: 'invalid', errors: { form: { key: 'notFound' } } };
  if ('errors' in outcome) return { kind: 'invalid', errors: outcome.errors };
  const placement = await placementOf(db, id);
  if (placement) invalidateArticleChange([placement]);
  return { kind: 'done' };
}

export function publishArticle(service: ServiceCode, id: number): Promise<LifecycleResult> {
  // A story published before (then withdrawn) keeps its first publication time.
  return changeStatus(service, id, ['draft', 'scheduled', 'unpublished'], (a, now) => ({
    status: 'published',
    publishedAt: a.status === 'unpublished' && a.publishedAt ? a.publishedAt : now,
    updatedAt: a.status === 'unpublished' ? now : a.updatedAt,
  }), 'publish');
}

export function scheduleArticle(service: ServiceCode, id: number, at: Date): Promise<LifecycleResult> {
  return changeStatus(service, id, ['draft', 'scheduled'], () => ({ status: 'scheduled', publishedAt: at }), 'schedule');
}

export function unpublishArticle(service: ServiceCode, id: number): Promise<LifecycleResult> {
  // A scheduled story taken back is a draft again; a public one is withdrawn (its URL answers 410).
  return changeStatus(service, id, ['published', 'scheduled'], (a) => (a.status === 'scheduled' ? { status: 'draft', publishedAt: null } : { status: 'unpublished' }), 'unpublish');
}

/** The clock's part: scheduled articles whose time has come go live. Returns their ids. */
export async function publishDueArticles(now = new Date()): Promise<number[]> {
  const db = getDb();
  const due = await db
    .update(articles)
    .set({ status: 'published', modifiedAt: now })
    .where(and(eq(articles.status, 'scheduled'), lte(articles.publishedAt, now)))
    .returning({ id: articles.id });
  const placements = (await Promise.all(due.map((d) => placementOf(db, d.id)))).filter((p): p is ArticlePlacement => p !== null);
  if (placements.length > 0) invalidateArticleChange(placements);
  return due.map((d) => d.id);
}

// ─── Translations ────────────────────────────────────────────────────────────────────────────

export type TranslationResult = { kind: 'created'; id: number } | { kind: 'exists'; id: number } | { kind: 'invalid'; errors: FieldErrors };

/** A draft in the target service linked to the source story, starting from the source's text. */
export async function createTranslationDraft(service: ServiceCode, id: number, target: ServiceCode): Promise<TranslationResult> {
  const staff = await requireStaff('write', service);
  if (!can(staff, 'write', target)) throw new AccessDenied('forbidden');
  const db = getDb();
  const source = await loadArticle(db, service, id);
  if (!source) return { kind: 'invalid', errors: { form: { key: 'notFound' } } };
  const created = await db.transaction(async (tx) => {
    const group = source.translationGroup ?? crypto.randomUUID();
    if (!source.translationGroup) await tx.update(articles).set({ translationGroup: group }).where(eq(articles.id, id));
    const [existing] = await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.translationGroup, group), eq(articles.service, target)));
    if (existing) return { kind: 'exists' as const, id: existing.id };
    const [section] = await tx.select({ id: sections.id }).from(sections).where(and(eq(sections.service, target), eq(sections.slug, source.section)));
    const [taken] = await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.service, target), eq(articles.slug, source.slug)));
    const slug = taken ? `${source.slug.slice(0, 100)}-${id}` : source.slug;
    const fields = { headline: source.headline, dek: source.dek, slug, body: source.body, sectionId: section.id, leadImageId: source.image?.id ?? null, correction: '' };
    const [{ id: newId }] = await tx
      .insert(articles)
      .values({ ...fields, service: target, bodyText: markdownToPlainText(source.body), status: 'draft', translationGroup: group })
      .returning({ id: articles.id });
    await tx.insert(articleRevisions).values({ articleId: newId, version: 1, ...fields, authorIds: [], savedBy: staff.id, savedByName: staff.name });
    return { kind: 'created' as const, id: newId, newGroup: !source.translationGroup };
  });
  // A public source page cached before it had a group does not list translations yet.
  if (created.kind === 'created' && created.newGroup && isPublic(source.status)) {
    const placement = await placementOf(db, id);
    if (placement) invalidateArticleChange([placement]);
  }
  return created.kind === 'created' ? { kind: 'created', id: created.id } : created;
}

// ─── Revisions and preview ───────────────────────────────────────────────────────────────────

export type RevisionSummary = { version: number; savedByName: string; savedAt: Date };
export type Revision = RevisionSummary & { headline: string; dek: string; slug: string; body: string; section: string; bylines: string[]; correction: string; imageAlt: string | null };

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
  const db = getDb();
  const row = await loadRevision(db, service, id, version);
  if (!row) return null;
  const r = row.revision;
  const names = r.authorIds.length ? await db.select({ id: authors.id, name: authors.name }).from(authors).where(inArray(authors.id, r.authorIds)) : [];
  const [image] = r.leadImageId ? await db.select({ alt: images.alt }).from(images).where(eq(images.id, r.leadImageId)) : [];
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
    imageAlt: image?.alt ?? null,
  };
}

/** Saves an earlier revision's content as a new version (refused when `baseVersion` is stale). */
export async function restoreRevision(service: ServiceCode, id: number, version: number, baseVersion: number): Promise<SaveResult> {
  const staff = await requireStaff('write', service);
  const row = await loadRevision(getDb(), service, id, version);
  if (!row) return { kind: 'invalid', errors: { form: { key: 'notFound' } } };
  const { headline, dek, slug, body, sectionId, authorIds, leadImageId, correction } = row.revision;
  return writeArticle(staff, service, id, baseVersion, { headline, dek, slug, body, sectionId, authorIds, leadImageId, correction }, 'restore');
}

/** The article, or one of its revisions, in the shape the public article page renders. */
export async function getArticlePreview(service: ServiceCode, id: number, version?: number): Promise<{ article: Article; version: number } | null> {
  await requireStaff('write', service);
  const db = getDb();
  const [current] = await db.select().from(articles).where(and(eq(articles.id, id), eq(articles.service, service)));
  if (!current) return null;
  const revision = version === undefined ? null : await loadRevision(db, service, id, version);
  if (version !== undefined && !revision) return null;
  const content = revision?.revision ?? current;
  const authorIds = revision
    ? revision.revision.authorIds
    : (await db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position))).map((a) => a.id);
  const bylineRows = authorIds.length ? await db.select({ id: authors.id, slug: authors.slug, name: authors.name }).from(authors).where(inArray(authors.id, authorIds)) : [];
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
      image: image ? toImageRef(image) : null,
      bylines: authorIds.map((a) => bylineRows.find((b) => b.id === a)).filter((b) => b !== undefined).map(({ slug, name }) => ({ slug, name })),
      translationGroup: current.translationGroup,
    },
  };
}

