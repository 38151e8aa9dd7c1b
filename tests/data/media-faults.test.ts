import { readdirSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import sharp from 'sharp';
import { count, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/access/connection';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { articleRevisions, articles } from '@/db/schema';
import { articleInput, createStaff, loadBylines, saved, testRun } from '@/tests/support/newsroom-data';

// A media folder that cannot be written (a full disk here: as root, permissions would not stop
// the test's writes) turns a save with a new lead image into a field error: the article is not
// written, no file of the upload stays behind, and the journalist's text comes back with the refusal.

vi.mock('next/cache', () => import('@/tests/support/recording-cache'));

const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof fsPromises>();
  const full = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
  return { ...fs, writeFile: (...args: Parameters<typeof fsPromises.writeFile>) => (disk.full ? full() : fs.writeFile(...args)) };
});

const mediaDir = process.env.MEDIA_DIR!;
let team: Awaited<ReturnType<typeof createStaff<'editor'>>>;

async function photo(): Promise<File> {
  const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' });
}

beforeAll(async () => {
  team = await createStaff('media-faults', { editor: { name: 'Media fault editor', role: 'editor', services: ['fa', 'ru', 'hy'], language: 'en' } });
  await loadBylines(['fa', 'ru', 'hy']);
});

afterEach(() => {
  disk.full = false;
});

describe('an upload into a media folder that cannot be written', () => {
  it.each(['fa', 'ru', 'hy'] as const)('is a field error in %s, with nothing half-saved', async (service) => {
    team.as('editor');
    const before = saved(await saveArticle(service, null, articleInput(service, { headline: `Media fault ${testRun}`, body: 'First version.', slug: `media-fault-${service}-${testRun}` })));
    const article = await getEditableArticle(service, before.id);

    disk.full = true;
    const filesBefore = readdirSync(mediaDir).sort();
    const result = await saveArticle(
      service,
      before.id,
      articleInput(service, { headline: 'Changed headline', body: 'Second version.', slug: article!.slug, baseVersion: article!.version, image: await photo(), imageAlt: 'A river' }),
    );
    expect(result).toEqual({ kind: 'invalid', errors: { image: { key: 'imageNotStored' } } });

    const [row] = await getDb().select().from(articles).where(eq(articles.id, before.id));
    expect(row.version).toBe(article!.version);
    expect(row.body).toBe('First version.');
    const [{ revisions }] = await getDb().select({ revisions: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, before.id));
    expect(revisions).toBe(article!.version);
    expect(readdirSync(mediaDir).sort()).toEqual(filesBefore);
  });
});
