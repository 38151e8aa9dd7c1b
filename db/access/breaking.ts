import 'server-only';
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { breakingItems } from '@/db/schema';
import { tags } from '@/db/access/cache-tags';
import { getDb } from '@/db/access/connection';

export type BreakingItem = { id: number; text: string; link: string | null; expiresAt: Date };

/**
 * The service's live breaking item, if any. Cached until an editor changes the service's items
 * or the clock (db/access/clock.ts) sees one start or expire: both invalidate the tag.
 */
export async function getLiveBreakingItem(service: string): Promise<BreakingItem | null> {
  'use cache';
  cacheLife('hours');
  cacheTag(tags.breaking(service));
  const now = new Date();
  const [live] = await getDb()
    .select({ id: breakingItems.id, text: breakingItems.text, link: breakingItems.link, expiresAt: breakingItems.expiresAt })
    .from(breakingItems)
    .where(and(eq(breakingItems.service, service), lte(breakingItems.startsAt, now), gt(breakingItems.expiresAt, now)))
    .orderBy(desc(breakingItems.startsAt))
    .limit(1);
  return live ?? null;
}
