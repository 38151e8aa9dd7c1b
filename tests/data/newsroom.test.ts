import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedArticle, getPublishedTranslations, searchArticles } from '@/db/access/articles';
import { listAuditEntries } from '@/db/access/newsroom/audit';
import { getAuth } from '@/db/access/newsroom/auth';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { addBreakingItem, endBreakingItem, listDeskItems } from '@/db/access/newsroom/breaking-desk';
import { tags } from '@/db/access/cache-tags';
import { getDb } from '@/db/access/connection';
import { createTranslationDraft } from '@/db/access/newsroom/translations';
import { getArticlePreview, listRevisions, restoreRevision } from '@/db/access/newsroom/revisions';
import { getEditableArticle, listServiceArticles } from '@/db/access/newsroom/article-read';
import { publishArticle, publishDueArticles, scheduleArticle, unpublishArticle } from '@/db/access/newsroom/article-lifecycle';
import { saveArticle } from '@/db/access/newsroom/article-save';
import type { SaveResult } from '@/lib/newsroom/types';
import { locateArticle } from '@/db/access/route-facts';
import { AccessDenied, getCurrentStaff, requireStaff } from '@/db/access/newsroom/session';
import { articles, breakingItems } from '@/db/schema';
import type { ServiceCode } from '@/i18n/services';
import { actAs } from '@/tests/support/next-headers';
import { revalidated } from '@/tests/support/recording-cache';
import { articleInput, bylinesOf, createStaff, loadBylines, saved, testRun, TEST_PASSWORD, type AccountSpec } from '@/tests/support/newsroom-data';

// The newsroom's data layer on the seeded database: real accounts, real Better Auth sessions (the
// cookie reaches the data layer through the next/headers stub), and the public reads that show
// what the newsroom did.

vi.mock('next/cache', () => import('@/tests/support/recording-cache'));

const run = testRun;
const PASSWORD = TEST_PASSWORD;

const accounts = {
  faReporter: { name: 'گزارشگر آزمون', role: 'reporter', services: ['fa'], language: 'fa' },
  faEditor: { name: 'ویراستار آزمون', role: 'editor', services: ['fa'], language: 'fa' },
  huEditor: { name: 'Teszt Szerkesztő', role: 'editor', services: ['hu'], language: 'hu' },
  deskEditor: { name: 'Desk Editor fa+hy', role: 'editor', services: ['fa', 'hy'], language: 'en' },
  admin: { name: 'Test Admin', role: 'admin', services: [], language: 'en' },
} satisfies Record<string, AccountSpec>;
type Who = keyof typeof accounts;

let team: Awaited<ReturnType<typeof createStaff<Who>>>;
const emailOf = (who: Who) => team.emailOf(who);
const as = (who: Who | null) => team.as(who);

const created: number[] = [];
const createdBreaking: number[] = [];

let counter = 0;
/** A new draft in a service (as whoever is acting), with a unique slug and searchable word. */
async function newDraft(service: ServiceCode, label: string): Promise<{ id: number; word: string; slug: string }> {
  counter += 1;
  const word = `zq${run}w${counter}`;
  const slug = `newsroom-test-${run}-${counter}`;
  const result = await saveArticle(service, null, articleInput(service, { headline: `${label} ${counter}`, body: `متن آزمایشی با واژهٔ ${word} برای جست‌وجو.`, slug }));
  expect(result).toMatchObject({ kind: 'saved', version: 1 });
  const id = (result as Extract<SaveResult, { kind: 'saved' }>).id;
  created.push(id);
  return { id, word, slug };
}

async function statusOf(id: number) {
  const [row] = await getDb().select({ status: articles.status, publishedAt: articles.publishedAt, version: articles.version }).from(articles).where(eq(articles.id, id));
  return row;
}

beforeAll(async () => {
  team = await createStaff('newsroom', accounts);
  await loadBylines(['fa', 'hy', 'hu']);
});

beforeEach(() => {
  actAs(null);
  revalidated.length = 0;
});

afterAll(async () => {
  actAs(null);
  // The other data tests read every service's front page: take our stories and banners away.
  const db = getDb();
  if (created.length) await db.delete(articles).where(inArray(articles.id, created));
  if (createdBreaking.length) await db.update(breakingItems).set({ expiresAt: new Date() }).where(inArray(breakingItems.id, createdBreaking));
});

