import 'server-only';
import { eq } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { can, type Staff } from '@/lib/newsroom/permissions';
import { articleRevisions, articles, images } from '@/db/schema';
import { getDb } from '@/db/access/connection';

// An image no published story uses yet (a draft's upload, an old revision's photo) is the
// newsroom's: the members who may preview a story using it see it, nobody else does.

/** The services of the stories that use this master file, as lead image now or in a revision. */
async function servicesUsing(file: string): Promise<string[]> {
  const db = getDb();
  const rows = await union(
    db
      .select({ service: articles.service })
      .from(images)
      .innerJoin(articles, eq(articles.leadImageId, images.id))
      .where(eq(images.file, file)),
    db
      .select({ service: articles.service })
      .from(images)
      .innerJoin(articleRevisions, eq(articleRevisions.leadImageId, images.id))
      .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
      .where(eq(images.file, file)),
  );
  return rows.map((row) => row.service);
}

/** Whether this member may see the image before readers can: they write in a service of a story using it. */
export async function mayPreviewImage(staff: Staff, file: string): Promise<boolean> {
  if (staff.mustChangePassword) return false;
  return (await servicesUsing(file)).some((service) => can(staff, 'write', service));
}
