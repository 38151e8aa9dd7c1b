import 'server-only';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import type { BreakingInput } from '@/lib/newsroom/forms';
import { breakingItems } from '@/db/schema';
import { recordAudit } from '@/db/access/newsroom/audit';
import { getDb } from '@/db/access/connection';
import { invalidateBreaking } from '@/db/access/invalidate';
import { requireStaff } from '@/db/access/newsroom/session';

// The breaking-news desk: editors put an item live for a while, change it or end it. Every change
// expires the service's banner at once; the clock expires it when its time runs out.

export type DeskItem = typeof breakingItems.$inferSelect;

export async function listDeskItems(service: ServiceCode): Promise<DeskItem[]> {
  await requireStaff('breaking', service);
  return getDb()
    .select()
    .from(breakingItems)
    .where(eq(breakingItems.service, service))
    .orderBy(desc(breakingItems.startsAt), desc(breakingItems.id))
    .limit(20);
}

const minutesFrom = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

export async function addBreakingItem(service: ServiceCode, input: BreakingInput): Promise<void> {
  const staff = await requireStaff('breaking', service);
  const now = new Date();
  await getDb().transaction(async (tx) => {
    const [item] = await tx
      .insert(breakingItems)
      .values({
        service,
        text: input.text,
        link: input.link || null,
        startsAt: now,
        expiresAt: minutesFrom(now, input.minutes),
        createdBy: staff.id,
      })
      .returning({ id: breakingItems.id });
    await recordAudit(staff, { action: 'breaking_add', service, breakingItemId: item.id, detail: input.text }, tx);
  });
  invalidateBreaking(service);
}

/** Changes a live item's text, link and time left (counted from now). False when it is no longer live. */
export async function editBreakingItem(service: ServiceCode, id: number, input: BreakingInput): Promise<boolean> {
  const staff = await requireStaff('breaking', service);
  const now = new Date();
  const changed = await getDb().transaction(async (tx) => {
    const rows = await tx
      .update(breakingItems)
      .set({ text: input.text, link: input.link || null, expiresAt: minutesFrom(now, input.minutes) })
      .where(and(eq(breakingItems.id, id), eq(breakingItems.service, service), gt(breakingItems.expiresAt, now)))
      .returning({ id: breakingItems.id });
    if (rows.length) await recordAudit(staff, { action: 'breaking_edit', service, breakingItemId: id, detail: input.text }, tx);
    return rows.length > 0;
  });
  if (changed) invalidateBreaking(service);
  return changed;
}

export async function endBreakingItem(service: ServiceCode, id: number): Promise<boolean> {
  const staff = await requireStaff('breaking', service);
  const now = new Date();
  const ended = await getDb().transaction(async (tx) => {
    const rows = await tx
      .update(breakingItems)
      .set({ expiresAt: now })
      .where(and(eq(breakingItems.id, id), eq(breakingItems.service, service), gt(breakingItems.expiresAt, now)))
      .returning({ text: breakingItems.text });
    if (rows.length) await recordAudit(staff, { action: 'breaking_end', service, breakingItemId: id, detail: rows[0].text }, tx);
    return rows.length > 0;
  });
  if (ended) invalidateBreaking(service);
  return ended;
}
