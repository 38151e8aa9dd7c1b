import 'server-only';
import { and, count, eq, gt, inArray, lt, min } from 'drizzle-orm';
import { signInFailures } from '@/db/schema';
import { getDb } from '@/db/access/connection';

// Failed sign-ins are counted per e-mail address (someone guessing one account's password) and
// per client address (someone trying many accounts), in the database so every server instance
// sees the same counts. Over either limit, sign-in answers 429 until the oldest failure in the
// window ages out. Successful sign-ins are not counted.

const WINDOW_MS = 15 * 60 * 1000;
const LIMITS = { email: 5, address: 20 } as const;

const keysFor = (email: string, address: string) => ({ email: `email:${email.toLowerCase()}`, address: `address:${address}` });

/** Seconds until sign-in is allowed again, or 0 when it is allowed now. */
export async function signInWaitSeconds(email: string, address: string, now = new Date()): Promise<number> {
  const keys = keysFor(email, address);
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = await getDb()
    .select({ key: signInFailures.key, n: count(), oldest: min(signInFailures.at) })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, [keys.email, keys.address]), gt(signInFailures.at, since)))
    .groupBy(signInFailures.key);
  let wait = 0;
  for (const row of rows) {
    const limit = row.key === keys.email ? LIMITS.email : LIMITS.address;
    if (row.n >= limit && row.oldest) wait = Math.max(wait, Math.ceil((row.oldest.getTime() + WINDOW_MS - now.getTime()) / 1000));
  }
  return wait;
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const keys = keysFor(email, address);
  const db = getDb();
  await db.insert(signInFailures).values([{ key: keys.email }, { key: keys.address }]);
  // Keep the table small: what is outside the window no longer counts.
  await db.delete(signInFailures).where(lt(signInFailures.at, new Date(Date.now() - WINDOW_MS)));
}

export async function clearSignInFailures(email: string): Promise<void> {
  await getDb()
    .delete(signInFailures)
    .where(eq(signInFailures.key, keysFor(email, '').email));
}
