import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/access/connection';
import { listAuditEntries } from '@/db/access/newsroom/audit';
import { getCurrentStaff, requireStaff } from '@/db/access/newsroom/session';
import {
  changeOwnPassword,
  changeStaffAccess,
  getStaffMember,
  listStaff,
  resetStaffPassword,
  setStaffDisabled,
} from '@/db/access/newsroom/staff';
import { auditLog, session, user } from '@/db/schema';
import { changeMemberAccess, setMemberDisabled } from '@/db/staff/accounts';
import { serviceCodes } from '@/i18n/services';
import { MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import { actAs } from '@/tests/support/next-headers';
import { createStaff, signInCookie, TEST_PASSWORD, type AccountSpec } from '@/tests/support/newsroom-data';

// Staff management: admins change a member's role and services, disable and enable accounts and
// reset passwords; each change is audited in its transaction, a refused one changes nothing, and
// the last active admin can be neither demoted nor disabled, even by two admins at once.

const accounts = {
  admin: { name: 'Staff Admin', role: 'admin', services: [], language: 'en' },
  secondAdmin: { name: 'Second Admin', role: 'admin', services: [], language: 'ru' },
  member: { name: 'Ն. Պետրոսյան', role: 'reporter', services: ['hy'], language: 'hy' },
  editor: { name: 'ویراستار', role: 'editor', services: serviceCodes.filter((c) => c !== 'en'), language: 'fa' },
  ...Object.fromEntries(serviceCodes.map((code) => [`reporter-${code}`, { name: `Reporter ${code}`, role: 'reporter', services: [code], language: code }])),
} as Record<string, AccountSpec>;
let team: Awaited<ReturnType<typeof createStaff<string>>>;
/** Admins of other test files and the demo seed: set aside (disabled) here, so the admin count is this file's. */
let setAside: string[] = [];
const db = () => getDb();
const row = async (id: string) => (await db().select().from(user).where(eq(user.id, id)))[0];
const sessionsOf = async (id: string) => (await db().select().from(session).where(eq(session.userId, id))).length;
const auditOf = async (detail: string) =>
  db()
    .select()
    .from(auditLog)
    .where(inArray(auditLog.action, ['staff_change', 'staff_disable', 'staff_enable', 'staff_password_reset']))
    .then((rows) => rows.filter((r) => r.detail?.includes(detail)));

beforeAll(async () => {
  team = await createStaff('staff', accounts);
  const mine = Object.values(team.ids);
  const others = await db()
    .select({ id: user.id })
    .from(user)
    .where(and(eq(user.role, 'admin'), isNull(user.disabledAt)));
  setAside = others.map((o) => o.id).filter((id) => !mine.includes(id));
  if (setAside.length) await db().update(user).set({ disabledAt: new Date() }).where(inArray(user.id, setAside));
});

afterAll(async () => {
  if (setAside.length) await db().update(user).set({ disabledAt: null }).where(inArray(user.id, setAside));
  // This file's admins stay, disabled, so other files count their own.
  await db().update(user).set({ disabledAt: new Date() }).where(inArray(user.id, Object.values(team.ids)));
});

describe('who may manage staff', () => {
  it.each(serviceCodes)('a reporter or an editor of %s is refused every change, and nothing changes', async (code) => {
    const target = team.ids.member;
    const before = await row(target);
    for (const who of [`reporter-${code}`, 'editor']) {
      team.as(who);
      for (const attempt of [
        () => changeStaffAccess(target, { role: 'admin', services: [] }),
        () => setStaffDisabled(target, true),
        () => resetStaffPassword(target),
        () => getStaffMember(target),
        () => listStaff(),
      ])
        await expect(attempt(), who).rejects.toMatchObject({ reason: 'forbidden' });
    }
    team.as(null);
    await expect(changeStaffAccess(target, { role: 'admin', services: [] })).rejects.toMatchObject({ reason: 'signed-out' });
    expect(await row(target)).toEqual(before);
  });
});

describe('role and services', () => {
  it('an admin promotes a reporter; the new rights hold at once and the change is audited', async () => {
    const { ids, emailOf } = team;
    team.as('member');
    await expect(requireStaff('publish', 'hy')).rejects.toMatchObject({ reason: 'forbidden' });

    team.as('admin');
    expect(await changeStaffAccess(ids.member, { role: 'editor', services: ['ka', 'hy', 'hy'] })).toBe('changed');
    expect(await getStaffMember(ids.member)).toMatchObject({ role: 'editor', services: ['hy', 'ka'], disabledAt: null });
    expect(await changeStaffAccess(ids.member, { role: 'editor', services: ['hy', 'ka'] })).toBe('unchanged');
    const entries = await auditOf(emailOf('member'));
    expect(entries.map((e) => [e.action, e.staffName, e.detail])).toEqual([
      ['staff_change', accounts.admin.name, `${emailOf('member')}: reporter (hy) → editor (hy, ka)`],
    ]);
    expect((await listAuditEntries()).some((e) => e.id === entries[0].id)).toBe(true);

    // Their existing session carries the new role.
    team.as('member');
    await expect(requireStaff('publish', 'ka')).resolves.toMatchObject({ role: 'editor' });
    await expect(requireStaff('publish', 'fa')).rejects.toMatchObject({ reason: 'forbidden' });
  });
});

describe('the last active admin', () => {
  it('cannot be demoted or disabled, by themselves, another admin or the command line', async () => {
    const { ids } = team;
    team.as('admin');
    // Two active admins: one may be disabled...
    expect(await setStaffDisabled(ids.secondAdmin, true)).toBe('changed');
    // ...but not the one left, nor yourself.
    expect(await changeStaffAccess(ids.admin, { role: 'editor', services: ['fa'] })).toBe('last-admin');
    expect(await setStaffDisabled(ids.admin, true)).toBe('self');
    const cli = { id: null, name: 'command line' };
    expect(await setMemberDisabled(db(), cli, ids.admin, true)).toBe('last-admin');
    expect(await changeMemberAccess(db(), cli, ids.admin, { role: 'reporter', services: ['fa'] })).toBe('last-admin');
    expect(await row(ids.admin)).toMatchObject({ role: 'admin', disabledAt: null });
    expect(await setStaffDisabled(ids.secondAdmin, false)).toBe('changed');
  });

  it('two admins demoting each other at the same moment leave one admin', async () => {
    const { ids } = team;
    const a = { id: ids.admin, name: accounts.admin.name };
    const b = { id: ids.secondAdmin, name: accounts.secondAdmin.name };
    const results = await Promise.all([
      changeMemberAccess(db(), a, ids.secondAdmin, { role: 'editor', services: ['ru'] }),
      changeMemberAccess(db(), b, ids.admin, { role: 'editor', services: ['ru'] }),
    ]);
    expect(results.toSorted()).toEqual(['changed', 'last-admin']);
    const admins = await db()
      .select({ id: user.id })
      .from(user)
      .where(and(eq(user.role, 'admin'), isNull(user.disabledAt), inArray(user.id, [ids.admin, ids.secondAdmin])));
    expect(admins).toHaveLength(1);
    // Back as it was, for the tests below.
    const demoted = admins[0].id === ids.admin ? ids.secondAdmin : ids.admin;
    expect(await changeMemberAccess(db(), { id: admins[0].id, name: 'restore' }, demoted, { role: 'admin', services: [] })).toBe('changed');
  });
});

describe('disabling an account', () => {
  it('ends its sessions at once and refuses sign-in until enabled again; both audited', async () => {
    const { ids, emailOf } = team;
    const member = await createStaff('disable', { them: { name: 'Disabled Soon', role: 'reporter', services: ['ka'], language: 'ka' } });
    expect(await sessionsOf(member.ids.them)).toBe(1);
    team.as('admin');
    expect(await setStaffDisabled(member.ids.them, true)).toBe('changed');
    expect(await setStaffDisabled(member.ids.them, true)).toBe('unchanged');
    expect(await sessionsOf(member.ids.them)).toBe(0);
    member.as('them');
    expect(await getCurrentStaff()).toBeNull();
    await expect(signInCookie(member.emailOf('them'), TEST_PASSWORD)).rejects.toThrow();
    expect(await sessionsOf(member.ids.them)).toBe(0);

    team.as('admin');
    expect(await setStaffDisabled(member.ids.them, false)).toBe('changed');
    actAs(await signInCookie(member.emailOf('them'), TEST_PASSWORD));
    await expect(requireStaff('write', 'ka')).resolves.toMatchObject({ id: member.ids.them });
    expect((await auditOf(member.emailOf('them'))).map((e) => e.action).toSorted()).toEqual(['staff_disable', 'staff_enable']);
    expect(ids.admin && emailOf('admin')).toBeTruthy();
  });
});

describe('a password reset', () => {
  it('gives a one-time password that must be replaced before anything else', async () => {
    const member = await createStaff('reset', { them: { name: 'Reset Me', role: 'editor', services: ['uk'], language: 'uk' } });
    const id = member.ids.them;
    const email = member.emailOf('them');
    team.as('admin');
    const reset = await resetStaffPassword(id);
    expect(reset?.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(reset!.password.replaceAll('-', '').length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    expect((await resetStaffPassword(id))?.password).not.toBe(reset!.password);
    const oneTime = (await resetStaffPassword(id))!.password;
    expect(await sessionsOf(id)).toBe(0);
    expect((await auditOf(email)).map((e) => e.action)).toEqual(['staff_password_reset', 'staff_password_reset', 'staff_password_reset']);

    // The old password is gone; the one-time password signs in, to the password page only.
    await expect(signInCookie(email, TEST_PASSWORD)).rejects.toThrow();
    const first = await signInCookie(email, oneTime);
    const second = await signInCookie(email, oneTime);
    actAs(first);
    expect(await getCurrentStaff()).toMatchObject({ id, mustChangePassword: true });
    await expect(requireStaff('write', 'uk')).rejects.toMatchObject({ reason: 'password-change' });

    expect(await changeOwnPassword('not-the-one-time-password', 'a-new-password-for-uk')).toBe('wrong-password');
    expect(await changeOwnPassword(oneTime, oneTime)).toBe('same');
    expect(await changeOwnPassword(oneTime, 'a-new-password-for-uk')).toBe('changed');
    await expect(requireStaff('publish', 'uk')).resolves.toMatchObject({ id, mustChangePassword: false });
    // This session stays; the other one made with the one-time password has ended.
    expect(await sessionsOf(id)).toBe(1);
    actAs(second);
    expect(await getCurrentStaff()).toBeNull();
    await expect(signInCookie(email, oneTime)).rejects.toThrow();
    await expect(signInCookie(email, 'a-new-password-for-uk')).resolves.toContain('session_token');
  });

  it('of an unknown account changes nothing', async () => {
    team.as('admin');
    const unknown = crypto.randomUUID();
    expect(await resetStaffPassword(unknown)).toBeNull();
    expect(await setStaffDisabled(unknown, true)).toBe('not-found');
    expect(await changeStaffAccess(unknown, { role: 'editor', services: ['fa'] })).toBe('not-found');
    expect(await db().select().from(user).where(ne(user.id, unknown)).then((r) => r.length)).toBeGreaterThan(0);
  });
});
