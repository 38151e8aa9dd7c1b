import 'server-only';
import { headers } from 'next/headers';
import { asc, eq } from 'drizzle-orm';
import type { StaffChangeResult, StaffListing } from '@/lib/newsroom/types';
import type { Staff } from '@/lib/newsroom/permissions';
import { user } from '@/db/schema';
import {
  changeMemberAccess,
  changeOwnPassword as changePasswordOf,
  insertStaffAccount,
  resetMemberPassword,
  setMemberDisabled,
  type MemberAccess,
  type NewStaffAccount,
} from '@/db/staff/accounts';
import { getDb } from '@/db/access/connection';
import { getAuth } from '@/db/access/newsroom/auth';
import { requireSignedIn, requireStaff, toStaff } from '@/db/access/newsroom/session';

// Staff management (admins only): every change is recorded in the audit log, in its transaction.

const actorOf = (admin: Staff) => ({ id: admin.id, name: admin.name });

const listingOf = (row: typeof user.$inferSelect): StaffListing => ({ ...toStaff(row), disabledAt: row.disabledAt });

export async function addStaffAccount(input: NewStaffAccount): Promise<'created' | 'exists'> {
  const admin = await requireStaff('staff');
  return insertStaffAccount(getDb(), input, actorOf(admin));
}

export async function listStaff(): Promise<StaffListing[]> {
  await requireStaff('staff');
  const rows = await getDb().select().from(user).orderBy(asc(user.name));
  return rows.map(listingOf);
}

export async function getStaffMember(memberId: string): Promise<StaffListing | null> {
  await requireStaff('staff');
  const [row] = await getDb().select().from(user).where(eq(user.id, memberId));
  return row ? listingOf(row) : null;
}

export async function changeStaffAccess(memberId: string, access: MemberAccess): Promise<StaffChangeResult> {
  const admin = await requireStaff('staff');
  return changeMemberAccess(getDb(), actorOf(admin), memberId, access);
}

export async function setStaffDisabled(memberId: string, disabled: boolean): Promise<StaffChangeResult> {
  const admin = await requireStaff('staff');
  return setMemberDisabled(getDb(), actorOf(admin), memberId, disabled);
}

export async function resetStaffPassword(memberId: string): ReturnType<typeof resetMemberPassword> {
  const admin = await requireStaff('staff');
  return resetMemberPassword(getDb(), actorOf(admin), memberId);
}

/** The signed-in member changes their own password (also the way out of a reset); this session stays. */
export async function changeOwnPassword(current: string, next: string): Promise<'changed' | 'wrong-password' | 'same'> {
  const member = await requireSignedIn();
  const found = await getAuth().api.getSession({ headers: new Headers(await headers()), query: { disableRefresh: true } });
  if (!found) return 'wrong-password';
  return changePasswordOf(getDb(), member.id, found.session.id, current, next);
}
