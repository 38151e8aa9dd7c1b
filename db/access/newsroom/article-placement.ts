import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { SectionSlug, ServiceCode } from '@/i18n/services';
import type { ArticleStatus, ImageRef } from '@/lib/content';
import type { EditableArticle } from '@/lib/newsroom/types';
import type { Database } from '@/db/client';
import { articleAuthors, articles, authors, images, sections } from '@/db/schema';
import type { ArticlePlacement } from '@/db/access/invalidate';

// Reads shared by the newsroom's article modules: an article as the editor holds it, and where
// it stands on the public site (what a change to it must expire).

export const isPublic = (status: ArticleStatus) => status === 'published';

/** An image file with the words an article (or one of its revisions) gives it */
export function toImageRef(
  { id, file, width, height }: typeof images.$inferSelect,
  text: { alt: string; caption: string; credit: string },
): ImageRef {
  return { id, file, width, height, alt: text.alt, caption: text.caption, credit: text.credit };
}

export async function loadArticle(db: Pick<Database, 'select'>, service: string, id: number): Promise<EditableArticle | null> {
  const [row] = await db
    .select({ article: articles, section: sections.slug, image: images })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .where(and(eq(articles.id, id), eq(articles.service, service)));
  if (!row) return null;
  const bylines = await db
    .select({ id: articleAuthors.authorId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.position));
  const a = row.article;
  return {
    id: a.id,
    service: a.service as ServiceCode,
    slug: a.slug,
    headline: a.headline,
    dek: a.dek,
    body: a.body,
    section: row.section as SectionSlug,
    authorIds: bylines.map((b) => b.id),
    image: row.image ? toImageRef(row.image, { alt: a.leadImageAlt, caption: a.leadImageCaption, credit: a.leadImageCredit }) : null,
    correction: a.correction,
    status: a.status,
    version: a.version,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    translationGroup: a.translationGroup,
  };
}

export async function placementOf(db: Pick<Database, 'select'>, id: number): Promise<ArticlePlacement | null> {
  const [row] = await db
    .select({
      id: articles.id,
      service: articles.service,
      section: sections.slug,
      translationGroup: articles.translationGroup,
      leadImage: images.file,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const bylines = await db
    .select({ slug: authors.slug })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, id));
  return { ...row, authorSlugs: bylines.map((b) => b.slug) };
}
