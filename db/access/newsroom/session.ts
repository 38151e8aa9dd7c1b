import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { eq } from 'drizzle-orm';
import { isServiceCode } from '@/i18n/services';
import { can, type Capability, type Staff } from '@/lib/newsroom/permissions';
import { user } from '@/db/schema';
import { getAuth } from '@/db/access/newsroom/auth';
import { getDb } from '@/db/access/connection';

// Who is signed in, and whether they may do what they ask: every newsroom read and write starts
// here.

const refusals = { 'signed-out': 'Not signed in', forbidden: 'Not allowed', 'password-change': 'A new password must be chosen first' };

/** Thrown by requireStaff; pages, actions and route handlers turn it into 401/403, sign-in or the password page. */
export class AccessDenied extends Error {
  constructor(readonly reason: keyof typeof refusals) {
    super(refusals[reason]);
  }
}

export function toStaff(row: typeof user.$inferSelect): Staff {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    services: row.services.filter(isServiceCode),
    language: isServiceCode(row.language) ? row.language : 'en',
    mustChangePassword: row.mustChangePassword,
  };
}

/** The staff member whose session cookie these request headers carry, or null (a disabled account is signed out). */
export async function staffFromHeaders(requestHeaders: Headers): Promise<Staff | null> {
  const found = await getAuth().api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  if (!found) return null;
  const [row] = await getDb().select().from(user).where(eq(user.id, found.user.id));
  return row && !row.disabledAt ? toStaff(row) : null;
}

/** The signed-in member of this request (once per request). */
export const getCurrentStaff = cache(async (): Promise<Staff | null> => staffFromHeaders(new Headers(await headers())));

/** The signed-in member, even one who must first choose a new password; throws AccessDenied otherwise. */
export async function requireSignedIn(): Promise<Staff> {
  const staff = await getCurrentStaff();
  if (!staff) throw new AccessDenied('signed-out');
  return staff;
}

/** The signed-in member if they may do this (in this service); throws AccessDenied otherwise. */
export async function requireStaff(capability: Capability, service?: string): Promise<Staff> {
  const staff = await requireSignedIn();
  if (staff.mustChangePassword) throw new AccessDenied('password-change');
  if (!can(staff, capability, service)) throw new AccessDenied('forbidden');
  return staff;
}
