import { readdirSync } from 'node:fs';
import path from 'node:path';
import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedArticle } from '@/db/access/articles';
import { getDb } from '@/db/access/connection';
import { publishArticle } from '@/db/access/newsroom/article-lifecycle';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { restoreRevision } from '@/db/access/newsroom/revisions';
import { AccessDenied } from '@/db/access/newsroom/session';
import { createTranslationDraft } from '@/db/access/newsroom/translations';
import { articleRevisions, articles, images } from '@/db/schema';
import type { ServiceCode } from '@/i18n/services';
import { revalidated } from '@/tests/support/recording-cache';
import { articleInput, createStaff, loadBylines, saved, testRun, type ArticleFormFields, type AccountSpec } from '@/tests/support/newsroom-data';

// A save is one transaction that checks first: a refused save changes nothing (the article, its
// image's words, its revisions, the cached pages), and leaves no uploaded file behind. Each
// article owns the words of its image, so no save in one service changes what another shows.

vi.mock('next/cache', () => import('@/tests/support/recording-cache'));

const accounts = {
  faReporter: { name: 'گزارشگر یکپارچگی', role: 'reporter', services: ['fa'], language: 'fa' },
  faEditor: { name: 'ویراستار یکپارچگی', role: 'editor', services: ['fa'], language: 'fa' },
  bsFaEditor: { name: 'Urednik bs+fa', role: 'editor', services: ['bs', 'fa'], language: 'bs' },
} satisfies Record<string, AccountSpec>;
type Who = keyof typeof accounts;
let team: Awaited<ReturnType<typeof createStaff<Who>>>;
const created: number[] = [];

/** A decodable PNG of the given size, as the editor's file input would send it. */
async function upload(width = 800, height = 450): Promise<File> {
  const png = await sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' });
}

const uploadsOnDisk = () =>
  readdirSync(process.env.MEDIA_DIR!, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.startsWith('upload-'))
    .map((f) => path.join(f.parentPath, f.name))
    .sort();

let counter = 0;
function form(service: ServiceCode, fields: Partial<ArticleFormFields> = {}) {
  counter += 1;
  return articleInput(service, {
    headline: `آزمون یکپارچگی ${counter}`,
    body: 'متن آزمون یکپارچگی ذخیره.',
    slug: `integrity-${testRun}-${counter}`,
    ...fields,
  });
}

/** Everything a save could touch, to compare before and after a refused one. */
async function stateOf(id: number) {
  const db = getDb();
  const [article] = await db.select().from(articles).where(eq(articles.id, id));
  const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(asc(articleRevisions.version));
  const [{ n: imageRows }] = await db.select({ n: count() }).from(images);
  return { article, revisions, imageRows, files: uploadsOnDisk() };
}

/** A published fa story with an uploaded lead image, saved twice (versions 1 and 2). */
async function publishedStory(): Promise<{ id: number; version: number }> {
  team.as('faEditor');
  const first = saved(await saveArticle('fa', null, form('fa', { image: await upload(), imageAlt: 'نقشهٔ منطقه', imageCaption: 'زیرنویس', imageCredit: 'عکاس' })));
  created.push(first.id);
  expect(await publishArticle('fa', first.id)).toEqual({ kind: 'done' });
  const editable = (await getEditableArticle('fa', first.id))!;
  const second = saved(
    await saveArticle('fa', first.id, form('fa', { slug: editable.slug, baseVersion: editable.version, imageAlt: 'نقشهٔ منطقه', imageCaption: 'زیرنویس دوم' })),
  );
  return { id: first.id, version: second.version };
}

beforeAll(async () => {
  team = await createStaff('integrity', accounts);
  await loadBylines(['fa', 'bs']);
});

beforeEach(() => {
  team.as(null);
  revalidated.length = 0;
});

afterAll(async () => {
  if (created.length) await getDb().delete(articles).where(inArray(articles.id, created));
});

