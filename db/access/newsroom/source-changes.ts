import 'server-only';
import { and, eq, gt, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ServiceCode } from '@/i18n/services';
import { can } from '@/lib/newsroom/permissions';
import { reviewCapability } from '@/lib/newsroom/translation-review';
import type { ReviewResult, SourceChange } from '@/lib/newsroom/types';
import { articles } from '@/db/schema';
import type { Database } from '@/db/client';
import { getDb } from '@/db/access/connection';
import { recordAudit } from '@/db/access/newsroom/audit';
import { readRevision } from '@/db/access/newsroom/revisions';
import { AccessDenied, requireStaff } from '@/db/access/newsroom/session';

// Stale translations: a translation remembers the version of its source it follows
// (translatedFromVersion); once the source is saved past it, the translation's editors see what
// changed until one of them marks it reviewed. Newsroom only: nothing here reaches readers.

const source = alias(articles, 'source');

/**
 * The source's words at the version a translation follows. Every save writes a revision, so only
 * a story's first version can be missing (one that came from the seed or an import, not the
 * editor); a translation that still follows that version was never reviewed, and its own first
 * revision, which createTranslationDraft copied from the source's words, stands in for it.
 */
async function followedRevision(
  db: Pick<Database, 'select'>,
  change: { service: string; id: number; translationService: string; translationId: number; version: number },
) {
  return (
    (await readRevision(db, change.service, change.id, change.version)) ??
    (await readRevision(db, change.translationService, change.translationId, 1))
  );
}

/**
 * Which of these articles of the service are translations whose source changed since the version
 * they follow, with the source's words then and now. Needs write rights in the translation's
 * service only: a translator learns what changed in the text they translated even without rights
 * in the source's service.
 */
export async function getSourceChanges(service: ServiceCode, ids: number[]): Promise<SourceChange[]> {
  await requireStaff('write', service);
  if (ids.length === 0) return [];
  const db = getDb();
  const rows = await db
    .select({
      id: articles.id,
      fromVersion: articles.translatedFromVersion,
      sourceId: source.id,
      sourceService: source.service,
      headline: source.headline,
      toVersion: source.version,
    })
    .from(articles)
    .innerJoin(source, eq(source.id, articles.translatedFromId))
    .where(and(eq(articles.service, service), inArray(articles.id, ids), gt(source.version, articles.translatedFromVersion)));
  return Promise.all(
    rows.map(async (r) => {
      const sourceService = r.sourceService as ServiceCode;
      // Never null here: the comparison above excludes translations that follow no version.
      const fromVersion = r.fromVersion!;
      const [before, after] = await Promise.all([
        followedRevision(db, {
          service: sourceService,
          id: r.sourceId,
          translationService: service,
          translationId: r.id,
          version: fromVersion,
        }),
        readRevision(db, sourceService, r.sourceId, r.toVersion),
      ]);
      return {
        translationId: r.id,
        source: { service: sourceService, id: r.sourceId, headline: r.headline },
        fromVersion,
        toVersion: r.toVersion,
        before,
        after,
      };
    }),
  );
}

/**
 * Marks the source's changes up to `sourceVersion` (the one the member was shown) reviewed: the
 * translation follows that version from now on. A source saved again since keeps the flag for
 * what came after; a repeated submission changes nothing.
 */
export async function markSourceReviewed(service: ServiceCode, id: number, sourceVersion: number): Promise<ReviewResult> {
  const staff = await requireStaff('write', service);
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ status: articles.status, sourceId: articles.translatedFromId, followed: articles.translatedFromVersion })
      .from(articles)
      .where(and(eq(articles.id, id), eq(articles.service, service)))
      .for('update');
    if (!row) return { kind: 'invalid', errors: { form: { key: 'notFound' } } };
    if (!can(staff, reviewCapability(row.status), service)) throw new AccessDenied('forbidden');
    // A deleted source, or a version it never had, leaves nothing to review.
    const [current] =
      row.sourceId === null
        ? []
        : await tx.select({ service: articles.service, version: articles.version }).from(articles).where(eq(articles.id, row.sourceId));
    if (!current || row.followed === null || sourceVersion > current.version)
      return { kind: 'invalid', errors: { form: { key: 'notFound' } } };
    if (sourceVersion <= row.followed) return { kind: 'reviewed' };
    await tx.update(articles).set({ translatedFromVersion: sourceVersion }).where(eq(articles.id, id));
    await recordAudit(
      staff,
      {
        action: 'translation_reviewed',
        service,
        articleId: id,
        detail: `${current.service} #${row.sourceId}: v${row.followed} → v${sourceVersion}`,
      },
      tx,
    );
    return { kind: 'reviewed' };
  });
}
