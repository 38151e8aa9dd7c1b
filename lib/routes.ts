import { z } from 'zod';
import { findServiceIgnoringCase, getService, isServiceCode, sectionSlugs, type ServiceCode } from '@/i18n/services';
import type { Capability } from '@/lib/newsroom/permissions';

// The routing grammar: every URL Polyphony answers, in one table. Each route names its shape (the
// app/ folder it lives in, with its [parameters]), who may use it, and how its parameters parse;
// the same table builds every URL. The proxy, pages, route handlers, Server Actions, the lite
// server and the sitemaps all read it; nothing else matches a URL with a regular expression.
// tests/unit/route-folders.test.ts holds it against the folders of app/.

const MAX_ID = 2_147_483_647; // PostgreSQL integer
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Widths and aspect ratios the media route serves images at */
export const mediaWidths = [320, 640, 960, 1280, 1600] as const;
export const mediaRatios = { '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 } as const;
export type MediaRatio = keyof typeof mediaRatios;

const serviceCode = z
  .string()
  .refine(isServiceCode)
  .transform((s) => s as ServiceCode);
const slug = (max: number) => z.string().max(max).regex(SLUG);
const pageDigits = z
  .string()
  .regex(/^[1-9][0-9]{0,3}$/)
  .transform(Number);
/** A page number in a query string (?page=N): 1 to 9999 */
export const pageNumber = pageDigits;
const id = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(MAX_ID));

/** Whether text is a canonical slug: lower-case ASCII words joined by single hyphens */
export const isSlug = (text: string) => SLUG.test(text);

/** One parser per folder parameter name: `[id]` means the same wherever it appears. */
export const segments = {
  locale: serviceCode,
  service: serviceCode,
  id,
  /** Any text: the proxy sends a non-canonical slug to the canonical one */
  slug: z.string(),
  section: z.enum(sectionSlugs),
  author: slug(80),
  /** Numbered pages start at 2: the first page is the list's own URL */
  page: pageDigits.pipe(z.number().min(2)),
  /** pages.xml, news.xml or an article file N.xml */
  sitemap: z
    .string()
    .regex(/^(?:pages|news|[1-9][0-9]{0,4})\.xml$/)
    .transform((file) => file.slice(0, -'.xml'.length)),
  ratio: z.enum(Object.keys(mediaRatios) as [MediaRatio, ...MediaRatio[]]),
  width: z
    .string()
    .regex(/^[1-9][0-9]{2,3}$/)
    .transform(Number)
    .pipe(z.union(mediaWidths.map((w) => z.literal(w)) as unknown as [z.ZodLiteral<(typeof mediaWidths)[number]>])),
  rendition: z.string().regex(/^[a-z0-9-]{1,80}\.webp$/),
  /** A staff account's id (a UUID, lower case as the account was made) */
  member: z.uuid().refine((value) => value === value.toLowerCase()),
};
type SegmentName = keyof typeof segments;
/** How a parsed parameter goes back into a URL, where that is not String(value) */
const formats: Partial<Record<SegmentName, (value: unknown) => string>> = { sitemap: (name) => `${String(name)}.xml` };

/**
 * reader: a service's public page (lite HTML); portal: a public page of no service; feed and
 * machine: public route handlers (feeds, sitemaps, APIs, images); internal: reached only by the
 * proxy's rewrite; newsroom: staff only (the proxy checks `capability` in the `service` named).
 */
type Area = 'reader' | 'portal' | 'feed' | 'machine' | 'internal' | 'newsroom';

type RouteSpec = {
  /** The URL's shape; its [name] segments are folder names under app/ */
  shape: string;
  /** The route group of its folder under app/ */
  group?: '(service)' | '(portal)' | '(newsroom)' | '(preview)';
  file: 'page' | 'route';
  area: Area;
  /** Newsroom: who may use it ('public': anyone; 'member': any signed-in member; else a capability) */
  access?: 'public' | 'member' | Capability;
};