describe('a refused save changes nothing', () => {
  it("a reporter's save of a published story: not its image's words, not its revisions, not the cached page, and no file stays", async () => {
    const story = await publishedStory();
    const before = await stateOf(story.id);
    revalidated.length = 0;
    team.as('faReporter');
    const editable = (await getEditableArticle('fa', story.id))!;
    const refused = saveArticle(
      'fa',
      story.id,
      form('fa', { slug: editable.slug, baseVersion: story.version, image: await upload(), imageAlt: 'متن جایگزین گزارشگر', imageCaption: 'تغییر' }),
    );
    await expect(refused).rejects.toBeInstanceOf(AccessDenied);
    expect(await stateOf(story.id)).toEqual(before);
    expect(revalidated).toEqual([]);
    const reader = await getPublishedArticle('fa', story.id);
    expect(reader?.image).toMatchObject({ alt: 'نقشهٔ منطقه', caption: 'زیرنویس دوم', credit: '' });
  });

  it("an editor's stale save: refused as a conflict, with its upload removed and nothing invalidated", async () => {
    const story = await publishedStory();
    const before = await stateOf(story.id);
    revalidated.length = 0;
    team.as('faEditor');
    const editable = (await getEditableArticle('fa', story.id))!;
    const result = await saveArticle(
      'fa',
      story.id,
      form('fa', { slug: editable.slug, baseVersion: story.version - 1, image: await upload(), imageAlt: 'متن جایگزین کهنه', imageCredit: 'دیگری' }),
    );
    expect(result).toMatchObject({ kind: 'conflict', version: story.version });
    expect(await stateOf(story.id)).toEqual(before);
    expect(revalidated).toEqual([]);
  });

  it('keeping an image without alt text is refused field by field, and changes nothing', async () => {
    const story = await publishedStory();
    const before = await stateOf(story.id);
    team.as('faEditor');
    const editable = (await getEditableArticle('fa', story.id))!;
    const result = await saveArticle('fa', story.id, form('fa', { slug: editable.slug, baseVersion: story.version, imageAlt: '' }));
    expect(result).toEqual({ kind: 'invalid', errors: { imageAlt: { key: 'altRequired' } } });
    expect(await stateOf(story.id)).toEqual(before);
  });
});

describe('each article owns the words of its image', () => {
  it("a translation copies the source's image words; saving the translation changes nothing of the source", async () => {
    const db = getDb();
    const [source] = await db
      .select({ id: articles.id, alt: articles.leadImageAlt, caption: articles.leadImageCaption })
      .from(articles)
      .where(and(eq(articles.service, 'bs'), eq(articles.status, 'published'), isNotNull(articles.leadImageId)))
      .limit(1);
    team.as('bsFaEditor');
    const translation = await createTranslationDraft('bs', source.id, 'fa');
    expect(translation.kind).toBe('created');
    const translationId = (translation as { id: number }).id;
    created.push(translationId);
    const sourceBefore = await stateOf(source.id);
    const readerBefore = await getPublishedArticle('bs', source.id);
    expect(readerBefore?.image?.alt).toBe(source.alt);
    revalidated.length = 0;
    const draft = (await getEditableArticle('fa', translationId))!;
    expect(draft.image).toMatchObject({ id: readerBefore!.image!.id, alt: source.alt, caption: source.caption });

    // The fa editor has no rights in bs: their save of the fa version must not reach the bs story.
    team.as('faEditor');
    saved(
      await saveArticle(
        'fa',
        translationId,
        form('fa', { slug: draft.slug, baseVersion: draft.version, imageAlt: 'متن جایگزین فارسی', imageCaption: 'زیرنویس فارسی' }),
      ),
    );
    expect((await getEditableArticle('fa', translationId))!.image).toMatchObject({ alt: 'متن جایگزین فارسی', caption: 'زیرنویس فارسی' });
    const sourceAfter = await stateOf(source.id);
    expect(sourceAfter.article).toEqual(sourceBefore.article);
    expect(sourceAfter.revisions).toEqual(sourceBefore.revisions);
    expect(await getPublishedArticle('bs', source.id)).toEqual(readerBefore);
    expect(revalidated.filter((tag) => tag.includes('bs') || tag === `article:${source.id}`)).toEqual([]);
  });

  it('restoring a revision brings back its image words', async () => {
    const story = await publishedStory();
    team.as('faEditor');
    const editable = (await getEditableArticle('fa', story.id))!;
    const changed = saved(
      await saveArticle('fa', story.id, form('fa', { slug: editable.slug, baseVersion: story.version, imageAlt: 'متن جایگزین تازه' })),
    );
    saved(await restoreRevision('fa', story.id, 1, changed.version));
    expect((await getEditableArticle('fa', story.id))!.image).toMatchObject({ alt: 'نقشهٔ منطقه', caption: 'زیرنویس', credit: 'عکاس' });
    expect((await getPublishedArticle('fa', story.id))!.image).toMatchObject({ alt: 'نقشهٔ منطقه', caption: 'زیرنویس', credit: 'عکاس' });
  });
});
