// Adds what the end-to-end tests need on top of the demo content, before the site starts
// (the running site owns the embedded database): a withdrawn story and an archive deep enough
// to paginate in every service, and a breaking item that expires during the run.
import { writeFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { articleAuthors, articles, authors, breakingItems, sections } from '@/db/schema';
import { services } from '@/i18n/services';
import { insertStaffAccount } from '@/db/staff/accounts';
import { E2E_STAFF_PASSWORD, e2eStaff } from '@/tests/support/e2e-staff';

export type E2eFixtures = {
  withdrawn: Record<string, { id: number; slug: string }>;
  archiveSection: string;
  expiring: { service: string; text: string; expiresAt: string };
};

// Long enough for the browser to see the item before it expires, whenever its test starts: the
// tests before it (accessibility, 27 services) take over 2.5 minutes on a loaded 2-core machine.
const EXPIRING_AFTER_MS = 360_000;
const [outputFile] = process.argv.slice(2);

const connection = openDatabase();
const db = connection.db;
const fixtures: E2eFixtures = { withdrawn: {}, archiveSection: 'culture', expiring: { service: 'hu', text: '', expiresAt: '' } };

for (const service of services) {
  const [culture] = await db
    .select()
    .from(sections)
    .where(and(eq(sections.service, service.code), eq(sections.slug, 'culture')));
  const [withdrawn] = await db
    .insert(articles)
    .values({
      service: service.code,
      slug: 'withdrawn-story',
      sectionId: culture.id,
      headline: 'A story that was withdrawn after publication',
      dek: 'Withdrawn.',
      body: 'Withdrawn.',
      status: 'unpublished',
      publishedAt: new Date('2001-01-01T00:00:00Z'),
    })
    .returning({ id: articles.id, slug: articles.slug });
  fixtures.withdrawn[service.code] = withdrawn;
  const [author] = await db.select().from(authors).where(eq(authors.service, service.code)).limit(1);
  const archive = await db
    .insert(articles)
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        service: service.code,
        slug: `archive-note-${i + 1}`,
        sectionId: culture.id,
        headline: `Archive note ${i + 1} (${service.nativeName})`,
        dek: 'An older note from the archive.',
        body: 'An older note from the archive.',
        bodyText: 'An older note from the archive.',
        status: 'published' as const,
        publishedAt: new Date(Date.UTC(2001, 0, 2 + i)),
      })),
    )
    .returning({ id: articles.id });
  await db.insert(articleAuthors).values(archive.map(({ id }) => ({ articleId: id, authorId: author.id })));
}

const expiresAt = new Date(Date.now() + EXPIRING_AFTER_MS);
const text = 'Szélvihar-figyelmeztetés: a MÁV több vonalon lassítást rendelt el';
await db.insert(breakingItems).values({ service: 'hu', text, startsAt: new Date(Date.now() - 60_000), expiresAt });
fixtures.expiring = { service: 'hu', text, expiresAt: expiresAt.toISOString() };

for (const member of Object.values(e2eStaff)) await insertStaffAccount(db, { ...member, password: E2E_STAFF_PASSWORD });

await connection.close();
writeFileSync(outputFile, JSON.stringify(fixtures, null, 2));
