import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedArticle } from '@/db/access/articles';
import { getDb } from '@/db/access/connection';
import { publishArticle } from '@/db/access/newsroom/article-lifecycle';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { getRevision } from '@/db/access/newsroom/revisions';
import { AccessDenied } from '@/db/access/newsroom/session';
import { getSourceChanges, markSourceReviewed } from '@/db/access/newsroom/source-changes';
import { createTranslationDraft } from '@/db/access/newsroom/translations';
import { articles, auditLog, sections } from '@/db/schema';
import { articleInput, createStaff, loadBylines, saved, testRun, type AccountSpec } from '@/tests/support/newsroom-data';

// Stale translations: once a source is saved past the version its translation follows, the
// translation's members see the source's words then and now until one of them marks it
// reviewed. Rights are those of the translation's service; readers see nothing of it.

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({
  cacheLife() {},
  cacheTag() {},
  revalidateTag(tag: string) {
    revalidated.push(tag);
  },
}));

const accounts = {
  // Writes the Russian sources and makes their Kazakh translations.
  translator: { name: 'Переводчик ru+kk', role: 'editor', services: ['ru', 'kk'], language: 'ru' },
  kkReporter: { name: 'Тілші kk', role: 'reporter', services: ['kk'], language: 'kk' },
  kkEditor: { name: 'Редактор kk', role: 'editor', services: ['kk'], language: 'kk' },
  ruEditor: { name: 'Редактор ru', role: 'editor', services: ['ru'], language: 'ru' },
  bgEditor: { name: 'Редактор bg', role: 'editor', services: ['bg'], language: 'bg' },
} satisfies Record<string, AccountSpec>;
type Who = keyof typeof accounts;
let team: Awaited<ReturnType<typeof createStaff<Who>>>;
const created: number[] = [];

let counter = 0;
const slugOf = () => `stale-${testRun}-${(counter += 1)}`;

/** A Russian source (version 1) and its Kazakh translation draft, made by the translator. */
async function sourceAndTranslation(body = 'Мэр открыл новый мост через реку.') {
  team.as('translator');
  const source = saved(await saveArticle('ru', null, articleInput('ru', { headline: 'Новый мост', body, slug: slugOf() })));
  created.push(source.id);
  const translation = await translateIntoKk(source.id);
  return { sourceId: source.id, translationId: translation };
}

async function translateIntoKk(sourceId: number): Promise<number> {
  team.as('translator');
  const result = await createTranslationDraft('ru', sourceId, 'kk');
  expect(result.kind).toBe('created');
  const id = (result as { id: number }).id;
  created.push(id);
  return id;
}

/** Saves the source again with a new body (as the translator, who has rights in ru). */
async function editSource(id: number, body: string, headline = 'Новый мост') {
  team.as('translator');
  const current = (await getEditableArticle('ru', id))!;
  return saved(await saveArticle('ru', id, articleInput('ru', { headline, body, slug: current.slug, baseVersion: current.version })));
}

async function followed(id: number) {
  const [row] = await getDb()
    .select({ version: articles.version, followed: articles.translatedFromVersion, modifiedAt: articles.modifiedAt, body: articles.body })
    .from(articles)
    .where(eq(articles.id, id));
  return row;
}

const reviewEntries = (articleId: number) =>
  getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'translation_reviewed'), eq(auditLog.articleId, articleId)));

beforeAll(async () => {
  team = await createStaff('stale', accounts);
  await loadBylines(['ru', 'kk']);
});

beforeEach(() => {
  team.as(null);
  revalidated.length = 0;
});

afterAll(async () => {
  if (created.length) await getDb().delete(articles).where(inArray(articles.id, created));
});

