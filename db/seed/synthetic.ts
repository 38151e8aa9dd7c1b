import { eq, inArray } from 'drizzle-orm';
import { services } from '@/i18n/services';
import type { Database } from '@/db/client';
import { articleAuthors, articles } from '@/db/schema';

// Volume for scale tests: N more published articles spread over the given services, made from
// each service's demo stories (so every one is in the right language) with their images and
// bylines, published over the past two years. Inserted in batches, with progress.

const BATCH = 1_000;
const TWO_YEARS_MS = 2 * 365 * 24 * 3600_000;

type Template = typeof articles.$inferSelect & { authorIds: number[] };

async function templatesOf(db: Database, service: string): Promise<Template[]> {
  const rows = await db.select().from(articles).where(eq(articles.service, service));
  const published = rows.filter((r) => r.status === 'published' && !r.translationGroup);
  const links = await db
    .select()
    .from(articleAuthors)
    .where(
      inArray(
        articleAuthors.articleId,
        published.map((r) => r.id),
      ),
    );
  return published.map((r) => ({ ...r, authorIds: links.filter((l) => l.articleId === r.id).map((l) => l.authorId) }));
}

export async function seedSynthetic(
  db: Database,
  count: number,
  into: readonly string[] = services.map((s) => s.code),
  report: (line: string) => void = console.log,
): Promise<void> {
  const templates = new Map<string, Template[]>();
  for (const code of into) templates.set(code, await templatesOf(db, code));
  const now = Date.now();
  // Slugs stay unique per service across runs.
  const run = now.toString(36);
  for (let done = 0; done < count;) {
    const size = Math.min(BATCH, count - done);
    const rows = Array.from({ length: size }, (_, i) => {
      const n = done + i;
      const service = into[n % into.length];
      const pool = templates.get(service)!;
      const t = pool[Math.floor(n / into.length) % pool.length];
      // Mostly older stories, with a few in the last two days as a news site has.
      const age = n % 50 === 0 ? (n % 47) * 3600_000 : ((n * 7919) % TWO_YEARS_MS) + 2 * 24 * 3600_000;
      const publishedAt = new Date(now - age);
      return {
        row: {
          service,
          slug: `${t.slug.slice(0, 60)}-${run}-${n}`,
          sectionId: t.sectionId,
          headline: t.headline,
          dek: t.dek,
          body: t.body,
          bodyText: t.bodyText,
          leadImageId: t.leadImageId,
          leadImageAlt: t.leadImageAlt,
          leadImageCaption: t.leadImageCaption,
          leadImageCredit: t.leadImageCredit,
          status: 'published' as const,
          publishedAt,
          createdAt: publishedAt,
          modifiedAt: publishedAt,
        },
        authorIds: t.authorIds,
      };
    });
    const inserted = await db
      .insert(articles)
      .values(rows.map((r) => r.row))
      .returning({ id: articles.id });
    const links = inserted.flatMap(({ id }, i) => rows[i].authorIds.map((authorId, position) => ({ articleId: id, authorId, position })));
    if (links.length) await db.insert(articleAuthors).values(links);
    done += size;
    report(`synthetic articles: ${done.toLocaleString('en')} / ${count.toLocaleString('en')}`);
  }
}