describe('sessions', () => {
  it('sign-in gives a session cookie that getCurrentStaff reads back as the member', async () => {
    for (const who of Object.keys(accounts) as Who[]) {
      as(who);
      const staff = await getCurrentStaff();
      expect(staff).toMatchObject({ id: team.ids[who], email: emailOf(who), name: accounts[who].name, role: accounts[who].role });
    }
  });

  it('getCurrentStaff follows the cookie of each call: React cache() does not memoize outside a request', async () => {
    as('faEditor');
    expect((await getCurrentStaff())?.email).toBe(emailOf('faEditor'));
    as('huEditor');
    expect((await getCurrentStaff())?.email).toBe(emailOf('huEditor'));
    as(null);
    expect(await getCurrentStaff()).toBeNull();
    as('faReporter');
    expect((await getCurrentStaff())?.role).toBe('reporter');
  });

  it('a forged or tampered cookie is nobody', async () => {
    actAs(`better-auth.session_token=${run}.forged`);
    expect(await getCurrentStaff()).toBeNull();
    const [name, value] = team.cookies.faEditor.split(';')[0].split('=');
    actAs(`${name}=${value.slice(0, -4)}AAAA`);
    expect(await getCurrentStaff()).toBeNull();
  });

  it('a wrong password gives no session', async () => {
    await expect(getAuth().api.signInEmail({ body: { email: emailOf('faEditor'), password: `wrong-password-${run}` } })).rejects.toThrow();
    await expect(getAuth().api.signInEmail({ body: { email: `nobody.${run}@polyphony.invalid`, password: PASSWORD } })).rejects.toThrow();
  });

  it('an admin account lists no services but requireStaff lets it work in any', async () => {
    as('admin');
    expect((await getCurrentStaff())?.services).toEqual([]);
    for (const service of ['fa', 'hy', 'uz', 'fa-AF']) await expect(requireStaff('publish', service)).resolves.toMatchObject({ role: 'admin' });
    await expect(requireStaff('staff')).resolves.toMatchObject({ role: 'admin' });
  });
});

describe('access', () => {
  it('refuses an anonymous request with AccessDenied("signed-out")', async () => {
    const input = articleInput('fa', { headline: 'بی‌نام', body: 'متن', slug: `anonymous-${run}` });
    for (const call of [
      () => saveArticle('fa', null, input),
      () => listServiceArticles('fa', { page: 1 }),
      () => publishArticle('fa', 1),
      () => listRevisions('fa', 1),
      () => listAuditEntries(),
      () => listDeskItems('fa'),
    ]) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AccessDenied);
      expect((error as AccessDenied).reason).toBe('signed-out');
    }
    const [row] = await getDb().select({ id: articles.id }).from(articles).where(and(eq(articles.service, 'fa'), eq(articles.slug, `anonymous-${run}`)));
    expect(row).toBeUndefined();
  });

  it('refuses a hu editor in fa with AccessDenied("forbidden"), and lets them work in hu', async () => {
    as('huEditor');
    const input = articleInput('fa', { headline: 'Nem ide', body: 'Szöveg', slug: `wrong-service-${run}` });
    await expect(saveArticle('fa', null, input)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(saveArticle('fa', null, input)).rejects.toBeInstanceOf(AccessDenied);
    await expect(listServiceArticles('fa', { page: 1 })).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(publishArticle('fa', 1)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(listDeskItems('fa')).rejects.toMatchObject({ reason: 'forbidden' });
    const hu = await listServiceArticles('hu', { page: 1 });
    expect(hu.total).toBeGreaterThan(0);
    expect(hu.items.length).toBeGreaterThan(0);
  });

  it('refuses an fa reporter in hy', async () => {
    as('faReporter');
    await expect(saveArticle('hy', null, articleInput('hy', { headline: 'Ոչ այստեղ', body: 'Տեքստ', slug: `wrong-hy-${run}` }))).rejects.toMatchObject({ reason: 'forbidden' });
  });

  it('refuses bylines of another service’s authors with a field error', async () => {
    as('faEditor');
    const input = articleInput('fa', { headline: 'نویسندهٔ دیگر', body: 'متن', slug: `foreign-byline-${run}` });
    expect(await saveArticle('fa', null, { ...input, bylines: bylinesOf('hu').slice(0, 1) })).toEqual({ kind: 'invalid', errors: { bylines: { key: 'bylineRequired' } } });
  });

  it('refuses a slug already used in the service', async () => {
    as('faEditor');
    const first = await newDraft('fa', 'نشانی تکراری');
    const again = await saveArticle('fa', null, articleInput('fa', { headline: 'دوباره', body: 'متن', slug: first.slug }));
    expect(again).toEqual({ kind: 'invalid', errors: { slug: { key: 'slugTaken' } } });
  });
});

