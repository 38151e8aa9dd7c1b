import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as postSignIn } from '@/app/(newsroom)/newsroom/session/route';
import { getDb } from '@/db/access/connection';
import { signInWithPassword, type SignInOutcome } from '@/db/access/newsroom/sign-in';
import { recordSignInFailure, recordSignInSuccess, signInWaitSeconds } from '@/db/access/newsroom/sign-in-throttle';
import { failedSignIns, knownSignInAddresses } from '@/db/schema';
import { addressKey } from '@/lib/newsroom/address-key';
import { CLIENT_ADDRESS_HEADER } from '@/lib/newsroom/requests';
import { createStaff, testRun as run, TEST_PASSWORD, type AccountSpec } from '@/tests/support/newsroom-data';

// Sign-in throttling: guessing from one place is stopped quickly and guessing from everywhere is
// slowed to a crawl, but nobody elsewhere can lock a journalist out of their own account. The
// clock is the functions' `now`; the journey through Better Auth runs on real time.

const accounts = {
  journalist: { name: 'Ժուռնալիստ', role: 'reporter', services: ['hy'], language: 'hy' },
  traveller: { name: 'Traveller', role: 'reporter', services: ['en'], language: 'en' },
  correspondent: { name: 'خبرنگار', role: 'reporter', services: ['fa'], language: 'fa' },
} satisfies Record<string, AccountSpec>;
let team: Awaited<ReturnType<typeof createStaff<keyof typeof accounts>>>;

// Clients are IPv6 networks 2001:db8:0:n::/64 (the throttle counts each as one), a host in each.
const client = (network: number, host = 1) => `2001:db8:0:${network.toString(16)}::${host.toString(16)}`;
const nobody = (label: string) => `${label}.${run}@polyphony.invalid`;
const minutes = (n: number) => n * 60_000;
const attempt = (email: string, password: string, address: string) =>
  signInWithPassword({ email, password }, new Headers({ [CLIENT_ADDRESS_HEADER]: address }));
const site = 'http://localhost:3000';
/** The sign-in form's POST as the browser sends it, from a client address, in Persian. */
const post = (email: string, password: string, address: string) =>
  postSignIn(
    new Request(`${site}/newsroom/session`, {
      method: 'POST',
      headers: { origin: site, host: new URL(site).host, 'accept-language': 'fa', [CLIENT_ADDRESS_HEADER]: address },
      body: new URLSearchParams({ email, password }),
    }),
  );
const tally = (outcomes: SignInOutcome[]) => outcomes.reduce<Record<string, number>>((n, o) => ({ ...n, [o.kind]: (n[o.kind] ?? 0) + 1 }), {});

beforeAll(async () => {
  team = await createStaff('throttle', accounts);
});

