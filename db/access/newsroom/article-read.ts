import 'server-only';
import { and, asc, count, desc, eq, ilike } from 'drizzle-orm';
import { getService, type ServiceCode } from '@/i18n/services';
import type { ArticleStatus } from '@/lib/content';
import type { EditableArticle, EditorChoices, NewsroomListItem, StoryVersion } from '@/lib/newsroom/types';
import { articles, authors } from '@/db/schema';
import { getDb } from '@/db/access/connection';
import { loadArticle } from '@/db/access/newsroom/article-placement';
import { requireStaff } from '@/db/access/newsroom/session';

// The newsroom's reads of articles, whatever their status. Every function checks the signed-in
// member's rights for the service first; public pages never call these (their reads are in
// db/access/articles.ts and only ever see published rows).

export const NEWSROOM_PAGE_SIZE = 50;

export async function listServiceArticles(
  service: ServiceCode,
  filter: { status?: ArticleStatus; headline?: string; page: number },
): Promise<{ items: NewsroomListItem[]; total: number }> {
  await requireStaff('write', service);
  const where = and(
    eq(articles.service, service),
    filter.status ? eq(articles.status, filter.status) : undefined,
    // LIKE wildcards typed by the user are matched literally.
    filter.headline ? ilike(articles.headline, `%${filter.headline.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const db = getDb();
  const [items, [{ n }]] = await Promise.all([
    db
      .select({
        id: articles.id,
        headline: articles.headline,
        slug: articles.slug,
        status: articles.status,
        modifiedAt: articles.modifiedAt,
        publishedAt: articles.publishedAt,
      })
      .from(articles)
      .where(where)
      .orderBy(desc(articles.modifiedAt), desc(articles.id))
      .limit(NEWSROOM_PAGE_SIZE)
      .offset((filter.page - 1) * NEWSROOM_PAGE_SIZE),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  return { items, total: n };
}

export async function getEditableArticle(service: ServiceCode, id: number): Promise<EditableArticle | null> {
  await requireStaff('write', service);
  return loadArticle(getDb(), service, id);
}

export async function getEditorChoices(service: ServiceCode): Promise<EditorChoices> {
  await requireStaff('write', service);
  const rows = await getDb()
    .select({ id: authors.id, name: authors.name })
    .from(authors)
    .where(eq(authors.service, service))
    .orderBy(asc(authors.name));
  return { sections: [...getService(service).sections], authors: rows };
}

/** Every version of a story across services, whatever their status (newsroom only). */
export async function getStoryVersions(service: ServiceCode, group: string): Promise<StoryVersion[]> {
  await requireStaff('write', service);
  const rows = await getDb()
    .select({ service: articles.service, id: articles.id, headline: articles.headline, status: articles.status })
    .from(articles)
    .where(eq(articles.translationGroup, group))
    .orderBy(asc(articles.service));
  return rows.map((r) => ({ ...r, service: r.service as ServiceCode }));
}
