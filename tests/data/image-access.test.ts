import { eq, inArray, notLike } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/access/connection';
import { publishArticle, unpublishArticle } from '@/db/access/newsroom/article-lifecycle';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { mayPreviewImage } from '@/db/access/newsroom/image-access';
import { getCurrentStaff } from '@/db/access/newsroom/session';
import { createTranslationDraft } from '@/db/access/newsroom/translations';
import { isImagePublic } from '@/db/access/route-facts';
import { articles, images } from '@/db/schema';
import type { ServiceCode } from '@/i18n/services';
import { articleInput, createStaff, loadBylines, saved, testRun, type AccountSpec } from '@/tests/support/newsroom-data';

// Who may fetch an image: readers once a published story has it as its lead image, until then
// the members who may preview a story using it. The readers' answer is a route fact the proxy
// remembers per process, so every step asks it before and after the change it follows.

vi.mock('next/cache', () => import('@/tests/support/recording-cache'));

const accounts = {
  faReporter: { name: 'گزارشگر تصویر', role: 'reporter', services: ['fa'], language: 'fa' },
  faEditor: { name: 'ویراستار تصویر', role: 'editor', services: ['fa'], language: 'fa' },
  ruReporter: { name: 'Корреспондент ru', role: 'reporter', services: ['ru'], language: 'ru' },
  translator: { name: 'Editor fa+ru', role: 'editor', services: ['fa', 'ru'], language: 'en' },
  huEditor: { name: 'Képszerkesztő', role: 'editor', services: ['hu'], language: 'hu' },
} satisfies Record<string, AccountSpec>;
type Who = keyof typeof accounts;
let team: Awaited<ReturnType<typeof createStaff<Who>>>;
const created: number[] = [];

/** A decodable photo, as the editor's file input would send it. */
async function photo(): Promise<File> {
  const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: { r: 160, g: 90, b: 40 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' });
}

let counter = 0;
/** Saves a story (new, or the next version of one) as whoever acts; returns its id and lead image file. */
async function save(service: ServiceCode, id: number | null, options: { image?: File } = {}): Promise<{ id: number; file: string }> {
  counter += 1;
  const current = id === null ? null : await getEditableArticle(service, id);
  const result = saved(
    await saveArticle(
      service,
      id,
      articleInput(service, {
        headline: `Image access ${counter}`,
        body: 'Text of the story.',
        slug: current?.slug ?? `image-access-${testRun}-${counter}`,
        baseVersion: current?.version ?? null,
        image: options.image,
        imageAlt: 'A bridge over the river',
      }),
    ),
  );
  if (id === null) created.push(result.id);
  const article = await getEditableArticle(service, result.id);
  return { id: result.id, file: article!.image!.file };
}

async function mayPreview(who: Who, file: string): Promise<boolean> {
  team.as(who);
  return mayPreviewImage((await getCurrentStaff())!, file);
}

beforeAll(async () => {
  team = await createStaff('images', accounts);
  await loadBylines(['fa', 'ru']);
});

afterAll(async () => {
  team.as(null);
  if (created.length) await getDb().delete(articles).where(inArray(articles.id, created));
});

describe('an uploaded image', () => {
  it("is private while its story is a draft, public once it is published, private again once it is withdrawn", async () => {
    team.as('faReporter');
    const { id, file } = await save('fa', null, { image: await photo() });
    expect(file).toMatch(/^upload-[\w-]+\.png$/);
    expect(await isImagePublic(file)).toBe(false);
    expect(await mayPreview('faReporter', file)).toBe(true);
    expect(await mayPreview('huEditor', file)).toBe(false);

    team.as('faEditor');
    expect(await publishArticle('fa', id)).toEqual({ kind: 'done' });
    expect(await isImagePublic(file)).toBe(true);
    expect(await unpublishArticle('fa', id)).toEqual({ kind: 'done' });
    expect(await isImagePublic(file)).toBe(false);
    // Withdrawn, it is still the newsroom's.
    expect(await mayPreview('faReporter', file)).toBe(true);
    team.as('faEditor');
    expect(await publishArticle('fa', id)).toEqual({ kind: 'done' });
    expect(await isImagePublic(file)).toBe(true);
  });

  it("shared by a translation, it is public while either story is, and the translation's service may preview it", async () => {
    team.as('translator');
    const source = await save('fa', null, { image: await photo() });
    const result = await createTranslationDraft('fa', source.id, 'ru');
    expect(result.kind).toBe('created');
    const translationId = (result as { id: number }).id;
    created.push(translationId);
    expect(await isImagePublic(source.file)).toBe(false);
    expect(await mayPreview('ruReporter', source.file)).toBe(true);
    expect(await mayPreview('huEditor', source.file)).toBe(false);

    // The translation (with its bylines) goes out first; the source is still a draft.
    team.as('translator');
    const translation = await save('ru', translationId);
    expect(translation.file).toBe(source.file);
    expect(await publishArticle('ru', translationId)).toEqual({ kind: 'done' });
    expect(await isImagePublic(source.file)).toBe(true);

    // Another public story keeps it public when one is withdrawn.
    expect(await publishArticle('fa', source.id)).toEqual({ kind: 'done' });
    expect(await unpublishArticle('ru', translationId)).toEqual({ kind: 'done' });
    expect(await isImagePublic(source.file)).toBe(true);
    expect(await unpublishArticle('fa', source.id)).toEqual({ kind: 'done' });
    expect(await isImagePublic(source.file)).toBe(false);
  });

  it('replaced on a public story, the old one is private again and stays the newsroom’s through the revision', async () => {
    team.as('faEditor');
    const first = await save('fa', null, { image: await photo() });
    expect(await publishArticle('fa', first.id)).toEqual({ kind: 'done' });
    expect(await isImagePublic(first.file)).toBe(true);
    const second = await save('fa', first.id, { image: await photo() });
    expect(second.file).not.toBe(first.file);
    expect(await isImagePublic(second.file)).toBe(true);
    expect(await isImagePublic(first.file)).toBe(false);
    expect(await mayPreview('faReporter', first.file)).toBe(true);
    expect(await mayPreview('huEditor', first.file)).toBe(false);
  });
});

describe('other images', () => {
  it('demo illustrations of published stories are public, those of unpublished ones are not', async () => {
    const rows = await getDb()
      .select({ file: images.file, status: articles.status })
      .from(articles)
      .innerJoin(images, eq(images.id, articles.leadImageId))
      .where(notLike(images.file, 'upload-%'));
    const publicFiles = new Set(rows.filter((r) => r.status === 'published').map((r) => r.file));
    expect(publicFiles.size).toBeGreaterThan(0);
    expect(rows.some((r) => !publicFiles.has(r.file))).toBe(true);
    for (const file of publicFiles) expect(await isImagePublic(file), file).toBe(true);
    for (const { file } of rows.filter((r) => !publicFiles.has(r.file))) expect(await isImagePublic(file), file).toBe(false);
  });

  it('a file no story uses is nobody’s, not even an admin’s', async () => {
    const file = `upload-${testRun}-unknown.png`;
    expect(await isImagePublic(file)).toBe(false);
    team.as('translator');
    expect(await mayPreviewImage({ ...(await getCurrentStaff())!, role: 'admin' }, file)).toBe(false);
  });
});
