import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import { hashPassword, oneTimePassword, verifyPassword } from '@/lib/newsroom/passwords';
import type { Staff, StaffRole } from '@/lib/newsroom/permissions';
import type { StaffChangeResult } from '@/lib/newsroom/types';
import type { Database } from '@/db/client';
import { account, auditLog, session, user } from '@/db/schema';

// Staff accounts, shared by the admin screens (through db/access/newsroom/staff.ts, which checks
// the admin's rights), the `npm run staff` command and the demo seed. Every change by an admin
// or the command line is written to the audit log in the transaction that makes it.

export type NewStaffAccount = {
  email: string;
  name: string;
  role: Staff['role'];
  services: ServiceCode[];
  language: ServiceCode;
  password: string;
};

/** Who made a change: a signed-in admin, or the command line (no account). */
export type AuditActor = { id: string | null; name: string };
export type MemberAccess = { role: StaffRole; services: ServiceCode[] };
type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type AccountAction = 'staff_add' | 'staff_change' | 'staff_disable' | 'staff_enable' | 'staff_password_reset';

const audit = (db: Pick<Database, 'insert'>, actor: AuditActor, action: AccountAction, detail: string) =>
  db.insert(auditLog).values({ staffId: actor.id, staffName: actor.name, action, detail });

/** Creates an account with a password sign-in (the shape Better Auth's credential provider reads). */
export async function insertStaffAccount(db: Database, input: NewStaffAccount, actor?: AuditActor): Promise<'created' | 'exists'> {
  const email = input.email.toLowerCase();
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (existing) return 'exists';
  const id = crypto.randomUUID();
  const password = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx
      .insert(user)
      .values({ id, email, name: input.name, emailVerified: true, role: input.role, services: input.services, language: input.language });
    await tx.insert(account).values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password });
    if (actor) await audit(tx, actor, 'staff_add', `${email} (${input.role})`);
  });
  return 'created';
}

/** The id of the account with this e-mail address, or null. */
export async function memberIdByEmail(db: Database, email: string): Promise<string | null> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
  return row?.id ?? null;
}

/**
 * The member's row, locked, and how many administrators are active. The active admins are locked
 * first, always in one order, so two admins demoting or disabling each other at the same moment
 * are serialized and the second sees the first's change: one active admin always remains.
 */
async function lockMember(tx: Transaction, memberId: string) {
  const admins = await tx
    .select({ id: user.id })
    .from(user)
    .where(and(eq(user.role, 'admin'), isNull(user.disabledAt)))
    .orderBy(asc(user.id))
    .for('update');
  const [member] = await tx.select().from(user).where(eq(user.id, memberId)).for('update');
  const isLastAdmin = Boolean(member && member.role === 'admin' && !member.disabledAt && admins.length <= 1);
  return { member, isLastAdmin };
}

const describeAccess = (a: MemberAccess) => (a.role === 'admin' ? a.role : `${a.role} (${a.services.join(', ')})`);

/** Changes a member's role and services; the last active admin keeps the admin role. */
export function changeMemberAccess(db: Database, actor: AuditActor, memberId: string, access: MemberAccess): Promise<StaffChangeResult> {
  const services = [...new Set(access.services)].sort();
  return db.transaction(async (tx) => {
    const { member, isLastAdmin } = await lockMember(tx, memberId);
    if (!member) return 'not-found';
    if (member.role === access.role && member.services.toSorted().join() === services.join()) return 'unchanged';
    if (isLastAdmin && access.role !== 'admin') return 'last-admin';
    await tx.update(user).set({ role: access.role, services, updatedAt: new Date() }).where(eq(user.id, memberId));
    const before = describeAccess({ role: member.role, services: member.services as ServiceCode[] });
    await audit(tx, actor, 'staff_change', `${member.email}: ${before} → ${describeAccess({ role: access.role, services })}`);
    return 'changed';
  });
}

/** Disables an account (its sessions end at once) or enables it again; an admin cannot disable themself or the last active admin. */
export function setMemberDisabled(db: Database, actor: AuditActor, memberId: string, disabled: boolean): Promise<StaffChangeResult> {
  return db.transaction(async (tx) => {
    const { member, isLastAdmin } = await lockMember(tx, memberId);
    if (!member) return 'not-found';
    if (disabled === Boolean(member.disabledAt)) return 'unchanged';
    if (disabled && actor.id === memberId) return 'self';
    if (disabled && isLastAdmin) return 'last-admin';
    await tx
      .update(user)
      .set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() })
      .where(eq(user.id, memberId));
    if (disabled) await tx.delete(session).where(eq(session.userId, memberId));
    await audit(tx, actor, disabled ? 'staff_disable' : 'staff_enable', member.email);
    return 'changed';
  });
}

/**
 * Replaces a member's password with a one-time password, returned to be shown once: their
 * sessions end, and at their next sign-in they must choose a new password.
 */
export async function resetMemberPassword(
  db: Database,
  actor: AuditActor,
  memberId: string,
): Promise<{ password: string; member: { id: string; name: string; email: string } } | null> {
  const password = oneTimePassword();
  const hashed = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [member] = await tx.select().from(user).where(eq(user.id, memberId)).for('update');
    if (!member) return null;
    const updated = await tx
      .update(account)
      .set({ password: hashed, updatedAt: new Date() })
      .where(and(eq(account.userId, memberId), eq(account.providerId, 'credential')))
      .returning({ id: account.id });
    if (updated.length === 0)
      await tx
        .insert(account)
        .values({ id: crypto.randomUUID(), accountId: memberId, providerId: 'credential', userId: memberId, password: hashed });
    await tx.update(user).set({ mustChangePassword: true, updatedAt: new Date() }).where(eq(user.id, memberId));
    await tx.delete(session).where(eq(session.userId, memberId));
    await audit(tx, actor, 'staff_password_reset', member.email);
    return { password, member: { id: member.id, name: member.name, email: member.email } };
  });
}

/**
 * A member replaces their own password (after a reset, or when they choose): the current one
 * must be right, and every other session of the account ends.
 */
export async function changeOwnPassword(
  db: Database,
  memberId: string,
  keepSession: string,
  current: string,
  next: string,
): Promise<'changed' | 'wrong-password' | 'same'> {
  const [credential] = await db
    .select({ password: account.password })
    .from(account)
    .where(and(eq(account.userId, memberId), eq(account.providerId, 'credential')));
  if (!credential?.password || !(await verifyPassword({ hash: credential.password, password: current }))) return 'wrong-password';
  if (current === next) return 'same';
  const hashed = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx
      .update(account)
      .set({ password: hashed, updatedAt: new Date() })
      .where(and(eq(account.userId, memberId), eq(account.providerId, 'credential')));
    await tx.update(user).set({ mustChangePassword: false, updatedAt: new Date() }).where(eq(user.id, memberId));
    await tx.delete(session).where(and(eq(session.userId, memberId), ne(session.id, keepSession)));
  });
  return 'changed';
}
