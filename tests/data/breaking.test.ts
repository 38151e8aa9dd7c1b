import { describe, expect, it } from 'vitest';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { getDb } from '@/db/access/connection';
import { breakingItems } from '@/db/schema';

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe('breaking news', () => {
  it('shows the newest live item, not expired nor future ones', async () => {
    await getDb().insert(breakingItems).values([
      { service: 'tk', text: 'Expired item', startsAt: minutes(-60), expiresAt: minutes(-1) },
      { service: 'tk', text: 'Older live item', startsAt: minutes(-30), expiresAt: minutes(30) },
      { service: 'tk', text: 'Newest live item', startsAt: minutes(-5), expiresAt: minutes(30) },
      { service: 'tk', text: 'Future item', startsAt: minutes(10), expiresAt: minutes(60) },
    ]);
    expect((await getLiveBreakingItem('tk'))?.text).toBe('Newest live item');
  });

  it('is absent where nothing is live', async () => {
    expect(await getLiveBreakingItem('hu')).toBeNull();
  });
});
