import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { ServiceCode } from '@/i18n/services';
import { markdownToPlainText } from '@/lib/markdown-text';
import { can } from '@/lib/newsroom/permissions';
import type { TranslationResult } from '@/lib/newsroom/types';
import { articleRevisions, articles, sections } from '@/db/schema';
import { getDb } from '@/db/access/connection';
import { invalidateArticleChange } from '@/db/access/invalidate';
import { isPublic, loadArticle, placementOf } from '@/db/access/newsroom/article-placement';
import { AccessDenied, requireStaff } from '@/db/access/newsroom/session';

// Versions of one story across services, linked by a translation group.

/** A draft in the target service linked to the source story, starting from the source's text. */
export async function createTranslationDraft(service: ServiceCode, id: number, target: ServiceCode): Promise<TranslationResult> {
  const staff = await requireStaff('write', service);
  if (!can(staff, 'write', target)) throw new AccessDenied('forbidden');
  const db = getDb();
  const source = await loadArticle(db, service, id);
  if (!source) return { kind: 'invalid', errors: { form: { key: 'notFound' } } };
  const created = await db.transaction(async (tx) => {
    const group = source.translationGroup ?? crypto.randomUUID();
    if (!source.translationGroup) await tx.update(articles).set({ translationGroup: group }).where(eq(articles.id, id));
    const [existing] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.translationGroup, group), eq(articles.service, target)));
    if (existing) return { kind: 'exists' as const, id: existing.id };
    const [section] = await tx
      .select({ id: sections.id })
      .from(sections)
      .where(and(eq(sections.service, target), eq(sections.slug, source.section)));
    const [taken] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.service, target), eq(articles.slug, source.slug)));
    const slug = taken ? `${source.slug.slice(0, 100)}-${id}` : source.slug;
    const fields = {
      headline: source.headline,
      dek: source.dek,
      slug,
      body: source.body,
      sectionId: section.id,
      leadImageId: source.image?.id ?? null,
      correction: '',
    };
    // The image file is shared; its words are copied, for the translator to put in their language.
    const imageText = { alt: source.image?.alt ?? '', caption: source.image?.caption ?? '', credit: source.image?.credit ?? '' };
    const [{ id: newId }] = await tx
      .insert(articles)
      .values({
        ...fields,
        leadImageAlt: imageText.alt,
        leadImageCaption: imageText.caption,
        leadImageCredit: imageText.credit,
        service: target,
        bodyText: markdownToPlainText(source.body),
        status: 'draft',
        translationGroup: group,
        translatedFromId: source.id,
        translatedFromVersion: source.version,
      })
      .returning({ id: articles.id });
    await tx.insert(articleRevisions).values({
      articleId: newId,
      version: 1,
      ...fields,
      imageAlt: imageText.alt,
      imageCaption: imageText.caption,
      imageCredit: imageText.credit,
      authorIds: [],
      savedBy: staff.id,
      savedByName: staff.name,
    });
    return { kind: 'created' as const, id: newId, newGroup: !source.translationGroup };
  });
  // A public source page cached before it had a group does not list translations yet.
  if (created.kind === 'created' && created.newGroup && isPublic(source.status)) {
    const placement = await placementOf(db, id);
    if (placement) invalidateArticleChange([placement]);
  }
  return created.kind === 'created' ? { kind: 'created', id: created.id } : created;
}
