import { describe, expect, it } from 'vitest';
import { tagsForArticleChange } from '@/db/access/invalidate';

describe('what a content change invalidates', () => {
  it('names the article, its service, section, bylines, translations and lead image', () => {
    const tags = tagsForArticleChange([
      { id: 7, service: 'fa', section: 'world', authorSlugs: ['a', 'b'], translationGroup: 'csto-2008', leadImage: 'upload-1.png' },
    ]);
    expect(tags.sort()).toEqual(
      ['article:7', 'service:fa', 'section:fa:world', 'author:fa:a', 'author:fa:b', 'translations:csto-2008', 'image:upload-1.png'].sort(),
    );
  });

  it('covers both the old and the new place of a moved article, once each', () => {
    const tags = tagsForArticleChange([
      { id: 7, service: 'fa', section: 'world', authorSlugs: ['a'], translationGroup: null, leadImage: 'upload-1.png' },
      { id: 7, service: 'fa', section: 'economy', authorSlugs: ['a'], translationGroup: null, leadImage: 'upload-2.png' },
    ]);
    expect(tags).toContain('section:fa:world');
    expect(tags).toContain('section:fa:economy');
    // A new lead image: the old one may no longer be public, the new one may now be.
    expect(tags).toContain('image:upload-1.png');
    expect(tags).toContain('image:upload-2.png');
    expect(tags.filter((t) => t === 'article:7')).toHaveLength(1);
  });
});
