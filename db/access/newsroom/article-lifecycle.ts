import 'server-only';
import { and, count, eq, lte } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import type { ArticleStatus } from '@/lib/content';
import type { FieldErrors } from '@/lib/newsroom/forms';
import type { LifecycleResult } from '@/lib/newsroom/types';
import { articleAuthors, articles } from '@/db/schema';
import { getDb } from '@/db/access/connection';
import { invalidateArticleChange, type ArticlePlacement } from '@/db/access/invalidate';
import { recordAudit } from '@/db/access/newsroom/audit';
import { placementOf } from '@/db/access/newsroom/article-placement';
import { requireStaff } from '@/db/access/newsroom/session';

// An article's lifecycle: draft → scheduled → published → unpublished (editors only), and the
// clock's part, publishing what is due.

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
    const [current] = await tx
      .select()
      .from(articles)
      .where(and(eq(articles.id, id), eq(articles.service, service)))
      .for('update');
    if (!current || !allowedFrom.includes(current.status)) return null;
    const [{ n: bylines }] = await tx.select({ n: count() }).from(articleAuthors).where(eq(articleAuthors.articleId, id));
    if (action !== 'unpublish' && bylines === 0) return { errors: { bylines: { key: 'bylineRequired' } } };
    const now = new Date();
    const values = change(current, now);
    await tx
      .update(articles)
      .set({ ...values, modifiedAt: now })
      .where(eq(articles.id, id));
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
  return changeStatus(
    service,
    id,
    ['draft', 'scheduled', 'unpublished'],
    (a, now) => ({
      status: 'published',
      publishedAt: a.status === 'unpublished' && a.publishedAt ? a.publishedAt : now,
      updatedAt: a.status === 'unpublished' ? now : a.updatedAt,
    }),
    'publish',
  );
}

export function scheduleArticle(service: ServiceCode, id: number, at: Date): Promise<LifecycleResult> {
  return changeStatus(service, id, ['draft', 'scheduled'], () => ({ status: 'scheduled', publishedAt: at }), 'schedule');
}

export function unpublishArticle(service: ServiceCode, id: number): Promise<LifecycleResult> {
  // A scheduled story taken back is a draft again; a public one is withdrawn (its URL answers 410).
  return changeStatus(
    service,
    id,
    ['published', 'scheduled'],
    (a) => (a.status === 'scheduled' ? { status: 'draft', publishedAt: null } : { status: 'unpublished' }),
    'unpublish',
  );
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
