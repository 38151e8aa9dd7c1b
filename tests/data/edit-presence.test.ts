import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/access/connection';
import { publishArticle } from '@/db/access/newsroom/article-lifecycle';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { getPresence, heartbeat, lockTakenFrom, takeOver } from '@/db/access/newsroom/presence';
import { AccessDenied } from '@/db/access/newsroom/session';
import { articleRevisions, articles, auditLog, editPresence } from '@/db/schema';
import { PRESENCE_TTL_MS } from '@/lib/newsroom/limits';
import { articleInput, createStaff, loadBylines, saved, testRun, type AccountSpec } from '@/tests/support/newsroom-data';

// Edit presence and the edit lock: who has an article open, who holds the lock, taking it over,
// the member it was taken from told and their save refused (nothing written), and locks that end
// by themselves when heartbeats stop (time is passed in as `now`).

vi.mock('next/cache', () => ({ cacheLife() {}, cacheTag() {}, revalidateTag() {} }));

const accounts = {
  first: { name: 'Ն. Պետրոսյան', role: 'editor', services: ['fa', 'hy'], language: 'hy' },
  second: { name: 'ویراستار دوم', role: 'editor', services: ['fa'], language: 'fa' },
  reporter: { name: 'گزارشگر حضور', role: 'reporter', services: ['fa'], language: 'fa' },
  huEditor: { name: 'Szerkesztő Hu', role: 'editor', services: ['hu'], language: 'hu' },
} satisfies Record<string, AccountSpec>;
type Who = keyof typeof accounts;
let team: Awaited<ReturnType<typeof createStaff<Who>>>;
const created: number[] = [];

let counter = 0;
/** A new fa draft written by `first`, version 1. */
async function draft(): Promise<number> {
  counter += 1;
  team.as('first');
  const result = saved(
    await saveArticle('fa', null, articleInput('fa', { headline: `حضور ${counter}`, body: 'متن نخست.', slug: `presence-${testRun}-${counter}` })),
  );
  created.push(result.id);
  return result.id;
}

/** A save of the article as it stands, with this body, by whoever acts. */
async function saveBody(id: number, body: string, baseVersion?: number) {
  const article = (await getEditableArticle('fa', id))!;
  return saveArticle('fa', id, articleInput('fa', { headline: article.headline, body, slug: article.slug, baseVersion: baseVersion ?? article.version }));
}

async function stored(id: number) {
  const db = getDb();
  const [article] = await db.select().from(articles).where(eq(articles.id, id));
  const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(asc(articleRevisions.version));
  return { article, revisions };
}

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/** First opens the article and holds the lock; second opens it 20 s later. */
async function bothOpen(id: number, t0: Date) {
  team.as('first');
  const first = await heartbeat('fa', id, t0);
  team.as('second');
  const second = await heartbeat('fa', id, at(t0, 20));
  return { first, second };
}

beforeAll(async () => {
  team = await createStaff('presence', accounts);
  await loadBylines(['fa']);
});

beforeEach(() => team.as(null));

afterAll(async () => {
  if (created.length) await getDb().delete(articles).where(inArray(articles.id, created));
});

describe('presence and the lock', () => {
  it('the first to open holds the lock; the second sees who is editing since when, and the first sees the second', async () => {
    const id = await draft();
    const t0 = new Date();
    const { first, second } = await bothOpen(id, t0);
    expect(first).toEqual({ holding: true, holder: null, takenOver: false, others: [], canTakeOver: false });
    expect(second).toEqual({
      holding: false,
      holder: { name: accounts.first.name, since: t0 },
      takenOver: false,
      others: [],
      canTakeOver: true,
    });
    team.as('first');
    expect(await heartbeat('fa', id, at(t0, 40))).toMatchObject({ holding: true, others: [{ name: accounts.second.name, since: at(t0, 20) }] });
    // The page's first render reads the same, without counting its reader as present.
    team.as('reporter');
    expect(await getPresence('fa', id, at(t0, 45))).toMatchObject({
      holding: false,
      holder: { name: accounts.first.name, since: t0 },
      others: [{ name: accounts.second.name }],
    });
    const rows = await getDb().select().from(editPresence).where(eq(editPresence.articleId, id));
    expect(rows.map((r) => r.staffId).sort()).toEqual([team.ids.first, team.ids.second].sort());
  });

  it('a take-over moves the lock, is audited, and the first is told on their next heartbeat', async () => {
    const id = await draft();
    const t0 = new Date();
    await bothOpen(id, t0);
    team.as('second');
    expect(await takeOver('fa', id, at(t0, 30))).toEqual({ holding: true, holder: null, takenOver: false, others: [{ name: accounts.first.name, since: t0 }], canTakeOver: false });
    const audit = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.articleId, id), eq(auditLog.action, 'take_over')));
    expect(audit).toMatchObject([{ staffId: team.ids.second, staffName: accounts.second.name, service: 'fa', detail: accounts.first.name }]);
    team.as('first');
    expect(await heartbeat('fa', id, at(t0, 40))).toEqual({
      holding: false,
      holder: { name: accounts.second.name, since: at(t0, 30) },
      takenOver: true,
      others: [],
      canTakeOver: true,
    });
    // Told again on every heartbeat while the taker holds the lock; the first may take it back.
    expect(await heartbeat('fa', id, at(t0, 60))).toMatchObject({ takenOver: true, holding: false });
    expect(await takeOver('fa', id, at(t0, 70))).toMatchObject({ holding: true, takenOver: false });
    team.as('second');
    expect(await heartbeat('fa', id, at(t0, 80))).toMatchObject({ holding: false, takenOver: true, holder: { name: accounts.first.name } });
  });

  it('a save by the member whose lock was taken over is refused and writes nothing; the taker saves', async () => {
    const id = await draft();
    const t0 = new Date();
    await bothOpen(id, t0);
    team.as('second');
    await takeOver('fa', id, at(t0, 30));
    const before = await stored(id);
    team.as('first');
    expect(await saveBody(id, 'متن ویراستار نخست که نباید ذخیره شود.')).toEqual({ kind: 'taken-over', name: accounts.second.name, since: at(t0, 30) });
    expect(await stored(id)).toEqual(before);
    team.as('second');
    expect(saved(await saveBody(id, 'متن ویراستار دوم.')).version).toBe(2);
    expect((await stored(id)).article.body).toBe('متن ویراستار دوم.');
  });

  it('the stale-version refusal stays the last line of defence: a member who takes the lock back still cannot save over a newer version', async () => {
    const id = await draft();
    const t0 = new Date();
    await bothOpen(id, t0);
    team.as('second');
    await takeOver('fa', id, at(t0, 30));
    saved(await saveBody(id, 'نسخهٔ دوم.'));
    team.as('first');
    await takeOver('fa', id, at(t0, 50));
    expect(await saveBody(id, 'بر پایهٔ نسخهٔ کهنه.', 1)).toMatchObject({ kind: 'conflict', version: 2, savedByName: accounts.second.name });
    expect((await stored(id)).article.body).toBe('نسخهٔ دوم.');
  });

  it('members who only have it open do not hold the lock and are not refused: the version check guards them', async () => {
    const id = await draft();
    const t0 = new Date();
    await bothOpen(id, t0);
    team.as('second');
    expect(saved(await saveBody(id, 'ذخیرهٔ خوانندهٔ دوم.')).version).toBe(2);
  });
});

