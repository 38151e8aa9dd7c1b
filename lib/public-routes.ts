import { findServiceIgnoringCase, getService, isServiceCode, type ServiceCode } from '@/i18n/services';

// The shape of every public URL under a service, checked before anything renders, so that
// malformed or unknown paths cost one cached 404 page instead of a render (and a cache entry) each.

const ID = /^[1-9][0-9]{0,9}$/;
const MAX_ID = 2_147_483_647; // PostgreSQL integer
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAGE = /^[1-9][0-9]{0,3}$/;

export type PublicRoute =
  | { kind: 'front' }
  | { kind: 'article'; id: number; slug: string | null }
  | { kind: 'section'; section: string; page: number }
  | { kind: 'author'; author: string; page: number }
  | { kind: 'search' }
  | { kind: 'feed' }
  | { kind: 'unknown' };

export type ServicePath =
  { kind: 'service'; service: ServiceCode; route: PublicRoute } | { kind: 'wrong-case'; service: ServiceCode } | { kind: 'no-service' };

export function parseServicePath(pathname: string): ServicePath {
  const segments = pathname.split('/').slice(1);
  const first = segments[0] ?? '';
  if (!isServiceCode(first)) {
    const match = findServiceIgnoringCase(first);
    return match ? { kind: 'wrong-case', service: match.code as ServiceCode } : { kind: 'no-service' };
  }
  const rest = segments.slice(1);
  if (rest.length > 0 && rest[rest.length - 1] === '') rest.pop();
  return { kind: 'service', service: first, route: parseRoute(rest, first) };
}

function pageOf(segments: string[]): number | null {
  if (segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === 'page' && PAGE.test(segments[1])) {
    const n = Number(segments[1]);
    return n > 1 ? n : null;
  }
  return null;
}

function parseRoute(rest: string[], service: ServiceCode): PublicRoute {
  const [head, a, b, ...more] = rest;
  if (head === undefined) return { kind: 'front' };
  if (head === 'search' && rest.length === 1) return { kind: 'search' };
  if ((head === 'rss.xml' || head === 'atom.xml') && rest.length === 1) return { kind: 'feed' };
  if (head === 'articles' && a !== undefined && ID.test(a) && Number(a) <= MAX_ID && more.length === 0) {
    if (b === undefined) return { kind: 'article', id: Number(a), slug: null };
    return { kind: 'article', id: Number(a), slug: b.length <= 120 && SLUG.test(b) ? b : '' };
  }
  if (head === 'sections' && a !== undefined && (getService(service).sections as readonly string[]).includes(a)) {
    if ((b === 'rss.xml' || b === 'atom.xml') && more.length === 0) return { kind: 'feed' };
    const page = pageOf(rest.slice(2));
    if (page) return { kind: 'section', section: a, page };
  }
  if (head === 'authors' && a !== undefined && a.length <= 80 && SLUG.test(a)) {
    const page = pageOf(rest.slice(2));
    if (page) return { kind: 'author', author: a, page };
  }
  return { kind: 'unknown' };
}
