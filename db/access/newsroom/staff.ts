import 'server-only';
import { asc } from 'drizzle-orm';
import type { StaffListing } from '@/lib/newsroom/types';
import { user } from '@/db/schema';
import { insertStaffAccount, type NewStaffAccount } from '@/db/staff/accounts';
import { getDb } from '@/db/access/connection';
import { recordAudit } from '@/db/access/newsroom/audit';
import { requireStaff, toStaff } from '@/db/access/newsroom/session';

// Staff management (admins only): every change is recorded in the audit log.

export async function addStaffAccount(input: NewStaffAccount): Promise<'created' | 'exists'> {
  const admin = await requireStaff('staff');
  const result = await insertStaffAccount(getDb(), input);
  if (result === 'created') await recordAudit(admin, { action: 'staff_add', detail: `${input.email} (${input.role})` });
  return result;
}

export async function listStaff(): Promise<StaffListing[]> {
  await requireStaff('staff');
  const rows = await getDb().select().from(user).orderBy(asc(user.name));
  return rows.map(toStaff);
}
