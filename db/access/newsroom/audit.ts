import 'server-only';
import { desc, inArray, isNull, or } from 'drizzle-orm';
import { servicesOf, type Staff } from '@/lib/newsroom/permissions';
import { auditLog } from '@/db/schema';
import { getDb } from '@/db/access/connection';
import { requireStaff } from '@/db/access/newsroom/session';
import type { Database } from '@/db/client';

type AuditEntry = {
  action: (typeof auditLog.$inferInsert)['action'];
  service?: string;
  articleId?: number;
  breakingItemId?: number;
  detail?: string;
};

/** Written in the same transaction as the change it records, when one is given. */
export async function recordAudit(staff: Staff, entry: AuditEntry, db: Pick<Database, 'insert'> = getDb()): Promise<void> {
  await db.insert(auditLog).values({ staffId: staff.id, staffName: staff.name, ...entry });
}

export type AuditRecord = typeof auditLog.$inferSelect;

/** The newest entries of the services this member may audit (admins also see account changes). */
export async function listAuditEntries(limit = 200): Promise<AuditRecord[]> {
  const staff = await requireStaff('audit');
  const services = servicesOf(staff);
  const visible =
    staff.role === 'admin' ? or(inArray(auditLog.service, services), isNull(auditLog.service)) : inArray(auditLog.service, services);
  return getDb().select().from(auditLog).where(visible).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
}
