import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { getDb } from '@/db/access/connection';
import { getAuth } from '@/db/access/newsroom/auth';
import { authors, user } from '@/db/schema';
import { insertStaffAccount, type NewStaffAccount } from '@/db/staff/accounts';
import type { ServiceCode } from '@/i18n/services';
import { parseArticleForm, type ArticleInput } from '@/lib/newsroom/forms';
import type { SaveResult } from '@/lib/newsroom/types';
import { actAs } from '@/tests/support/next-headers';

// Shared by the newsroom's data tests: real accounts with real Better Auth sessions (the cookie
// reaches the data layer through the next/headers stub), and article forms parsed the way the
// Server Action parses them.

/** Unique per run, ASCII lowercase: goes into e-mail addresses, slugs and searchable words. */
export const testRun = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
export const TEST_PASSWORD = `newsroom-test-password-${testRun}`;

export type AccountSpec = Omit<NewStaffAccount, 'email' | 'password'>;

/** Signs in through Better Auth and returns the Cookie header a browser would send back. */
export async function signInCookie(email: string, password: string): Promise<string> {
  const { headers } = await getAuth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

/** Creates the accounts (unique to this run), signs each in, and lets a test act as any of them. */
export async function createStaff<Who extends string>(label: string, accounts: Record<Who, AccountSpec>) {
  const emailOf = (who: Who) => `${label}.${who.toLowerCase()}.${testRun}@polyphony.invalid`;
  const cookies = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;
  const db = getDb();
  for (const who of Object.keys(accounts) as Who[]) {
    expect(await insertStaffAccount(db, { ...accounts[who], email: emailOf(who), password: TEST_PASSWORD })).toBe('created');
    cookies[who] = await signInCookie(emailOf(who), TEST_PASSWORD);
    const [row] = await db
      .select({ id: user.id })
      .from(user)
      .where(eq(user.email, emailOf(who)));
    ids[who] = row.id;
  }
  return {
    emailOf,
    cookies,
    ids,
    /** Makes the following data-layer calls as this member (null: anonymous). */
    as: (who: Who | null) => actAs(who === null ? null : cookies[who]),
  };
}

const bylines = new Map<string, number[]>();

/** Loads the ids of each service's demo authors, for the bylines of test articles. */
export async function loadBylines(services: readonly ServiceCode[]): Promise<void> {
  for (const service of services) {
    const rows = await getDb().select({ id: authors.id }).from(authors).where(eq(authors.service, service));
    expect(rows.length, `authors of ${service}`).toBeGreaterThanOrEqual(2);
    bylines.set(
      service,
      rows.map((r) => r.id),
    );
  }
}

export const bylinesOf = (service: ServiceCode): number[] => bylines.get(service)!;

export type ArticleFormFields = {
  headline: string;
  body: string;
  slug?: string;
  baseVersion?: number | null;
  correction?: string;
  imageAlt?: string;
  imageCaption?: string;
  imageCredit?: string;
  image?: File;
  removeImage?: boolean;
};

/** The article form as a staff member would submit it, parsed the way the server action does. */
export function articleInput(service: ServiceCode, fields: ArticleFormFields): ArticleInput {
  const form = new FormData();
  form.set('baseVersion', fields.baseVersion ? String(fields.baseVersion) : '');
  form.set('headline', fields.headline);
  form.set('dek', 'خلاصه‌ای کوتاه');
  form.set('slug', fields.slug ?? '');
  form.set('section', 'news');
  for (const id of bylinesOf(service).slice(0, 2)) form.append('bylines', String(id));
  form.set('body', fields.body);
  form.set('correction', fields.correction ?? '');
  form.set('imageAlt', fields.imageAlt ?? '');
  form.set('imageCaption', fields.imageCaption ?? '');
  form.set('imageCredit', fields.imageCredit ?? '');
  if (fields.image) form.set('image', fields.image);
  if (fields.removeImage) form.set('removeImage', 'on');
  const parsed = parseArticleForm(form);
  if (!parsed.ok) throw new Error(`test form refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

export function saved(result: SaveResult): Extract<SaveResult, { kind: 'saved' }> {
  expect(result.kind, JSON.stringify(result)).toBe('saved');
  return result as Extract<SaveResult, { kind: 'saved' }>;
}