describe('the flag', () => {
  it('is absent while the source stays at the version translated, whatever the translation does', async () => {
    const { translationId } = await sourceAndTranslation();
    team.as('kkReporter');
    expect(await getSourceChanges('kk', [translationId])).toEqual([]);
    const draft = (await getEditableArticle('kk', translationId))!;
    saved(await saveArticle('kk', translationId, articleInput('kk', { headline: 'Жаңа көпір', body: 'Әкім жаңа көпір ашты.', slug: draft.slug, baseVersion: draft.version })));
    expect(await getSourceChanges('kk', [translationId])).toEqual([]);
  });

  it("appears after a source save, with the source's words then and now, for a member without rights in the source's service", async () => {
    const { sourceId, translationId } = await sourceAndTranslation('Мэр открыл новый мост через реку.');
    await editSource(sourceId, 'Мэр открыл второй мост через реку.', 'Второй мост');
    team.as('kkReporter');
    // The reporter may not read the source's history in its own service…
    await expect(getRevision('ru', sourceId, 2)).rejects.toBeInstanceOf(AccessDenied);
    // …but learns what changed in the text they translated from.
    const [change] = await getSourceChanges('kk', [translationId]);
    expect(change).toMatchObject({
      translationId,
      source: { service: 'ru', id: sourceId, headline: 'Второй мост' },
      fromVersion: 1,
      toVersion: 2,
      before: { version: 1, headline: 'Новый мост', body: 'Мэр открыл новый мост через реку.' },
      after: { version: 2, headline: 'Второй мост', body: 'Мэр открыл второй мост через реку.' },
    });
  });

  it('is listed only for the flagged articles among those asked about', async () => {
    const stale = await sourceAndTranslation();
    const fresh = await sourceAndTranslation();
    await editSource(stale.sourceId, 'Мост закрыли на ремонт.');
    team.as('kkEditor');
    const changes = await getSourceChanges('kk', [stale.translationId, fresh.translationId, fresh.sourceId]);
    expect(changes.map((c) => c.translationId)).toEqual([stale.translationId]);
  });

  it("compares a seeded source's first version (which no save recorded) from the words the translation copied", async () => {
    // A story as the seed writes it: version 1, no revision.
    const [section] = await getDb()
      .select({ id: sections.id })
      .from(sections)
      .where(and(eq(sections.service, 'ru'), eq(sections.slug, 'news')));
    const [{ id: sourceId }] = await getDb()
      .insert(articles)
      .values({ service: 'ru', slug: slugOf(), sectionId: section.id, headline: 'Паводок', dek: 'Вода поднялась', body: 'Вода поднялась на метр.', status: 'draft' })
      .returning({ id: articles.id });
    created.push(sourceId);
    const translationId = await translateIntoKk(sourceId);
    await editSource(sourceId, 'Вода поднялась на два метра.', 'Паводок');
    team.as('kkReporter');
    const [change] = await getSourceChanges('kk', [translationId]);
    expect(change.before).toMatchObject({ headline: 'Паводок', dek: 'Вода поднялась', body: 'Вода поднялась на метр.' });
    expect(change.after).toMatchObject({ version: 2, body: 'Вода поднялась на два метра.' });
  });

  it('is gone for good when the source is deleted', async () => {
    const { sourceId, translationId } = await sourceAndTranslation();
    await editSource(sourceId, 'Текст, который потом удалят.');
    const version = (await followed(sourceId)).version;
    await getDb().delete(articles).where(eq(articles.id, sourceId));
    team.as('kkEditor');
    expect(await getSourceChanges('kk', [translationId])).toEqual([]);
    expect(await markSourceReviewed('kk', translationId, version)).toEqual({ kind: 'invalid', errors: { form: { key: 'notFound' } } });
  });
});

