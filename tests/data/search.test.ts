import { describe, expect, it } from 'vitest';
import { searchArticles } from '@/db/access/articles';
import { getDb } from '@/db/access/connection';
import { articles, sections } from '@/db/schema';
import { and, eq } from 'drizzle-orm';
import { markdownToPlainText } from '@/lib/markdown-text';
import { MATCH_START } from '@/lib/content';
import { services } from '@/i18n/services';

const hostile = [
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  '<script>alert(1)</script>',
  '!!!',
  '&|!()<->:*',
  '"unbalanced',
  '-',
  'OR',
  '\\',
  '%00',
  'a'.repeat(200),
  '🙂🙃',
  'ـ',
  '‮evil‬',
  'select * from pg_catalog.pg_user',
];

async function addStory(service: string, slug: string, headline: string, body: string, status: 'published' | 'draft' = 'published') {
  const [section] = await getDb().select().from(sections).where(and(eq(sections.service, service), eq(sections.slug, 'news')));
  await getDb()
    .insert(articles)
    .values({ service, slug, sectionId: section.id, headline, dek: '', body, bodyText: markdownToPlainText(body), status, publishedAt: new Date() })
    .onConflictDoNothing();
}

describe('search', () => {
  it.each(services)('finds $code stories by a word of their headline, with a marked snippet', async (service) => {
    const { lead } = await import('@/db/access/articles').then((m) => m.getFrontPage(service.code, service.sections));
    const word = lead!.headline.split(/[\s,.:;«»"“”„()]+/u).filter((w) => w.length > 4)[0];
    const result = await searchArticles(service.code, word, 1);
    expect(result.hits.map((h) => h.id)).toContain(lead!.id);
    expect(result.hits.every((h) => h.service === service.code)).toBe(true);
    expect(result.hits.some((h) => h.snippet.includes(MATCH_START) || h.headline.includes(word))).toBe(true);
  });

  it('ranks a headline match above a body match', async () => {
    await addStory('en', 'test-rank-body', 'A story about rivers', 'Somewhere deep in this body is the word quillwort, once.');
    await addStory('en', 'test-rank-headline', 'Quillwort found in mountain lake', 'A short body about a plant.');
    const result = await searchArticles('en', 'quillwort', 1);
    expect(result.hits.map((h) => h.slug)).toEqual(['test-rank-headline', 'test-rank-body']);
    // Stories without a lead image come back with none, not an empty one.
    expect(result.hits[0].image).toBeNull();
  });

  it('never finds drafts', async () => {
    await addStory('en', 'test-secret-draft', 'Zanzibarquux draft headline', 'Draft body.', 'draft');
    expect((await searchArticles('en', 'zanzibarquux', 1)).total).toBe(0);
  });

  it.each(hostile)('answers %j without an error', async (query) => {
    const result = await searchArticles('ru', query, 1);
    expect(result.total).toBeGreaterThanOrEqual(0);
  });

  it('answers a page past the end with no hits', async () => {
    const result = await searchArticles('en', 'the', 999);
    expect(result.hits).toEqual([]);
  });
});
