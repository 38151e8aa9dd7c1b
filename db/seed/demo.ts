import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { services, type Service } from '@/i18n/services';
import { markdownToPlainText } from '@/lib/markdown-text';
import { paths } from '@/lib/routes';
import type { Database } from '@/db/client';
import { articleAuthors, articles, authors, breakingItems, images, sections } from '@/db/schema';
import { serviceContent, type DemoArticle } from '@/db/seed/content-schema';
import { ensureIllustration, HEIGHT, WIDTH } from '@/db/seed/illustrations';

// The demo newsroom: every service's sections, journalists and stories from
// db/seed/content/<service>.json. Running it again adds only what is missing.

const HOUR = 3_600_000;
const BREAKING_DAYS = 14;

async function loadContent(service: Service) {
  const file = new URL(`./content/${service.code}.json`, import.meta.url);
  return serviceContent.parse(JSON.parse(await readFile(file, 'utf8')));
}

function timesFor(article: DemoArticle, now: number) {
  const publishedAt = article.publishedAt
    ? new Date(article.publishedAt)
    : article.hoursFromNow !== undefined
      ? new Date(now + article.hoursFromNow * HOUR)
      : null;
  const updatedAt = article.updatedHoursAgo ? new Date(now - article.updatedHoursAgo * HOUR) : null;
  return { publishedAt: article.status === 'draft' ? null : publishedAt, updatedAt };
}

async function seedService(db: Database, service: Service, mediaDir: string, now: number): Promise<number> {
  const content = await loadContent(service);
  await db
    .insert(sections)
    .values(service.sections.map((slug, position) => ({ service: service.code, slug, position })))
    .onConflictDoNothing();
  const sectionRows = await db.select().from(sections).where(eq(sections.service, service.code));
  const sectionId = new Map(sectionRows.map((s) => [s.slug, s.id]));

  await db
    .insert(authors)
    .values(content.authors.map((a) => ({ service: service.code, ...a })))
    .onConflictDoNothing();
  const authorRows = await db.select().from(authors).where(eq(authors.service, service.code));
  const authorId = new Map(authorRows.map((a) => [a.slug, a.id]));

  let added = 0;
  for (const [index, article] of content.articles.entries()) {
    const [existing] = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.service, service.code), eq(articles.slug, article.slug)));
    if (existing) continue;
    const file = await ensureIllustration(mediaDir, article.image.motif, article.section, index);
    const [image] = await db.insert(images).values({ file, width: WIDTH, height: HEIGHT }).returning({ id: images.id });
    const { publishedAt, updatedAt } = timesFor(article, now);
    const [row] = await db
      .insert(articles)
      .values({
        service: service.code,
        slug: article.slug,
        sectionId: sectionId.get(article.section)!,
        headline: article.headline,
        dek: article.dek,
        body: article.body,
        bodyText: markdownToPlainText(article.body),
        leadImageId: image.id,
        leadImageAlt: article.image.alt,
        leadImageCaption: article.image.caption,
        leadImageCredit: article.image.credit,
        status: article.status,
        publishedAt,
        updatedAt,
        translationGroup: article.translationKey ?? null,
        createdAt: publishedAt && publishedAt.getTime() < now ? publishedAt : new Date(now),
        modifiedAt: updatedAt ?? (publishedAt && publishedAt.getTime() < now ? publishedAt : new Date(now)),
      })
      .returning({ id: articles.id });
    await db
      .insert(articleAuthors)
      .values(article.authors.map((slug, position) => ({ articleId: row.id, authorId: authorId.get(slug)!, position })));
    added++;
  }

  if (content.breaking) {
    const [existing] = await db
      .select({ id: breakingItems.id })
      .from(breakingItems)
      .where(and(eq(breakingItems.service, service.code), eq(breakingItems.text, content.breaking.text)));
    if (!existing) {
      let link: string | null = null;
      if (content.breaking.articleSlug) {
        const [target] = await db
          .select({ id: articles.id, slug: articles.slug })
          .from(articles)
          .where(and(eq(articles.service, service.code), eq(articles.slug, content.breaking.articleSlug)));
        link = target ? paths.article(service.code, target.id, target.slug) : null;
      }
      await db.insert(breakingItems).values({
        service: service.code,
        text: content.breaking.text,
        link,
        startsAt: new Date(now - HOUR),
        expiresAt: new Date(now + BREAKING_DAYS * 24 * HOUR),
      });
    }
  }
  return added;
}

export async function seedDemo(db: Database, mediaDir: string, report: (line: string) => void = console.log): Promise<void> {
  const now = Date.now();
  for (const [i, service] of services.entries()) {
    const added = await seedService(db, service, mediaDir, now);
    report(`[${String(i + 1).padStart(2)}/${services.length}] ${service.code.padEnd(5)} ${service.englishName}: ${added} new articles`);
  }
}
