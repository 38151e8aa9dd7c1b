import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { asc, eq } from 'drizzle-orm';
import { isServiceCode, type ServiceCode } from '../../i18n/services';
import { can, type Capability, type Staff } from '../../lib/permissions';
import { user } from '../schema';
import { insertStaffAccount, type NewStaffAccount } from '../staff-accounts';
import { getAuth } from './auth';
import { getDb } from './connection';
import { recordAudit } from './audit';

/** Thrown by requireStaff; pages, actions and route handlers turn it into 401/403 or sign-in. */
export class AccessDenied extends Error {
  constructor(readonly reason: 'signed-out' | 'forbidden') {
    super(reason === 'signed-out' ? 'Not signed in' : 'Not allowed');
  }
}

function toStaff(row: typeof user.$inferSelect): Staff {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    services: row.services.filter(isServiceCode),
    language: isServiceCode(row.language) ? row.language : 'en',
  };
}

/** The staff member whose session cookie these request headers carry, or null. */
export async function staffFromHeaders(requestHeaders: Headers): Promise<Staff | null> {
  const found = await getAuth().api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  if (!found) return null;
  const [row] = await getDb().select().from(user).where(eq(user.id, found.user.id));
  return row ? toStaff(row) : null;
}

/** The signed-in member of this request (once per request). */
export const getCurrentStaff = cache(async (): Promise<Staff | null> => staffFromHeaders(new Headers(await headers())));

/** The signed-in member if they may do this (in this service); throws AccessDenied otherwise. */
export async function requireStaff(capability: Capability, service?: string): Promise<Staff> {
  const staff = await getCurrentStaff();
  if (!staff) throw new AccessDenied('signed-out');
  if (!can(staff, capability, service)) throw new AccessDenied('forbidden');
  return staff;
}

/** Admin screen: a new account, recorded in the audit log. */
export async function addStaffAccount(input: NewStaffAccount): Promise<'created' | 'exists'> {
  const admin = await requireStaff('staff');
  const result = await insertStaffAccount(getDb(), input);
  if (result === 'created') await recordAudit(admin, { action: 'staff_add', detail: `${input.email} (${input.role})` });
  return result;
}

export type StaffListing = Pick<Staff, 'id' | 'name' | 'email' | 'role' | 'services' | 'language'>;

export async function listStaff(): Promise<StaffListing[]> {
  await requireStaff('staff');
  const rows = await getDb().select().from(user).orderBy(asc(user.name));
  return rows.map(toStaff);
}
