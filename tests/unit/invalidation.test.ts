import { describe, expect, it } from 'vitest';
import { tagsForArticleChange } from '@/db/access/invalidate';

describe('what a content change invalidates', () => {
  it('names the article, its service, section, bylines and translations', () => {
    const tags = tagsForArticleChange([{ id: 7, service: 'fa', section: 'world', authorSlugs: ['a', 'b'], translationGroup: 'csto-2008' }]);
    expect(tags.sort()).toEqual(
      ['article:7', 'service:fa', 'section:fa:world', 'author:fa:a', 'author:fa:b', 'translations:csto-2008'].sort(),
    );
  });

  it('covers both the old and the new place of a moved article, once each', () => {
    const tags = tagsForArticleChange([
      { id: 7, service: 'fa', section: 'world', authorSlugs: ['a'], translationGroup: null },
      { id: 7, service: 'fa', section: 'economy', authorSlugs: ['a'], translationGroup: null },
    ]);
    expect(tags).toContain('section:fa:world');
    expect(tags).toContain('section:fa:economy');
    expect(tags.filter((t) => t === 'article:7')).toHaveLength(1);
  });
});