describe('the article lifecycle', () => {
  it('a reporter saves and edits a draft but may not publish, schedule, unpublish or run breaking news', async () => {
    as('faReporter');
    const { id } = await newDraft('fa', 'پیش‌نویس گزارشگر');
    const second = saved(await saveArticle('fa', id, articleInput('fa', { headline: 'پیش‌نویس ویرایش‌شده', body: 'متن تازه', slug: `reporter-edit-${run}`, baseVersion: 1 })));
    expect(second.version).toBe(2);
    await expect(publishArticle('fa', id)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(scheduleArticle('fa', id, new Date(Date.now() + 3_600_000))).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(unpublishArticle('fa', id)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(addBreakingItem('fa', { text: 'نه', link: '', minutes: 15 })).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(listAuditEntries()).rejects.toMatchObject({ reason: 'forbidden' });
    expect((await statusOf(id)).status).toBe('draft');
    expect(await getPublishedArticle('fa', id)).toBeNull();
    // A reporter may not put a correction on a new story either.
    await expect(saveArticle('fa', null, articleInput('fa', { headline: 'اصلاحیه', body: 'متن', slug: `reporter-correction-${run}`, correction: 'اصلاح شد' }))).rejects.toMatchObject({
      reason: 'forbidden',
    });
  });

  it('an editor publishes: before, the public reads do not show it; after, they do', async () => {
    as('faEditor');
    const { id, word, slug } = await newDraft('fa', 'خبر منتشرشده');
    expect(await getPublishedArticle('fa', id)).toBeNull();
    expect((await searchArticles('fa', word, 1)).hits).toEqual([]);
    expect(await locateArticle(id)).toMatchObject({ status: 'draft' });

    expect(await publishArticle('fa', id)).toEqual({ kind: 'done' });

    const article = await getPublishedArticle('fa', id);
    expect(article).toMatchObject({ id, service: 'fa', slug, section: 'news' });
    expect(article!.bylines.length).toBe(2);
    expect(article!.publishedAt).toBeInstanceOf(Date);
    expect((await searchArticles('fa', word, 1)).hits.map((h) => h.id)).toEqual([id]);
    // The proxy's per-process facts and the page caches were told.
    expect(await locateArticle(id)).toMatchObject({ status: 'published' });
    expect(revalidated).toEqual(expect.arrayContaining([tags.article(id), tags.service('fa'), tags.section('fa', 'news')]));
    // Other services' pages are not expired.
    expect(revalidated.filter((t) => t.startsWith('service:'))).toEqual(['service:fa']);

    const listed = await listServiceArticles('fa', { status: 'published', headline: 'خبر منتشرشده', page: 1 });
    expect(listed.items.map((i) => i.id)).toContain(id);

    // What is public is the editors' to change: the reporter is refused, the editor is not.
    const current = (await statusOf(id)).version;
    as('faReporter');
    await expect(saveArticle('fa', id, articleInput('fa', { headline: 'دست‌کاری', body: 'متن', slug, baseVersion: current }))).rejects.toMatchObject({ reason: 'forbidden' });
    as('faEditor');
    saved(await saveArticle('fa', id, articleInput('fa', { headline: 'خبر منتشرشده، به‌روز', body: `متن به‌روز ${word}`, slug, baseVersion: current })));
    expect((await getPublishedArticle('fa', id))?.headline).toBe('خبر منتشرشده، به‌روز');
    expect((await getPublishedArticle('fa', id))?.updatedAt).toBeInstanceOf(Date);
  });

  it('of two saves from the same version, the second is a conflict and the first’s text stays', async () => {
    as('faEditor');
    const { id, slug } = await newDraft('fa', 'ویرایش هم‌زمان');
    const first = saved(await saveArticle('fa', id, articleInput('fa', { headline: 'نسخهٔ اول', body: 'متن نخستین ویراستار', slug, baseVersion: 1 })));
    expect(first.version).toBe(2);
    as('deskEditor');
    const second = await saveArticle('fa', id, articleInput('fa', { headline: 'نسخهٔ دوم', body: 'متن ویراستار دوم', slug, baseVersion: 1 }));
    expect(second).toMatchObject({ kind: 'conflict', version: 2, savedByName: accounts.faEditor.name });
    expect((second as Extract<SaveResult, { kind: 'conflict' }>).savedAt).toBeInstanceOf(Date);
    const stored = await getEditableArticle('fa', id);
    expect(stored).toMatchObject({ version: 2, headline: 'نسخهٔ اول', body: 'متن نخستین ویراستار' });
  });

  it('of two saves from the same version at the same moment, exactly one wins', async () => {
    as('faEditor');
    const { id, slug } = await newDraft('fa', 'مسابقه');
    const results = await Promise.all(
      ['الف', 'ب'].map((who) => saveArticle('fa', id, articleInput('fa', { headline: `نسخهٔ ${who}`, body: `متن ${who}`, slug, baseVersion: 1 }))),
    );
    expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'saved']);
    const winner = results.findIndex((r) => r.kind === 'saved');
    expect((await getEditableArticle('fa', id))?.body).toBe(`متن ${['الف', 'ب'][winner]}`);
    expect(await listRevisions('fa', id)).toHaveLength(2);
  });

  it('keeps one revision per save, and restoring an old one saves its text as a new version', async () => {
    as('faEditor');
    const { id, slug } = await newDraft('fa', 'بازبینی');
    const v1 = (await getEditableArticle('fa', id))!.body;
    saved(await saveArticle('fa', id, articleInput('fa', { headline: 'بازبینی دوم', body: 'متن نسخهٔ دوم', slug, baseVersion: 1 })));
    as('deskEditor');
    saved(await saveArticle('fa', id, articleInput('fa', { headline: 'بازبینی سوم', body: 'متن نسخهٔ سوم', slug, baseVersion: 2 })));

    const revisions = await listRevisions('fa', id);
    expect(revisions.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(revisions.map((r) => r.savedByName)).toEqual([accounts.deskEditor.name, accounts.faEditor.name, accounts.faEditor.name]);

    // Restoring from a stale version is a conflict like any save.
    expect(await restoreRevision('fa', id, 1, 2)).toMatchObject({ kind: 'conflict', version: 3 });
    const restored = saved(await restoreRevision('fa', id, 1, 3));
    expect(restored.version).toBe(4);
    expect(await getEditableArticle('fa', id)).toMatchObject({ version: 4, body: v1 });
    expect((await listRevisions('fa', id)).map((r) => r.version)).toEqual([4, 3, 2, 1]);
    expect(await restoreRevision('fa', id, 99, 4)).toEqual({ kind: 'invalid', errors: { form: { key: 'notFound' } } });

    // The preview shows the current text, or any revision's.
    expect((await getArticlePreview('fa', id))?.article.body).toBe(v1);
    expect((await getArticlePreview('fa', id, 3))?.article.body).toBe('متن نسخهٔ سوم');
    expect(await getArticlePreview('fa', id, 99)).toBeNull();
    // Another service's staff cannot read them.
    as('huEditor');
    await expect(listRevisions('fa', id)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(getArticlePreview('fa', id)).rejects.toMatchObject({ reason: 'forbidden' });
  });

  it('a story scheduled for a time already past is not public until the clock publishes what is due', async () => {
    as('faEditor');
    const { id } = await newDraft('fa', 'زمان‌بندی');
    const at = new Date(Date.now() - 60_000);
    expect(await scheduleArticle('fa', id, at)).toEqual({ kind: 'done' });
    expect(await statusOf(id)).toMatchObject({ status: 'scheduled', publishedAt: at });
    expect(await getPublishedArticle('fa', id)).toBeNull();
    expect(await locateArticle(id)).toMatchObject({ status: 'scheduled' });

    revalidated.length = 0;
    const due = await publishDueArticles(new Date());
    expect(due).toContain(id);
    expect(revalidated).toContain(tags.article(id));
    expect(await getPublishedArticle('fa', id)).toMatchObject({ id, publishedAt: at });
    expect(await locateArticle(id)).toMatchObject({ status: 'published' });
    // Done once: the next tick has nothing more of it.
    expect(await publishDueArticles(new Date())).not.toContain(id);
  });

  it('a story scheduled for later waits, and taking it back makes it a draft again', async () => {
    as('faEditor');
    const { id } = await newDraft('fa', 'زمان‌بندی آینده');
    expect(await scheduleArticle('fa', id, new Date(Date.now() + 3_600_000))).toEqual({ kind: 'done' });
    expect(await publishDueArticles(new Date())).not.toContain(id);
    expect(await getPublishedArticle('fa', id)).toBeNull();
    expect(await unpublishArticle('fa', id)).toEqual({ kind: 'done' });
    expect(await statusOf(id)).toMatchObject({ status: 'draft', publishedAt: null });
  });

  it('unpublishing takes a story off the public site, and the audit log names who did what', async () => {
    as('faEditor');
    const { id, word } = await newDraft('fa', 'پس‌گرفتن');
    expect(await publishArticle('fa', id)).toEqual({ kind: 'done' });
    expect(await getPublishedArticle('fa', id)).not.toBeNull();
    const firstPublished = (await statusOf(id)).publishedAt;
    expect(await unpublishArticle('fa', id)).toEqual({ kind: 'done' });
    expect(await getPublishedArticle('fa', id)).toBeNull();
    expect((await searchArticles('fa', word, 1)).hits).toEqual([]);
    expect(await locateArticle(id)).toMatchObject({ status: 'unpublished' });
    expect((await statusOf(id)).status).toBe('unpublished');
    // Unpublishing twice has nothing to do.
    expect(await unpublishArticle('fa', id)).toEqual({ kind: 'invalid', errors: { form: { key: 'notFound' } } });

    const entries = (await listAuditEntries()).filter((e) => e.articleId === id);
    expect(entries.map((e) => e.action)).toEqual(['unpublish', 'publish']);
    for (const e of entries) expect(e).toMatchObject({ staffName: accounts.faEditor.name, staffId: team.ids.faEditor, service: 'fa' });

    // Published again, it keeps its first publication time.
    expect(await publishArticle('fa', id)).toEqual({ kind: 'done' });
    expect((await getPublishedArticle('fa', id))?.publishedAt).toEqual(firstPublished);

    // Editors of other services do not see fa's log; reporters see none.
    as('huEditor');
    expect((await listAuditEntries()).filter((e) => e.service === 'fa')).toEqual([]);
    as('admin');
    expect((await listAuditEntries()).some((e) => e.articleId === id && e.action === 'unpublish')).toBe(true);
  });

  it('a translation is a draft in the target service, listed publicly only once published', async () => {
    as('deskEditor');
    const { id } = await newDraft('fa', 'داستان برای ترجمه');
    expect(await publishArticle('fa', id)).toEqual({ kind: 'done' });

    // An editor without the target service may not.
    as('faEditor');
    await expect(createTranslationDraft('fa', id, 'hy')).rejects.toMatchObject({ reason: 'forbidden' });

    as('deskEditor');
    const result = await createTranslationDraft('fa', id, 'hy');
    expect(result.kind).toBe('created');
    const draftId = (result as { id: number }).id;
    created.push(draftId);
    expect(await createTranslationDraft('fa', id, 'hy')).toEqual({ kind: 'exists', id: draftId });

    const source = (await getEditableArticle('fa', id))!;
    const group = source.translationGroup!;
    expect(group).toBeTruthy();
    const draft = (await getEditableArticle('hy', draftId))!;
    expect(draft).toMatchObject({ service: 'hy', status: 'draft', headline: source.headline, body: source.body, translationGroup: group, authorIds: [] });
    expect(await getPublishedArticle('hy', draftId)).toBeNull();
    expect((await getPublishedTranslations(group)).map((t) => t.id)).toEqual([id]);

    // Without bylines it cannot be published: the translator signs it first.
    expect(await publishArticle('hy', draftId)).toEqual({ kind: 'invalid', errors: { bylines: { key: 'bylineRequired' } } });
    saved(await saveArticle('hy', draftId, articleInput('hy', { headline: 'Թարգմանված պատմություն', body: 'Հայերեն տեքստ', slug: draft.slug, baseVersion: draft.version })));
    expect(await publishArticle('hy', draftId)).toEqual({ kind: 'done' });
    expect(revalidated).toContain(tags.translations(group));

    const listed = await getPublishedTranslations(group);
    expect(listed.map((t) => [t.service, t.id])).toEqual([
      ['fa', id],
      ['hy', draftId],
    ]);
    expect((await getPublishedArticle('hy', draftId))?.translationGroup).toBe(group);
  });
});

describe('the breaking-news desk', () => {
  it('an editor puts an item live and ends it; both are in the audit log', async () => {
    as('faEditor');
    const text = `خبر فوری آزمایشی ${run}`;
    await addBreakingItem('fa', { text, link: '/fa/sections/news', minutes: 15 });
    expect(revalidated).toContain(tags.breaking('fa'));
    const live = await getLiveBreakingItem('fa');
    expect(live).toMatchObject({ text, link: '/fa/sections/news' });
    createdBreaking.push(live!.id);
    expect((await listDeskItems('fa')).map((i) => i.id)).toContain(live!.id);

    expect(await endBreakingItem('fa', live!.id)).toBe(true);
    expect(await endBreakingItem('fa', live!.id)).toBe(false);
    expect((await getLiveBreakingItem('fa'))?.id).not.toBe(live!.id);

    const entries = (await listAuditEntries()).filter((e) => e.breakingItemId === live!.id);
    expect(entries.map((e) => [e.action, e.staffName])).toEqual([
      ['breaking_end', accounts.faEditor.name],
      ['breaking_add', accounts.faEditor.name],
    ]);
  });
});
