import 'server-only';
import { and, gt, lte, or } from 'drizzle-orm';
import { breakingItems } from '@/db/schema';
import { serviceCodes } from '@/i18n/services';
import { getDb } from '@/db/access/connection';
import { invalidateBreaking } from '@/db/access/invalidate';
import { publishDueArticles } from '@/db/access/newsroom/article-lifecycle';

// Things that happen at a time rather than on an editor's request: a scheduled article going
// live, a breaking item starting or expiring. The server's clock (scripts/site-server.ts) calls
// tick() every few seconds, so cached pages change within seconds of the time, with nobody acting
// and no external job runner.

const key = Symbol.for('polyphony.clock');
type Holder = { [key]?: { lastTick: Date } };

/** Publishes what is due and expires banners that changed; returns the services whose banners changed. */
export async function tick(now = new Date()): Promise<string[]> {
  await publishDueArticles(now);
  const holder = globalThis as Holder;
  const since = holder[key]?.lastTick;
  holder[key] = { lastTick: now };
  if (!since) {
    // Pages cached before this process started may show items that have changed since.
    for (const service of serviceCodes) invalidateBreaking(service);
    return serviceCodes;
  }
  const changed = await getDb()
    .selectDistinct({ service: breakingItems.service })
    .from(breakingItems)
    .where(
      or(
        and(gt(breakingItems.startsAt, since), lte(breakingItems.startsAt, now)),
        and(gt(breakingItems.expiresAt, since), lte(breakingItems.expiresAt, now)),
      ),
    );
  for (const { service } of changed) invalidateBreaking(service);
  return changed.map((c) => c.service);
}