describe('locks end by themselves', () => {
  it('without heartbeats for the time-out, the lock is free: the next member who beats takes it', async () => {
    const id = await draft();
    const t0 = new Date();
    await bothOpen(id, t0);
    team.as('second');
    // The first stopped beating at t0; the second keeps beating.
    expect(await heartbeat('fa', id, at(t0, PRESENCE_TTL_MS / 1000 - 1))).toMatchObject({ holding: false, holder: { name: accounts.first.name } });
    expect(await heartbeat('fa', id, at(t0, PRESENCE_TTL_MS / 1000 + 1))).toEqual({
      holding: true,
      holder: null,
      takenOver: false,
      others: [],
      canTakeOver: false,
    });
  });

  it('a taken-over lock whose taker stops beating is no longer held against the first, who takes it back', async () => {
    const id = await draft();
    const t0 = new Date();
    await bothOpen(id, t0);
    team.as('second');
    await takeOver('fa', id, at(t0, 30));
    const later = at(t0, 30 + PRESENCE_TTL_MS / 1000 + 1);
    expect(await lockTakenFrom(getDb(), id, team.ids.first, at(t0, 40))).toEqual({ name: accounts.second.name, since: at(t0, 30) });
    expect(await lockTakenFrom(getDb(), id, team.ids.first, later)).toBeNull();
    team.as('first');
    expect(await heartbeat('fa', id, later)).toEqual({ holding: true, holder: null, takenOver: false, others: [], canTakeOver: false });
  });
});

describe('rights', () => {
  it('staff of another service and anonymous visitors can neither see nor touch presence', async () => {
    const id = await draft();
    team.as('huEditor');
    for (const call of [getPresence, heartbeat, takeOver]) {
      const refusal = await call('fa', id).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AccessDenied);
      expect((refusal as AccessDenied).reason).toBe('forbidden');
    }
    team.as(null);
    for (const call of [getPresence, heartbeat, takeOver]) {
      const refusal = await call('fa', id).catch((error: unknown) => error);
      expect((refusal as AccessDenied).reason).toBe('signed-out');
    }
    expect(await getDb().select().from(editPresence).where(eq(editPresence.articleId, id))).toEqual([]);
  });

  it('an article of another service is not found through this one', async () => {
    const id = await draft();
    team.as('first');
    expect(await heartbeat('hy', id)).toBeNull();
    expect(await takeOver('hy', id)).toBeNull();
    expect(await getPresence('hy', id)).toBeNull();
  });

  it('a reporter may take over a draft, but not a published story they could not save; there they never hold the lock', async () => {
    const onDraft = await draft();
    const t0 = new Date();
    team.as('first');
    await heartbeat('fa', onDraft, t0);
    team.as('reporter');
    expect(await takeOver('fa', onDraft, at(t0, 10))).toMatchObject({ holding: true });

    const published = await draft();
    team.as('first');
    expect(await publishArticle('fa', published)).toEqual({ kind: 'done' });
    team.as('reporter');
    expect(await heartbeat('fa', published, t0)).toEqual({ holding: false, holder: null, takenOver: false, others: [], canTakeOver: false });
    team.as('first');
    expect(await heartbeat('fa', published, at(t0, 5))).toMatchObject({ holding: true, others: [{ name: accounts.reporter.name }] });
    team.as('reporter');
    expect(await heartbeat('fa', published, at(t0, 10))).toMatchObject({ holder: { name: accounts.first.name }, canTakeOver: false });
    await expect(takeOver('fa', published, at(t0, 15))).rejects.toBeInstanceOf(AccessDenied);
    team.as('first');
    expect(await heartbeat('fa', published, at(t0, 20))).toMatchObject({ holding: true, takenOver: false });
  });
});
