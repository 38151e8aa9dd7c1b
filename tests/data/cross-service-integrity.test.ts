import { and, eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/access/connection';
import { publishArticle, scheduleArticle, unpublishArticle } from '@/db/access/newsroom/article-lifecycle';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { addBreakingItem, editBreakingItem, endBreakingItem } from '@/db/access/newsroom/breaking-desk';
import { heartbeat, takeOver } from '@/db/access/newsroom/presence';
import { restoreRevision } from '@/db/access/newsroom/revisions';
import { AccessDenied } from '@/db/access/newsroom/session';
import { markSourceReviewed } from '@/db/access/newsroom/source-changes';
import { createTranslationDraft } from '@/db/access/newsroom/translations';
import { articles, breakingItems } from '@/db/schema';
import { serviceCodes, services, type ServiceCode } from '@/i18n/services';
import type { BreakingInput } from '@/lib/newsroom/forms';
import { revalidated } from '@/tests/support/recording-cache';
import { articleInput, createStaff, loadBylines, saved, testRun, type AccountSpec, type ArticleFormFields } from '@/tests/support/newsroom-data';
import { isServiceTag, serviceView, type ServiceView } from '@/tests/support/service-view';

// No save in one service changes anything another service shows. Every service in turn is the
// saving side: its editor (rights in that service only) works on a translation of another
// service's published story (its words, its image, its lifecycle, its revisions, its edit lock),
// writes a story and runs a breaking item of their own, and tries every write on the other
// service's story and banner by id. Before and after, everything the other service shows (the
// public reads of all its pages, feeds and sitemaps) and every record it keeps (rows, revisions,
// audit entries, breaking items, edit locks, image files) is compared byte for byte, and none of
// its cache tags may have been expired.
//
// The one place a service shows another's words is by design: an article page lists the
// story's published versions in other languages (headline and link). While the translation is
// published that list gains exactly its entry; once it is withdrawn, nothing differs.

vi.mock('next/cache', () => import('@/tests/support/recording-cache'));

/** The other service each service's editor works against: one fixed service, and another for it. */
const otherOf = (code: ServiceCode): ServiceCode => (code === 'bs' ? 'fa' : 'bs');
const others = [...new Set(serviceCodes.map(otherOf))];

const accounts: Record<string, AccountSpec> = {
  // Creates the translations: a translator needs rights in both services.
  desk: { name: 'Cross-service desk', role: 'editor', services: serviceCodes, language: 'en' },
  ...Object.fromEntries(serviceCodes.map((code) => [code, { name: `Editor ${code}`, role: 'editor', services: [code], language: code }])),
};
let team: Awaited<ReturnType<typeof createStaff<string>>>;
const stories = new Map<ServiceCode, { id: number; version: number }>();
const banners = new Map<ServiceCode, number>();
const createdArticles: number[] = [];
const createdItems: number[] = [];

async function upload(shade: number): Promise<File> {
  const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: { r: shade, g: 90, b: 160 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' });
}

const form = (code: ServiceCode, label: string, fields: Partial<ArticleFormFields> = {}) =>
  articleInput(code, { headline: `Cross-service ${label} ${code}`, body: `Cross-service check ${label}.`, slug: `cross-${label}-${testRun}`, ...fields });

const breaking = (text: string): BreakingInput => ({ text, link: '', minutes: 60 });

async function itemId(code: ServiceCode, text: string): Promise<number> {
  const [row] = await getDb()
    .select({ id: breakingItems.id })
    .from(breakingItems)
    .where(and(eq(breakingItems.service, code), eq(breakingItems.text, text)));
  createdItems.push(row.id);
  return row.id;
}

async function serviceArticleIds(code: ServiceCode): Promise<number[]> {
  return (await getDb().select({ id: articles.id }).from(articles).where(eq(articles.service, code))).map((r) => r.id);
}

/** The parts of a view that differ from another's. */
const differing = (a: ServiceView, b: ServiceView) => Object.keys({ ...a, ...b }).filter((part) => a[part] !== b[part]);

beforeAll(async () => {
  team = await createStaff('crossservice', accounts);
  await loadBylines(serviceCodes);
  // Each other service has a published story with an uploaded lead image and a live breaking item.
  team.as('desk');
  for (const code of others) {
    const story = saved(
      await saveArticle(code, null, form(code, 'source', { image: await upload(40), imageAlt: `Alt ${code}`, imageCaption: `Caption ${code}`, imageCredit: `Credit ${code}` })),
    );
    createdArticles.push(story.id);
    expect(await publishArticle(code, story.id)).toEqual({ kind: 'done' });
    stories.set(code, story);
    await addBreakingItem(code, breaking(`Cross-service banner ${code} ${testRun}`));
    banners.set(code, await itemId(code, `Cross-service banner ${code} ${testRun}`));
  }
}, 300_000);

afterAll(async () => {
  const db = getDb();
  if (createdArticles.length) await db.delete(articles).where(inArray(articles.id, createdArticles));
  if (createdItems.length) await db.delete(breakingItems).where(inArray(breakingItems.id, createdItems));
});

describe.each(services)('an editor of $code', ({ code }) => {
  it(`changes nothing that ${otherOf(code)} shows or keeps`, async () => {
    const other = otherOf(code);
    const story = stories.get(other)!;
    const banner = banners.get(other)!;
    const now = new Date();

    team.as('desk');
    const translation = await createTranslationDraft(other, story.id, code);
    expect(translation.kind).toBe('created');
    const id = translation.kind === 'created' ? translation.id : 0;
    createdArticles.push(id);
    const otherIds = await serviceArticleIds(other);
    const before = await serviceView(other, now);
    revalidated.length = 0;

    team.as(code);
    // The translation: its words, its image's words, a new image, published, corrected, restored.
    let draft = (await getEditableArticle(code, id))!;
    expect(draft.image?.id).toBe(JSON.parse(before[`article:${story.id}`]).image.id);
    const words = { slug: draft.slug, imageAlt: `Alt of ${code}`, imageCaption: `Caption of ${code}`, imageCredit: `Credit of ${code}` };
    let version = saved(await saveArticle(code, id, form(code, 'translation', { ...words, baseVersion: draft.version }))).version;
    version = saved(await saveArticle(code, id, form(code, 'translation', { ...words, baseVersion: version, image: await upload(200) }))).version;
    expect(await publishArticle(code, id)).toEqual({ kind: 'done' });

    const published = await serviceView(other, now);
    expect(differing(before, published)).toEqual([`translations:${story.id}`]);
    const listed = JSON.parse(published[`translations:${story.id}`]) as { service: string; id: number }[];
    expect(listed.filter((t) => t.service !== code)).toEqual(JSON.parse(before[`translations:${story.id}`]));
    expect(listed.filter((t) => t.service === code).map((t) => t.id)).toEqual([id]);

    version = saved(await saveArticle(code, id, form(code, 'translation', { ...words, baseVersion: version, correction: `Correction ${code}` }))).version;
    saved(await restoreRevision(code, id, 1, version));
    draft = (await getEditableArticle(code, id))!;
    expect(draft.image?.id).toBe(JSON.parse(before[`article:${story.id}`]).image.id);
    expect(await heartbeat(code, id)).not.toBeNull();
    expect(await takeOver(code, id)).not.toBeNull();
    expect(await markSourceReviewed(code, id, story.version)).toEqual({ kind: 'reviewed' });

    // A story and a breaking item of their own.
    const own = saved(await saveArticle(code, null, form(code, 'own')));
    createdArticles.push(own.id);
    expect(await scheduleArticle(code, own.id, new Date(now.getTime() + 3600_000))).toEqual({ kind: 'done' });
    expect(await unpublishArticle(code, own.id)).toEqual({ kind: 'done' });
    const text = `Own banner ${code} ${testRun}`;
    await addBreakingItem(code, breaking(text));
    const item = await itemId(code, text);
    expect(await editBreakingItem(code, item, breaking(`${text} (edited)`))).toBe(true);
    expect(await endBreakingItem(code, item)).toBe(true);

    // The other service's story and banner, by id, through this service's desk and directly.
    const notFound = { kind: 'invalid', errors: { form: { key: 'notFound' } } };
    expect(await saveArticle(code, story.id, form(code, 'smuggled', { baseVersion: story.version }))).toEqual(notFound);
    await expect(saveArticle(other, story.id, form(other, 'smuggled', { baseVersion: story.version }))).rejects.toBeInstanceOf(AccessDenied);
    expect(await publishArticle(code, story.id)).toEqual(notFound);
    expect(await unpublishArticle(code, story.id)).toEqual(notFound);
    expect(await scheduleArticle(code, story.id, now)).toEqual(notFound);
    expect(await restoreRevision(code, story.id, 1, story.version)).toEqual(notFound);
    expect(await markSourceReviewed(code, story.id, story.version)).toEqual(notFound);
    expect(await heartbeat(code, story.id)).toBeNull();
    expect(await takeOver(code, story.id)).toBeNull();
    await expect(createTranslationDraft(code, id, other)).rejects.toBeInstanceOf(AccessDenied);
    expect(await editBreakingItem(code, banner, breaking('Smuggled banner'))).toBe(false);
    expect(await endBreakingItem(code, banner)).toBe(false);
    await expect(endBreakingItem(other, banner)).rejects.toBeInstanceOf(AccessDenied);
    await expect(addBreakingItem(other, breaking('Smuggled banner'))).rejects.toBeInstanceOf(AccessDenied);

    expect(await unpublishArticle(code, id)).toEqual({ kind: 'done' });
    const after = await serviceView(other, now);
    expect(differing(before, after)).toEqual([]);
    expect(after).toEqual(before);
    expect(revalidated.filter((tag) => isServiceTag(other, otherIds, tag))).toEqual([]);
  });
});
