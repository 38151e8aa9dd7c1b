import 'server-only';
import { and, desc, eq, gt, lt, notInArray, or, sql } from 'drizzle-orm';
import { failedSignIns, knownSignInAddresses, user } from '@/db/schema';
import { getDb } from '@/db/access/connection';
import { addressKey } from '@/lib/newsroom/address-key';

// Failed sign-ins are counted in the database (every server instance sees the same counts) so
// that guessing is slow while nobody elsewhere can lock a member out:
// - one e-mail from one network: 5 failures in 15 minutes, then that pair waits;
// - one network across e-mails (password spraying): 20 failures in 15 minutes, then it waits;
// - one e-mail from everywhere (a distributed guesser): 10 failures a day are free, then each
//   further attempt waits for a back-off after the latest failure that doubles per failure, from
//   15 s up to 15 minutes. Networks the member signed in from before skip this one rule.
// Refused attempts are not counted, so hammering does not lengthen a wait. A success forgets the
// failures of its pair (the member's own typos) and remembers the network, not the account's
// other failures (someone else's guesses keep their back-off).

const MINUTE = 60_000;
const PAIR = { limit: 5, windowMs: 15 * MINUTE };
const ADDRESS = { limit: 20, windowMs: 15 * MINUTE };
const ACCOUNT = { free: 10, windowMs: 24 * 60 * MINUTE, firstDelayMs: 15_000, maxDelayMs: 15 * MINUTE };
const KNOWN = { perMember: 10, forMs: 90 * 24 * 60 * MINUTE };

const emailKey = (email: string) => email.trim().toLowerCase();
const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/** The account-wide back-off after `failures` failures in a day, in milliseconds (0: none). */
function accountBackOffMs(failures: number): number {
  if (failures < ACCOUNT.free) return 0;
  return Math.min(ACCOUNT.maxDelayMs, ACCOUNT.firstDelayMs * 2 ** (failures - ACCOUNT.free));
}

/** Seconds until this e-mail may try to sign in from this client address, or 0 when it may now. */
export async function signInWaitSeconds(email: string, clientAddress: string, now = new Date()): Promise<number> {
  const [e, a] = [emailKey(email), addressKey(clientAddress)];
  const recent = new Date(now.getTime() - PAIR.windowMs);
  const day = new Date(now.getTime() - ACCOUNT.windowMs);
  const isPair = and(eq(failedSignIns.email, e), eq(failedSignIns.address, a), gt(failedSignIns.at, recent));
  const isAddress = and(eq(failedSignIns.address, a), gt(failedSignIns.at, recent));
  const [counts] = await getDb()
    .select({
      pair: sql<number>`count(*) filter (where ${isPair})`.mapWith(Number),
      pairOldest: sql<Date | null>`min(${failedSignIns.at}) filter (where ${isPair})`.mapWith(failedSignIns.at),
      address: sql<number>`count(*) filter (where ${isAddress})`.mapWith(Number),
      addressOldest: sql<Date | null>`min(${failedSignIns.at}) filter (where ${isAddress})`.mapWith(failedSignIns.at),
      account: sql<number>`count(*) filter (where ${failedSignIns.email} = ${e})`.mapWith(Number),
      accountLatest: sql<Date | null>`max(${failedSignIns.at}) filter (where ${failedSignIns.email} = ${e})`.mapWith(failedSignIns.at),
    })
    .from(failedSignIns)
    .where(or(and(eq(failedSignIns.email, e), gt(failedSignIns.at, day)), isAddress));

  const untilAged = (n: number, limit: number, oldest: Date | null, windowMs: number) =>
    n >= limit && oldest ? oldest.getTime() + windowMs - now.getTime() : 0;
  const local = Math.max(
    untilAged(counts.pair, PAIR.limit, counts.pairOldest, PAIR.windowMs),
    untilAged(counts.address, ADDRESS.limit, counts.addressOldest, ADDRESS.windowMs),
  );
  const backOff = counts.accountLatest ? counts.accountLatest.getTime() + accountBackOffMs(counts.account) - now.getTime() : 0;
  if (backOff <= local || (await isKnownAddress(e, a, now))) return seconds(local);
  return seconds(backOff);
}

async function isKnownAddress(email: string, address: string, now: Date): Promise<boolean> {
  const rows = await getDb()
    .select({ address: knownSignInAddresses.address })
    .from(knownSignInAddresses)
    .innerJoin(user, eq(user.id, knownSignInAddresses.userId))
    .where(
      and(
        eq(user.email, email),
        eq(knownSignInAddresses.address, address),
        gt(knownSignInAddresses.lastSignedInAt, new Date(now.getTime() - KNOWN.forMs)),
      ),
    );
  return rows.length > 0;
}

export async function recordSignInFailure(email: string, clientAddress: string, now = new Date()): Promise<void> {
  const db = getDb();
  await db.insert(failedSignIns).values({ email: emailKey(email), address: addressKey(clientAddress), at: now });
  // Nothing older than the longest window counts any more.
  await db.delete(failedSignIns).where(lt(failedSignIns.at, new Date(now.getTime() - ACCOUNT.windowMs)));
}

/** After a member signed in: forget their failures from this network, and remember it (the latest few). */
export async function recordSignInSuccess(member: { id: string; email: string }, clientAddress: string, now = new Date()): Promise<void> {
  const address = addressKey(clientAddress);
  await getDb().transaction(async (tx) => {
    await tx.delete(failedSignIns).where(and(eq(failedSignIns.email, emailKey(member.email)), eq(failedSignIns.address, address)));
    await tx
      .insert(knownSignInAddresses)
      .values({ userId: member.id, address, lastSignedInAt: now })
      .onConflictDoUpdate({ target: [knownSignInAddresses.userId, knownSignInAddresses.address], set: { lastSignedInAt: now } });
    const latest = tx
      .select({ address: knownSignInAddresses.address })
      .from(knownSignInAddresses)
      .where(eq(knownSignInAddresses.userId, member.id))
      .orderBy(desc(knownSignInAddresses.lastSignedInAt))
      .limit(KNOWN.perMember);
    await tx
      .delete(knownSignInAddresses)
      .where(
        or(
          lt(knownSignInAddresses.lastSignedInAt, new Date(now.getTime() - KNOWN.forMs)),
          and(eq(knownSignInAddresses.userId, member.id), notInArray(knownSignInAddresses.address, latest)),
        ),
      );
  });
}
