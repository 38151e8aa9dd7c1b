import 'server-only';
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import type { ArticleStatus } from '@/lib/content';
import { PRESENCE_TTL_MS } from '@/lib/newsroom/limits';
import { can, type Staff } from '@/lib/newsroom/permissions';
import type { PresenceState, PresentMember } from '@/lib/newsroom/types';
import { articles, editPresence } from '@/db/schema';
import type { Database } from '@/db/client';
import { getDb } from '@/db/access/connection';
import { recordAudit } from '@/db/access/newsroom/audit';
import { AccessDenied, requireStaff } from '@/db/access/newsroom/session';

// Who has an article open in the editor, and the edit lock (after Payload's document locks and
// Superdesk's item locks). Each open editor sends a heartbeat; the first member who may save the
// story holds the lock, and another may take it over. The member it was taken from is told on
// their next heartbeat, and their saves are refused while the taker's lock lives (writeArticle).
// No job expires anything: a row without a heartbeat for PRESENCE_TTL_MS simply does not count.
// Every change runs with the article row locked, so two heartbeats never both take a free lock.

type Row = typeof editPresence.$inferSelect;
type Reader = Pick<Database, 'select'>;
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const liveAfter = (now: Date) => new Date(now.getTime() - PRESENCE_TTL_MS);

/** writeArticle's rule: a story past draft is saved only by members who may publish. */
const maySave = (staff: Staff, service: ServiceCode, status: ArticleStatus) => status === 'draft' || can(staff, 'publish', service);

async function liveRows(db: Reader, articleId: number, now: Date): Promise<Row[]> {
  return db
    .select()
    .from(editPresence)
    .where(and(eq(editPresence.articleId, articleId), gt(editPresence.seenAt, liveAfter(now))))
    .orderBy(asc(editPresence.openedAt));
}

const holderAmong = (rows: Row[], staffId: string) => rows.find((r) => r.staffId !== staffId && r.lockSince !== null);

function stateFor(staff: Staff, rows: Row[], editable: boolean): PresenceState {
  const mine = rows.find((r) => r.staffId === staff.id);
  const holder = holderAmong(rows, staff.id);
  return {
    holding: Boolean(mine?.lockSince),
    holder: holder ? { name: holder.staffName, since: holder.lockSince! } : null,
    takenOver: Boolean(holder && mine?.takenOverBy),
    others: rows.filter((r) => r !== mine && r !== holder).map((r) => ({ name: r.staffName, since: r.openedAt })),
    canTakeOver: Boolean(holder) && editable,
  };
}

/** The article's status with its row locked for this transaction, or null when it is not in the service. */
async function lockArticle(tx: Tx, service: ServiceCode, id: number): Promise<ArticleStatus | null> {
  const [row] = await tx
    .select({ status: articles.status })
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.service, service)))
    .for('update');
  return row?.status ?? null;
}

/** Visits without a heartbeat are over: their rows, and any lock they held, go. */
async function dropStale(tx: Tx, articleId: number, now: Date): Promise<void> {
  await tx.delete(editPresence).where(and(eq(editPresence.articleId, articleId), lte(editPresence.seenAt, liveAfter(now))));
}

async function markSeen(tx: Tx, staff: Staff, articleId: number, now: Date, lock: Pick<Row, 'lockSince' | 'takenOverBy'>) {
  const seen = { staffName: staff.name, seenAt: now, ...lock };
  await tx
    .insert(editPresence)
    .values({ articleId, staffId: staff.id, openedAt: now, ...seen })
    .onConflictDoUpdate({ target: [editPresence.articleId, editPresence.staffId], set: seen });
}

/** Who has the article open, as this member sees it (without counting them as present). */
export async function getPresence(service: ServiceCode, id: number, now = new Date()): Promise<PresenceState | null> {
  const staff = await requireStaff('write', service);
  const db = getDb();
  const [article] = await db
    .select({ status: articles.status })
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.service, service)));
  if (!article) return null;
  return stateFor(staff, await liveRows(db, id, now), maySave(staff, service, article.status));
}

/**
 * The editor's heartbeat: this member has the article open. They take the lock when nobody else
 * holds a live one and they may save the story; a member whose lock was taken over stays told
 * until the lock is free again.
 */
export async function heartbeat(service: ServiceCode, id: number, now = new Date()): Promise<PresenceState | null> {
  const staff = await requireStaff('write', service);
  return getDb().transaction(async (tx) => {
    const status = await lockArticle(tx, service, id);
    if (!status) return null;
    const editable = maySave(staff, service, status);
    await dropStale(tx, id, now);
    const rows = await liveRows(tx, id, now);
    const mine = rows.find((r) => r.staffId === staff.id);
    const held = holderAmong(rows, staff.id) !== undefined;
    await markSeen(tx, staff, id, now, {
      lockSince: editable && !held ? (mine?.lockSince ?? now) : null,
      takenOverBy: held ? (mine?.takenOverBy ?? null) : null,
    });
    return stateFor(staff, await liveRows(tx, id, now), editable);
  });
}

/** Takes the edit lock from whoever holds it (audited); the previous holder is told. */
export async function takeOver(service: ServiceCode, id: number, now = new Date()): Promise<PresenceState | null> {
  const staff = await requireStaff('write', service);
  return getDb().transaction(async (tx) => {
    const status = await lockArticle(tx, service, id);
    if (!status) return null;
    // A reporter may not take over a story they could not save.
    if (!maySave(staff, service, status)) throw new AccessDenied('forbidden');
    await dropStale(tx, id, now);
    const rows = await liveRows(tx, id, now);
    const holder = holderAmong(rows, staff.id);
    if (holder) {
      await tx
        .update(editPresence)
        .set({ lockSince: null, takenOverBy: staff.name })
        .where(and(eq(editPresence.articleId, id), eq(editPresence.staffId, holder.staffId)));
      await recordAudit(staff, { action: 'take_over', service, articleId: id, detail: holder.staffName }, tx);
    }
    const mine = rows.find((r) => r.staffId === staff.id);
    await markSeen(tx, staff, id, now, { lockSince: (!holder && mine?.lockSince) || now, takenOverBy: null });
    return stateFor(staff, await liveRows(tx, id, now), true);
  });
}

/**
 * For a save (inside its transaction, the article row locked): the member who holds a live lock
 * taken over from this one, or null. Such a save is refused with the holder's name.
 */
export async function lockTakenFrom(tx: Reader, articleId: number, staffId: string, now = new Date()): Promise<PresentMember | null> {
  const [mine] = await tx
    .select({ takenOverBy: editPresence.takenOverBy })
    .from(editPresence)
    .where(and(eq(editPresence.articleId, articleId), eq(editPresence.staffId, staffId)));
  if (!mine?.takenOverBy) return null;
  const holder = holderAmong(await liveRows(tx, articleId, now), staffId);
  return holder ? { name: holder.staffName, since: holder.lockSince! } : null;
}