describe('the sign-in throttle', () => {
  it('holds back one e-mail from one client after 5 failures, but not that e-mail from elsewhere', async () => {
    const target = `Target.${run}@polyphony.invalid`;
    const here = client(1);
    for (let i = 0; i < 4; i++) await recordSignInFailure(target, here);
    expect(await signInWaitSeconds(target, here)).toBe(0);
    await recordSignInFailure(target, here);

    const wait = await signInWaitSeconds(target, here);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // The same e-mail in other letters, and another address of the same IPv6 network, are the same pair.
    expect(await signInWaitSeconds(target.toLowerCase(), client(1, 0xbeef))).toBe(wait);
    // The same e-mail from another client, and another e-mail from this one, may try.
    expect(await signInWaitSeconds(target, client(2))).toBe(0);
    expect(await signInWaitSeconds(nobody('other'), here)).toBe(0);
    // Once the window has passed, the pair may try again.
    expect(await signInWaitSeconds(target, here, new Date(Date.now() + minutes(16)))).toBe(0);
  });

  it('holds back a client that tries many e-mails (spraying) after 20 failures', async () => {
    const sprayer = client(10);
    for (let i = 0; i < 20; i++) await recordSignInFailure(nobody(`sprayed${i}`), sprayer);
    expect(await signInWaitSeconds(nobody('sprayed-next'), sprayer)).toBeGreaterThan(0);
    expect(await signInWaitSeconds(nobody('sprayed0'), client(11))).toBe(0);
  });

  it("an attacker's failed guesses from 50 other addresses do not stop the journalist's own sign-in", async () => {
    const email = team.emailOf('journalist');
    const home = client(100);
    // The journalist's own typos at home are forgotten when they sign in there.
    expect((await attempt(email, 'not-my-password', home)).kind).toBe('invalid');
    expect((await attempt(email, TEST_PASSWORD, home)).kind).toBe('signed-in');
    expect(await getDb().select().from(failedSignIns).where(and(eq(failedSignIns.email, email), eq(failedSignIns.address, addressKey(home))))).toEqual([]);

    // Guesses from 50 networks, one each: 10 are checked, then the account-wide back-off answers
    // the rest without checking (and without counting) them.
    const attack: SignInOutcome[] = [];
    for (let n = 0; n < 50; n++) attack.push(await attempt(email, `guess-${n}-${run}`, client(101 + n)));
    expect(tally(attack)).toEqual({ invalid: 10, throttled: 40 });

    // From home, the right password still signs the journalist in.
    const atHome = await attempt(email, TEST_PASSWORD, home);
    expect(atHome.kind).toBe('signed-in');
    expect(atHome.kind === 'signed-in' && atHome.setCookies.join()).toContain('session_token');
    // From a new address, even with the right password, they wait the back-off (15 s after the 10th failure).
    const elsewhere = await attempt(email, TEST_PASSWORD, client(200));
    expect(elsewhere).toMatchObject({ kind: 'throttled' });
    expect(elsewhere.kind === 'throttled' && elsewhere.waitSeconds).toBeLessThanOrEqual(15);

    // Home is still held to its own limit: 5 wrong passwords there are checked, then it waits too.
    for (let i = 0; i < 5; i++) expect((await attempt(email, `typo-${i}`, home)).kind).toBe('invalid');
    expect((await attempt(email, TEST_PASSWORD, home)).kind).toBe('throttled');
  });

  it('the sign-in route answers an attacked account with 429 elsewhere and a session at home', async () => {
    const email = team.emailOf('correspondent');
    const home = client(250);
    expect((await post(email, TEST_PASSWORD, home)).status).toBe(303);
    for (let n = 0; n < 10; n++) expect((await post(email, `guess-${n}`, client(251 + n))).headers.get('location')).toContain('error=invalid');

    const refused = await post(email, `guess-more`, client(261));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('۱ دقیقه صبر کنید');
    const atHome = await post(email, TEST_PASSWORD, home);
    expect(atHome.status).toBe(303);
    expect(atHome.headers.getSetCookie().join()).toContain('session_token');
  });

  it('the account-wide back-off doubles with each failure after 10, up to 15 minutes', async () => {
    const email = nobody('distributed');
    let now = new Date();
    let network = 300;
    const fresh = () => client(network++);
    for (let i = 0; i < 10; i++) await recordSignInFailure(email, fresh(), now);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const wait = await signInWaitSeconds(email, fresh(), now);
      waits.push(wait);
      now = new Date(now.getTime() + wait * 1000);
      const next = fresh();
      expect(await signInWaitSeconds(email, next, now)).toBe(0);
      await recordSignInFailure(email, next, now);
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 900, 900]);
    // A day after the last failure the account is free again.
    expect(await signInWaitSeconds(email, fresh(), new Date(now.getTime() + minutes(24 * 60 + 1)))).toBe(0);
  });

  it('keeps its tables small: failures for a day, the latest 10 known addresses for 90 days', async () => {
    const email = nobody('pruned');
    const now = Date.now();
    await recordSignInFailure(email, client(400), new Date(now - minutes(25 * 60)));
    await recordSignInFailure(email, client(400), new Date(now));
    const failures = await getDb().select({ at: failedSignIns.at }).from(failedSignIns).where(eq(failedSignIns.email, email));
    expect(failures.map((f) => f.at.getTime())).toEqual([now]);

    const member = { id: team.ids.traveller, email: team.emailOf('traveller') };
    await recordSignInSuccess(member, client(500), new Date(now - minutes(100 * 24 * 60)));
    for (let i = 0; i < 12; i++) await recordSignInSuccess(member, client(501 + i), new Date(now - minutes(12 - i)));
    const known = await getDb().select({ address: knownSignInAddresses.address }).from(knownSignInAddresses).where(eq(knownSignInAddresses.userId, member.id));
    expect(known.map((k) => k.address).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => addressKey(client(503 + i))).sort(),
    );
  });
});
