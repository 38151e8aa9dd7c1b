import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START } from '@/lib/content';
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search-params';

describe('search parameters', () => {
  it('keeps an ordinary query', () => {
    expect(parseSearchParams({ q: '  Ташкент   метро ' })).toEqual({ query: 'Ташкент метро', page: 1, truncated: false });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseSearchParams({ q: ['a', 'b'], page: ['2', '3'] })).toMatchObject({ query: 'a', page: 2 });
  });

  it.each(['0', '-1', 'abc', '1e9', '99999', ''])('ignores page=%s', (page) => {
    expect(parseSearchParams({ q: 'x', page }).page).toBe(1);
  });

  it('removes control and bidi characters and forged match markers', () => {
    expect(parseSearchParams({ q: `a\u0000b\u202Ec${MATCH_START}d${MATCH_END}` }).query).toBe('a b c d');
  });

  it('shortens an oversized query and says so', () => {
    const parsed = parseSearchParams({ q: 'ж'.repeat(10_000) });
    expect(Array.from(parsed.query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.truncated).toBe(true);
  });

  it('never cuts a character in half', () => {
    const parsed = parseSearchParams({ q: '😀'.repeat(300) });
    expect(parsed.query).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });
});