export const routes = {
  front: { shape: '/[locale]', group: '(service)', file: 'page', area: 'reader' },
  article: { shape: '/[locale]/articles/[id]/[slug]', group: '(service)', file: 'page', area: 'reader' },
  section: { shape: '/[locale]/sections/[section]', group: '(service)', file: 'page', area: 'reader' },
  sectionPage: { shape: '/[locale]/sections/[section]/page/[page]', group: '(service)', file: 'page', area: 'reader' },
  author: { shape: '/[locale]/authors/[author]', group: '(service)', file: 'page', area: 'reader' },
  authorPage: { shape: '/[locale]/authors/[author]/page/[page]', group: '(service)', file: 'page', area: 'reader' },
  search: { shape: '/[locale]/search', group: '(service)', file: 'page', area: 'reader' },
  rss: { shape: '/[locale]/rss.xml', group: '(service)', file: 'route', area: 'feed' },
  atom: { shape: '/[locale]/atom.xml', group: '(service)', file: 'route', area: 'feed' },
  sectionRss: { shape: '/[locale]/sections/[section]/rss.xml', group: '(service)', file: 'route', area: 'feed' },
  sectionAtom: { shape: '/[locale]/sections/[section]/atom.xml', group: '(service)', file: 'route', area: 'feed' },
  notFound: { shape: '/[locale]/status/not-found', group: '(service)', file: 'page', area: 'internal' },
  gone: { shape: '/[locale]/status/gone', group: '(service)', file: 'page', area: 'internal' },
  sites: { shape: '/sites', group: '(portal)', file: 'page', area: 'portal' },
  robots: { shape: '/robots.txt', file: 'route', area: 'machine' },
  sitemapIndex: { shape: '/sitemap.xml', file: 'route', area: 'machine' },
  sitemap: { shape: '/sitemaps/[service]/[sitemap]', file: 'route', area: 'machine' },
  breakingJson: { shape: '/api/breaking/[service]', file: 'route', area: 'machine' },
  clock: { shape: '/api/clock', file: 'route', area: 'machine' },
  media: { shape: '/media/[ratio]/[width]/[rendition]', file: 'route', area: 'machine' },
  newsroom: { shape: '/newsroom', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'member' },
  signIn: { shape: '/newsroom/sign-in', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'public' },
  session: { shape: '/newsroom/session', group: '(newsroom)', file: 'route', area: 'newsroom', access: 'public' },
  signOut: { shape: '/newsroom/session/end', group: '(newsroom)', file: 'route', area: 'newsroom', access: 'public' },
  forbidden: { shape: '/newsroom/forbidden', group: '(newsroom)', file: 'route', area: 'newsroom', access: 'public' },
  missing: { shape: '/newsroom/missing', group: '(newsroom)', file: 'route', area: 'newsroom', access: 'public' },
  audit: { shape: '/newsroom/audit', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'audit' },
  staff: { shape: '/newsroom/staff', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'staff' },
  staffMember: { shape: '/newsroom/staff/[member]', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'staff' },
  passwordReset: {
    shape: '/newsroom/staff/[member]/password-reset',
    group: '(newsroom)',
    file: 'route',
    area: 'newsroom',
    access: 'staff',
  },
  password: { shape: '/newsroom/password', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'member' },
  desk: { shape: '/newsroom/[service]', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'write' },
  newArticle: { shape: '/newsroom/[service]/articles/new', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'write' },
  editArticle: { shape: '/newsroom/[service]/articles/[id]', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'write' },
  revisions: { shape: '/newsroom/[service]/articles/[id]/revisions', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'write' },
  /** The editor's heartbeat and take-over (POST) */
  presence: { shape: '/newsroom/[service]/articles/[id]/presence', group: '(newsroom)', file: 'route', area: 'newsroom', access: 'write' },
  breakingDesk: { shape: '/newsroom/[service]/breaking', group: '(newsroom)', file: 'page', area: 'newsroom', access: 'breaking' },
  preview: { shape: '/newsroom/preview/[service]/[id]', group: '(preview)', file: 'page', area: 'newsroom', access: 'write' },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;
type ShapeOf<R extends RouteName> = (typeof routes)[R]['shape'];
type ParamNames<S extends string> = S extends `${string}[${infer P}]${infer Rest}` ? P | ParamNames<Rest> : never;
/** A route's parameters as the app uses them (parsed: numbers, service codes, section slugs) */
export type RouteParams<R extends RouteName> = { [K in ParamNames<ShapeOf<R>> & SegmentName]: z.output<(typeof segments)[K]> };
export type RouteMatch = { [R in RouteName]: { route: R; params: RouteParams<R> } }[RouteName];

/** What a newsroom route needs: nothing, a signed-in member, or a capability (in the service it names). */
export type NewsroomAccess = { kind: 'public' } | { kind: 'staff'; capability?: Capability; service?: ServiceCode };

/** The access rule of a matched newsroom route; null for routes outside the newsroom. */
export function newsroomAccess(match: RouteMatch): NewsroomAccess | null {
  const access = (routes[match.route] as RouteSpec).access;
  if (!access) return null;
  if (access === 'public') return { kind: 'public' };
  if (access === 'member') return { kind: 'staff' };
  const params = match.params as { service?: ServiceCode };
  return params.service ? { kind: 'staff', capability: access, service: params.service } : { kind: 'staff', capability: access };
}

/** Files served as they are: app/icon.svg and the public/ folder. */
export const staticFiles = ['/icon.svg', '/logo.png', '/scripts/breaking-banner.js'] as const;

/** Shapes the proxy answers itself with a redirect: they have no folder. */
export const redirectShapes = {
  /** To the reader's service, by Accept-Language */
  root: '/',
  /** To the article's canonical URL */
  articleWithoutSlug: '/[locale]/articles/[id]',
} as const;

const split = (path: string) => {
  const parts = path.split('/').slice(1);
  // One trailing slash is the same address.
  if (parts.length > 1 && parts.at(-1) === '') parts.pop();
  return parts;
};
const compiled = Object.entries(routes).map(([name, spec]) => ({
  name: name as RouteName,
  spec: spec as RouteSpec,
  parts: split(spec.shape),
}));
const paramOf = (part: string) => (part.startsWith('[') && part.endsWith(']') ? (part.slice(1, -1) as SegmentName) : null);

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function matchParts(parts: string[], shape: string[]): Record<string, unknown> | null {
  if (parts.length !== shape.length) return null;
  const params: Record<string, unknown> = {};
  for (const [i, expected] of shape.entries()) {
    const name = paramOf(expected);
    if (!name) {
      if (parts[i] !== expected) return null;
      continue;
    }
    const value = decode(parts[i]);
    const parsed = value === null ? null : segments[name].safeParse(value);
    if (!parsed?.success) return null;
    params[name] = parsed.data;
  }
  // A section must be one the service has.
  const service = params.locale ?? params.service;
  if (
    params.section !== undefined &&
    !(getService(service as ServiceCode).sections as readonly string[]).includes(params.section as string)
  )
    return null;
  return params;
}

/** The route a path (without query) names, with its parsed parameters, or null. */
export function matchPath(pathname: string): RouteMatch | null {
  const parts = split(pathname);
  for (const { name, parts: shape } of compiled) {
    const params = matchParts(parts, shape);
    if (params) return { route: name, params } as RouteMatch;
  }
  return null;
}

/** An article URL without its slug: the id, to redirect to the canonical URL. */
export function matchArticleWithoutSlug(pathname: string): { locale: ServiceCode; id: number } | null {
  return matchParts(split(pathname), split(redirectShapes.articleWithoutSlug)) as { locale: ServiceCode; id: number } | null;
}

/** The same path with its service prefix in the right letter case, when only the case is wrong. */
export function withServiceCase(pathname: string): string | null {
  const [first = '', ...rest] = split(pathname);
  if (isServiceCode(first)) return null;
  const service = findServiceIgnoringCase(first);
  return service ? ['', service.code, ...rest].join('/') : null;
}

/** The service a path's first segment names, in any letter case (for error pages), or null. */
export function serviceOfPath(pathname: string): ServiceCode | null {
  const service = findServiceIgnoringCase(split(pathname)[0] ?? '');
  return service ? (service.code as ServiceCode) : null;
}

export const isStaticFile = (pathname: string) => (staticFiles as readonly string[]).includes(pathname);

/** The area a path falls in before it is known to be a route: for the right kind of 404. */
export function areaOfPath(pathname: string): 'newsroom' | 'machine' | 'reader' {
  const [first] = split(pathname);
  if (first === 'newsroom') return 'newsroom';
  return ['api', 'media', 'sitemaps', 'scripts', '_next'].includes(first ?? '') ? 'machine' : 'reader';
}

/** The typed parameters of a route from Next's raw params, or null when they do not parse. */
export function parseParams<R extends RouteName>(route: R, raw: Record<string, string | string[] | undefined>): RouteParams<R> | null {
  const params: Record<string, unknown> = {};
  for (const part of split(routes[route].shape)) {
    const name = paramOf(part);
    if (!name) continue;
    const value = raw[name];
    const parsed = typeof value === 'string' ? segments[name].safeParse(value) : null;
    if (!parsed?.success) return null;
    params[name] = parsed.data;
  }
  return params as RouteParams<R>;
}

/** The path of a route with these parameters. */
export function hrefOf<R extends RouteName>(route: R, params: RouteParams<R>): string {
  const values = params as Record<string, unknown>;
  return routes[route].shape.replace(/\[(\w+)\]/g, (_, name: SegmentName) =>
    encodeURIComponent(formats[name]?.(values[name]) ?? String(values[name])),
  );
}

const query = (entries: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Every public URL, so links, redirects, canonicals, sitemaps and tests agree. */
export const paths = {
  front: (service: ServiceCode) => hrefOf('front', { locale: service }),
  article: (service: ServiceCode, id: number, slug: string) => hrefOf('article', { locale: service, id, slug }),
  section: (service: ServiceCode, section: (typeof sectionSlugs)[number], page = 1) =>
    page > 1 ? hrefOf('sectionPage', { locale: service, section, page }) : hrefOf('section', { locale: service, section }),
  author: (service: ServiceCode, author: string, page = 1) =>
    page > 1 ? hrefOf('authorPage', { locale: service, author, page }) : hrefOf('author', { locale: service, author }),
  search: (service: ServiceCode, q?: string, page = 1) =>
    `${hrefOf('search', { locale: service })}${query({ q, page: q && page > 1 ? page : undefined })}`,
  feed: (service: ServiceCode, format: 'rss' | 'atom', section?: (typeof sectionSlugs)[number]) =>
    section ? hrefOf(format === 'rss' ? 'sectionRss' : 'sectionAtom', { locale: service, section }) : hrefOf(format, { locale: service }),
  notFound: (service: ServiceCode) => hrefOf('notFound', { locale: service }),
  gone: (service: ServiceCode) => hrefOf('gone', { locale: service }),
  breakingJson: (service: ServiceCode) => hrefOf('breakingJson', { service }),
  allSites: () => hrefOf('sites', {}),
  sitemapIndex: () => hrefOf('sitemapIndex', {}),
  /** One of a service's sitemaps: 'pages', 'news' or an article file number */
  sitemap: (service: ServiceCode, name: string) => hrefOf('sitemap', { service, sitemap: name }),
  /** A master image (name.png) as WebP, cropped to a ratio, at one of the served widths */
  media: (file: string, width: (typeof mediaWidths)[number], ratio: MediaRatio = '16x9') =>
    hrefOf('media', { ratio, width, rendition: file.replace(/\.png$/, '.webp') }),
};

/** The master image (name.png) a rendition (name.webp) is made of */
export const masterOfRendition = (rendition: string) => rendition.replace(/\.webp$/, '.png');

/** Every newsroom URL. */
export const newsroomPaths = {
  home: () => hrefOf('newsroom', {}),
  signIn: (next?: string) => `${hrefOf('signIn', {})}${query({ next })}`,
  session: () => hrefOf('session', {}),
  signOut: () => hrefOf('signOut', {}),
  forbidden: () => hrefOf('forbidden', {}),
  missing: () => hrefOf('missing', {}),
  audit: () => hrefOf('audit', {}),
  staff: () => hrefOf('staff', {}),
  staffMember: (member: string) => hrefOf('staffMember', { member }),
  passwordReset: (member: string) => hrefOf('passwordReset', { member }),
  password: () => hrefOf('password', {}),
  articles: (service: ServiceCode) => hrefOf('desk', { service }),
  newArticle: (service: ServiceCode) => hrefOf('newArticle', { service }),
  article: (service: ServiceCode, id: number) => hrefOf('editArticle', { service, id }),
  revisions: (service: ServiceCode, id: number) => hrefOf('revisions', { service, id }),
  presence: (service: ServiceCode, id: number) => hrefOf('presence', { service, id }),
  breaking: (service: ServiceCode) => hrefOf('breakingDesk', { service }),
  preview: (service: ServiceCode, id: number, version?: number) => `${hrefOf('preview', { service, id })}${query({ version })}`,
};

/**
 * Where sign-in may send a member back to: a newsroom page of this site (path and query), or
 * null. Anything else (another site, a public page, an unknown path) is refused.
 */
export function newsroomReturnPath(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate, 'http://polyphony.invalid');
  } catch {
    return null;
  }
  // Only an address already in its plain form: nothing the URL parser had to normalize (dot
  // segments, backslashes, control characters, a fragment), and no other address in its query.
  const plain = url.pathname + url.search;
  if (url.origin !== 'http://polyphony.invalid' || plain !== candidate || candidate.startsWith('//')) return null;
  if ([...url.searchParams.values()].some((value) => value.includes('/'))) return null;
  const match = matchPath(url.pathname);
  return match && routes[match.route].area === 'newsroom' && routes[match.route].file === 'page' ? plain : null;
}