describe('marking it reviewed', () => {
  it('clears the flag, records who did it, and comes back with the next source save', async () => {
    const { sourceId, translationId } = await sourceAndTranslation();
    await editSource(sourceId, 'Мост открыли досрочно.');
    team.as('kkReporter');
    expect(await markSourceReviewed('kk', translationId, 2)).toEqual({ kind: 'reviewed' });
    expect(await getSourceChanges('kk', [translationId])).toEqual([]);
    expect((await followed(translationId)).followed).toBe(2);
    const [entry] = await reviewEntries(translationId);
    expect(entry).toMatchObject({ staffId: team.ids.kkReporter, service: 'kk', detail: `ru #${sourceId}: v1 → v2` });
    await editSource(sourceId, 'Мост открыли досрочно, в пятницу.');
    const [again] = await getSourceChanges('kk', [translationId]);
    expect(again).toMatchObject({ fromVersion: 2, toVersion: 3, before: { body: 'Мост открыли досрочно.' } });
  });

  it('covers only the version the member was shown; a repeated or forged submission changes nothing', async () => {
    const { sourceId, translationId } = await sourceAndTranslation();
    await editSource(sourceId, 'Первая правка.');
    // Saved again while the member was reading the diff of version 2.
    await editSource(sourceId, 'Вторая правка.');
    team.as('kkEditor');
    expect(await markSourceReviewed('kk', translationId, 2)).toEqual({ kind: 'reviewed' });
    expect(await getSourceChanges('kk', [translationId])).toMatchObject([{ fromVersion: 2, toVersion: 3 }]);
    expect(await markSourceReviewed('kk', translationId, 2)).toEqual({ kind: 'reviewed' });
    expect(await markSourceReviewed('kk', translationId, 99)).toEqual({ kind: 'invalid', errors: { form: { key: 'notFound' } } });
    expect((await followed(translationId)).followed).toBe(2);
    expect(await reviewEntries(translationId)).toHaveLength(1);
  });

  it("changes nothing readers see: not the translation's text, version or last change, and no cached page", async () => {
    const { sourceId, translationId } = await sourceAndTranslation();
    team.as('kkEditor');
    const draft = (await getEditableArticle('kk', translationId))!;
    const kkForm = articleInput('kk', { headline: 'Жаңа көпір', body: 'Әкім көпір ашты.', slug: draft.slug, baseVersion: draft.version });
    saved(await saveArticle('kk', translationId, kkForm));
    expect(await publishArticle('kk', translationId)).toEqual({ kind: 'done' });
    await editSource(sourceId, 'Мост открыли для пешеходов.');
    const before = await followed(translationId);
    const page = await getPublishedArticle('kk', translationId);
    team.as('kkEditor');
    revalidated.length = 0;
    expect(await markSourceReviewed('kk', translationId, 2)).toEqual({ kind: 'reviewed' });
    const after = await followed(translationId);
    expect({ ...after, followed: before.followed }).toEqual(before);
    expect(revalidated).toEqual([]);
    expect(await getPublishedArticle('kk', translationId)).toEqual(page);
  });
});

describe('rights', () => {
  /** A published Kazakh translation whose source changed since. */
  async function publishedStaleTranslation() {
    const { sourceId, translationId } = await sourceAndTranslation();
    team.as('kkEditor');
    const draft = (await getEditableArticle('kk', translationId))!;
    saved(await saveArticle('kk', translationId, articleInput('kk', { headline: 'Көпір', body: 'Көпір ашылды.', slug: draft.slug, baseVersion: draft.version })));
    expect(await publishArticle('kk', translationId)).toEqual({ kind: 'done' });
    await editSource(sourceId, 'Мост открыли ночью.');
    return { sourceId, translationId };
  }

  it('a reporter sees the flag of a published translation but may not mark it reviewed; an editor may', async () => {
    const { translationId } = await publishedStaleTranslation();
    team.as('kkReporter');
    expect(await getSourceChanges('kk', [translationId])).toHaveLength(1);
    await expect(markSourceReviewed('kk', translationId, 2)).rejects.toMatchObject({ reason: 'forbidden' });
    expect((await followed(translationId)).followed).toBe(1);
    expect(await reviewEntries(translationId)).toEqual([]);
    team.as('kkEditor');
    expect(await markSourceReviewed('kk', translationId, 2)).toEqual({ kind: 'reviewed' });
    expect(await getSourceChanges('kk', [translationId])).toEqual([]);
  });

  it("members of another service, the source's service alone included, and anonymous visitors are refused", async () => {
    const { translationId } = await publishedStaleTranslation();
    for (const who of ['bgEditor', 'ruEditor'] as const) {
      team.as(who);
      await expect(getSourceChanges('kk', [translationId])).rejects.toMatchObject({ reason: 'forbidden' });
      await expect(markSourceReviewed('kk', translationId, 2)).rejects.toMatchObject({ reason: 'forbidden' });
    }
    team.as(null);
    await expect(getSourceChanges('kk', [translationId])).rejects.toMatchObject({ reason: 'signed-out' });
    await expect(markSourceReviewed('kk', translationId, 2)).rejects.toMatchObject({ reason: 'signed-out' });
    // A form naming the member's own service but another service's article finds nothing.
    team.as('bgEditor');
    expect(await getSourceChanges('bg', [translationId])).toEqual([]);
    expect(await markSourceReviewed('bg', translationId, 2)).toEqual({ kind: 'invalid', errors: { form: { key: 'notFound' } } });
    expect((await followed(translationId)).followed).toBe(1);
    expect(await reviewEntries(translationId)).toEqual([]);
  });
});
