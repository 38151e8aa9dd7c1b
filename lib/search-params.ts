import { MATCH_END, MATCH_START } from '@/lib/content';
import { pageNumber } from '@/lib/routes';

export const MAX_QUERY_LENGTH = 200;

// Control characters, bidi overrides and our snippet markers never belong in a query.
const unwanted = new RegExp(`[\\u0000-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069${MATCH_START}${MATCH_END}]`, 'g');

export type SearchRequest = { query: string; page: number; truncated: boolean };

/** Reads ?q= and ?page= from whatever a reader or a robot sends; never throws. */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchRequest {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const cleaned = first(raw.q).replace(unwanted, ' ').replace(/\s+/g, ' ').trim();
  const query = Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim();
  const pageText = first(raw.page);
  const page = pageNumber.safeParse(pageText).data ?? 1;
  return { query, page, truncated: Array.from(cleaned).length > MAX_QUERY_LENGTH };
}
