import { count } from 'drizzle-orm';
import { serviceCodes } from '@/i18n/services';
import type { Database } from '@/db/client';
import { user } from '@/db/schema';
import { insertStaffAccount, type NewStaffAccount } from '@/db/staff/accounts';

// Demo newsroom accounts for the embedded demo database only (a PostgreSQL database never gets
// default accounts). Their passwords are public (README), so they are for trying Polyphony out.
export const demoStaff: NewStaffAccount[] = [
  { email: 'admin@polyphony.invalid', name: 'Ada Admin', role: 'admin', services: [], language: 'en', password: 'demo-admin-password' },
  {
    email: 'editor@polyphony.invalid',
    name: 'Edith Editor',
    role: 'editor',
    services: [...serviceCodes],
    language: 'en',
    password: 'demo-editor-password',
  },
  {
    email: 'reporter@polyphony.invalid',
    name: 'Rita Reporter',
    role: 'reporter',
    services: [...serviceCodes],
    language: 'en',
    password: 'demo-reporter-password',
  },
  {
    email: 'fa.editor@polyphony.invalid',
    name: 'Shirin Mohebbi',
    role: 'editor',
    services: ['fa'],
    language: 'fa',
    password: 'demo-fa-editor-password',
  },
  {
    email: 'hy.reporter@polyphony.invalid',
    name: 'Anahit Sargsyan',
    role: 'reporter',
    services: ['hy'],
    language: 'hy',
    password: 'demo-hy-reporter-password',
  },
];

/** Adds the demo accounts to an empty staff table and prints them, once. */
export async function seedDemoStaff(db: Database): Promise<void> {
  const [{ n }] = await db.select({ n: count() }).from(user);
  if (n > 0) return;
  for (const member of demoStaff) await insertStaffAccount(db, member);
  console.log('Demo newsroom accounts (embedded demo database only; sign in at /newsroom):');
  for (const m of demoStaff)
    console.log(
      `  ${m.role.padEnd(8)} ${m.email.padEnd(32)} ${m.password}   services: ${m.role === 'admin' ? 'all' : m.services.length === serviceCodes.length ? 'all 27' : m.services.join(', ')}`,
    );
}
