import { isServiceCode, type ServiceCode } from '@/i18n/services';
import type { Capability } from '@/lib/newsroom/permissions';

// What each newsroom address needs, for the proxy's early answer (sign-in page, 403, 404). The
// data-access layer checks again on every read and write: this only sets the status code.

export type NewsroomRequirement =
  | { kind: 'public' }
  /** Where the newsroom sends a member it refuses: answered with the status page itself */
  | { kind: 'refusal'; refusal: 'forbidden' | 'missing' }
  | { kind: 'staff'; capability?: Capability; service?: ServiceCode }
  | { kind: 'unknown' };

const SERVICE_PAGES: Record<string, Capability> = { '': 'write', 'articles/new': 'write', breaking: 'breaking' };
// An article's editor, its revisions and the editor's presence heartbeat (POST)
const ARTICLE_PAGE = /^articles\/[1-9]\d{0,9}(\/revisions|\/presence)?$/;

export const newsroomPaths = {
  home: () => '/newsroom',
  signIn: (next?: string) => `/newsroom/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  session: () => '/newsroom/session',
  signOut: () => '/newsroom/session/end',
  forbidden: () => '/newsroom/forbidden',
  missing: () => '/newsroom/missing',
  audit: () => '/newsroom/audit',
  staff: () => '/newsroom/staff',
  articles: (service: string) => `/newsroom/${service}`,
  newArticle: (service: string) => `/newsroom/${service}/articles/new`,
  article: (service: string, id: number) => `/newsroom/${service}/articles/${id}`,
  revisions: (service: string, id: number) => `/newsroom/${service}/articles/${id}/revisions`,
  presence: (service: string, id: number) => `/newsroom/${service}/articles/${id}/presence`,
  breaking: (service: string) => `/newsroom/${service}/breaking`,
  preview: (service: string, id: number, version?: number) => `/newsroom/preview/${service}/${id}${version ? `?version=${version}` : ''}`,
};

/** Only newsroom paths may be the target of "return to this page after signing in". */
export function isNewsroomPath(path: string): boolean {
  return /^\/newsroom(\/[\w/-]*)?(\?[\w=&%.-]*)?$/.test(path) && !path.includes('//');
}

export function newsroomRequirement(pathname: string): NewsroomRequirement {
  const rest = pathname.replace(/^\/newsroom\/?/, '').replace(/\/$/, '');
  if (['sign-in', 'session', 'session/end'].includes(rest)) return { kind: 'public' };
  if (rest === 'forbidden' || rest === 'missing') return { kind: 'refusal', refusal: rest };
  if (rest === '') return { kind: 'staff' };
  if (rest === 'audit') return { kind: 'staff', capability: 'audit' };
  if (rest === 'staff') return { kind: 'staff', capability: 'staff' };
  const preview = /^preview\/([^/]+)\/[1-9]\d{0,9}$/.exec(rest);
  if (preview) return isServiceCode(preview[1]) ? { kind: 'staff', capability: 'write', service: preview[1] } : { kind: 'unknown' };
  const [service, ...page] = rest.split('/');
  if (!isServiceCode(service)) return { kind: 'unknown' };
  const sub = page.join('/');
  if (sub in SERVICE_PAGES) return { kind: 'staff', capability: SERVICE_PAGES[sub], service };
  if (ARTICLE_PAGE.test(sub)) return { kind: 'staff', capability: 'write', service };
  return { kind: 'unknown' };
}
