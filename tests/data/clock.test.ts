import { describe, expect, it } from 'vitest';
import { tick } from '@/db/access/clock';
import { getDb } from '@/db/access/connection';
import { breakingItems } from '@/db/schema';

describe("the site's clock", () => {
  it('refreshes every banner on its first tick, then exactly the services whose items started or expired', async () => {
    const t = Date.now() + 3_600_000;
    const at = (ms: number) => new Date(t + ms);
    expect((await tick(at(0))).length).toBe(27);
    await getDb().insert(breakingItems).values({ service: 'kk', text: 'Clock test item', startsAt: at(1_000), expiresAt: at(5_000) });
    expect(await tick(at(2_000))).toEqual(['kk']);
    expect(await tick(at(3_000))).toEqual([]);
    expect(await tick(at(6_000))).toEqual(['kk']);
  });
});
