import { eq } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import { hashPassword } from '@/lib/newsroom/passwords';
import type { Staff } from '@/lib/newsroom/permissions';
import type { Database } from '@/db/client';
import { account, user } from '@/db/schema';

// Creating a staff account, shared by the admin screen (through db/access/newsroom/staff.ts, which checks
// the admin's rights), the `npm run staff` command and the demo seed.

export type NewStaffAccount = {
  email: string;
  name: string;
  role: Staff['role'];
  services: ServiceCode[];
  language: ServiceCode;
  password: string;
};

/** Creates an account with a password sign-in (the shape Better Auth's credential provider reads). */
export async function insertStaffAccount(db: Database, input: NewStaffAccount): Promise<'created' | 'exists'> {
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
  });
  return 'created';
}
