import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  getAuthorListing,
  getFrontPage,
  getPublishedArticle,
  getPublishedTranslations,
  getRelatedArticles,
  getSectionListing,
} from '@/db/access/articles';
import { locateArticle } from '@/db/access/route-facts';
import { getDb } from '@/db/access/connection';
import { articles } from '@/db/schema';
import { services } from '@/i18n/services';

describe.each(services)('public reads for $code', (service) => {
  it('give a front page with a lead story and sections, all published and all of this service', async () => {
    const front = await getFrontPage(service.code, service.sections);
    expect(front.lead).not.toBeNull();
    expect(front.latest.length).toBeGreaterThanOrEqual(7);
    expect(front.sections.length).toBeGreaterThanOrEqual(3);
    const shown = [front.lead!, ...front.latest, ...front.sections.flatMap((s) => s.stories)];
    for (const story of shown) expect(story.service).toBe(service.code);
    const statuses = await getDb()
      .select({ id: articles.id, status: articles.status })
      .from(articles)
      .where(eq(articles.service, service.code));
    const published = new Set(statuses.filter((s) => s.status === 'published').map((s) => s.id));
    for (const story of shown) expect(published.has(story.id)).toBe(true);
    expect(front.lead!.image?.alt).toBeTruthy();
  });

  it('never return a draft or a scheduled story as an article', async () => {
    const hidden = await getDb()
      .select({ id: articles.id, status: articles.status })
      .from(articles)
      .where(eq(articles.service, service.code));
    const unpublished = hidden.filter((a) => a.status !== 'published');
    expect(unpublished.length).toBeGreaterThanOrEqual(3);
    for (const a of unpublished) expect(await getPublishedArticle(service.code, a.id)).toBeNull();
  });

  it('give an article with bylines, related stories, and an author page for its byline', async () => {
    const { lead } = await getFrontPage(service.code, service.sections);
    const article = (await getPublishedArticle(service.code, lead!.id))!;
    expect(article.bylines.length).toBeGreaterThanOrEqual(1);
    expect(article.body.length).toBeGreaterThan(200);
    const related = await getRelatedArticles(service.code, article.section, article.id);
    expect(related.every((r) => r.id !== article.id && r.section === article.section)).toBe(true);
    const author = await getAuthorListing(service.code, article.bylines[0].slug, 1);
    expect(author?.listing.items.map((i) => i.id)).toContain(article.id);
    expect(await locateArticle(article.id)).toEqual({ service: service.code, slug: article.slug, status: 'published' });
  });

  it('page through a section', async () => {
    const listing = await getSectionListing(service.code, service.sections[0], 1);
    expect(listing.total).toBeGreaterThanOrEqual(1);
    expect(listing.pageCount).toBe(Math.max(1, Math.ceil(listing.total / 10)));
    expect(listing.items.every((i) => i.section === service.sections[0])).toBe(true);
  });
});

describe('translations', () => {
  it('link the seed story across at least 6 services, published versions only', async () => {
    const versions = await getPublishedTranslations('csto-2008');
    expect(new Set(versions.map((v) => v.service)).size).toBeGreaterThanOrEqual(6);
  });

  it('an unknown article is found nowhere', async () => {
    expect(await getPublishedArticle('en', 2_000_000_000)).toBeNull();
    expect(await locateArticle(2_000_000_000)).toBeNull();
  });
});
