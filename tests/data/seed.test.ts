import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/access/connection';
import { articles, authors, breakingItems, images, sections } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';

describe('the demo seed', () => {
  it('adds nothing the second time, and reports progress for all 27 services', async () => {
    const db = getDb();
    const counts = async () =>
      Promise.all([articles, authors, images, sections, breakingItems].map(async (t) => (await db.select({ n: count() }).from(t))[0].n));
    const before = await counts();
    const lines: string[] = [];
    await seedDemo(db, mkdtempSync(path.join(tmpdir(), 'polyphony-media-')), (line) => lines.push(line));
    expect(await counts()).toEqual(before);
    expect(lines).toHaveLength(27);
    expect(lines.every((l) => l.includes(': 0 new articles'))).toBe(true);
  });
});
