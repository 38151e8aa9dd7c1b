import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { services } from '@/i18n/services';
import { wordDiff } from '@/lib/newsroom/word-diff';

// Revisions and stale translations are compared word by word in every service's script: one
// word changed in a demo headline is one word struck out and one word marked, never letters.

const firstStory = (code: string): { headline: string; dek: string } =>
  JSON.parse(readFileSync(new URL(`../../db/seed/content/${code}.json`, import.meta.url), 'utf8')).articles[0];
const plainWords = (text: string) => text.split(' ').filter((w) => /^\p{L}{3,}$/u.test(w));

describe.each(services)('$code', (service) => {
  it('marks a changed word whole, and keeps the rest of the text as it was', () => {
    const { headline, dek } = firstStory(service.code);
    const word = plainWords(headline)[0];
    const replacement = plainWords(dek).find((w) => w !== word && !headline.includes(w));
    expect(word, 'a plain word in the headline').toBeDefined();
    expect(replacement, 'a word of the summary not in the headline').toBeDefined();
    const edited = headline.replace(word, replacement!);
    const parts = wordDiff(headline, edited, service.htmlLang);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual([word]);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual([replacement]);
    const join = (kind: 'added' | 'removed') =>
      parts
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join('');
    expect(join('added')).toBe(headline);
    expect(join('removed')).toBe(edited);
  });
});
