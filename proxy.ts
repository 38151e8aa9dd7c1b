import { NextResponse, type NextRequest } from 'next/server';
import { authorPageCount, isImagePublic, locateArticle, sectionPageCount } from '@/db/access/route-facts';
import { mayPreviewImage } from '@/db/access/newsroom/image-access';
import { staffFromHeaders } from '@/db/access/newsroom/session';
import type { ServiceCode } from '@/i18n/services';
import { negotiateService } from '@/lib/accept-language';
import { getRendition } from '@/lib/media';
import { renditionNotFound, renditionResponse } from '@/lib/media-responses';
import { contentSecurityPolicy, NONCE_HEADER } from '@/lib/security-headers';
import { isSameOrigin } from '@/lib/newsroom/requests';
import { newsroomStatusPage, statusOf } from '@/lib/newsroom/status-page';
import { can } from '@/lib/newsroom/permissions';
import {
  areaOfPath,
  isStaticFile,
  masterOfRendition,
  matchArticleWithoutSlug,
  matchPath,
  newsroomAccess,
  newsroomPaths,
  paths,
  routes,
  serviceOfPath,
  withServiceCase,
  type RouteMatch,
  type RouteParams,
} from '@/lib/routes';

// The front door. It decides, once per request and before anything renders, what a URL is: the
// route and its parameters (lib/routes.ts), and for content the facts (exists, public, canonical
// slug, page in range). Malformed, unknown, moved and removed URLs are answered here, so pages
// and route handlers only ever see URLs of content that exists, and random URLs cannot fill the
// cache. Access to newsroom data is checked again in the data-access layer.

function rewrite(request: NextRequest, pathname: string, status?: number) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = '';
  return NextResponse.rewrite(url, status ? { status } : undefined);
}

function redirect(request: NextRequest, pathname: string, status: 307 | 308) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return NextResponse.redirect(url, status);
}

const readersService = (request: NextRequest) => negotiateService(request.headers.get('accept-language'));

/** A 404 in the form the asker reads: the newsroom's page, JSON or text for machines, else the service's page. */
async function notFound(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const area = areaOfPath(pathname);
  if (area === 'newsroom') return newsroomGate(request, null);
  if (area === 'machine')
    return pathname.startsWith('/api/')
      ? NextResponse.json({ error: 'not found' }, { status: 404 })
      : new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return rewrite(request, paths.notFound(serviceOfPath(pathname) ?? readersService(request)), 404);
}

/**
 * The newsroom's front door: refuses cross-site writes, sends signed-out visitors to sign in and
 * answers 403/404 with a status before rendering. Every page, action and route handler checks
 * the member's rights again in the data-access layer (db/access/newsroom/session.ts).
 */
async function newsroomGate(request: NextRequest, match: RouteMatch | null) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({ nonce });
  const requestHeaders = new Headers(request.headers);
  // Next gives its own scripts the nonce from the policy; pages read it for theirs (previews' banner).
  requestHeaders.set('content-security-policy', policy);
  requestHeaders.set(NONCE_HEADER, nonce);
  const finish = (response: NextResponse) => {
    response.headers.set('Content-Security-Policy', policy);
    response.headers.set('Cache-Control', 'private, no-store');
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  };
  const refuse = async (kind: 'forbidden' | 'missing', language: ServiceCode) =>
    finish(
      new NextResponse(await newsroomStatusPage(language, kind), {
        status: statusOf[kind],
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
    );
  const reading = request.method === 'GET' || request.method === 'HEAD';
  if (!reading && !isSameOrigin(request)) return finish(new NextResponse('Cross-site request refused', { status: 403 }));
  const access = match && newsroomAccess(match);
  const staff = access?.kind === 'public' ? null : await staffFromHeaders(request.headers);
  const language = staff?.language ?? readersService(request);
  if (!access) return refuse('missing', language);
  if (access.kind === 'staff') {
    if (!staff) {
      if (!reading) return finish(new NextResponse('Sign in first', { status: 401 }));
      const url = request.nextUrl.clone();
      url.pathname = newsroomPaths.signIn();
      url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
      return finish(NextResponse.redirect(url, 303));
    }
    // A password reset by an admin: nothing but the password page (and signing out) until it is replaced.
    if (staff.mustChangePassword && match.route !== 'password') {
      if (!reading) return finish(new NextResponse('Choose a new password first', { status: 403 }));
      const url = request.nextUrl.clone();
      url.pathname = newsroomPaths.password();
      url.search = '';
      return finish(NextResponse.redirect(url, 303));
    }
    if (access.capability && !can(staff, access.capability, access.service)) return refuse('forbidden', language);
  }
  return finish(NextResponse.next({ request: { headers: requestHeaders } }));
}

/** The facts a reader's URL depends on: a 404, 410 or 308 when the content is not there as asked. */
async function readerFacts(request: NextRequest, match: RouteMatch): Promise<NextResponse | null> {
  if (match.route === 'article') {
    const { locale, id, slug } = match.params;
    const locator = await locateArticle(id);
    if (!locator || locator.service !== locale || locator.status === 'draft' || locator.status === 'scheduled') return notFound(request);
    if (locator.status === 'unpublished') return rewrite(request, paths.gone(locale), 410);
    if (slug !== locator.slug) return redirect(request, paths.article(locale, id, locator.slug), 308);
  }
  if (match.route === 'sectionPage' && match.params.page > (await sectionPageCount(match.params.locale, match.params.section)))
    return notFound(request);
  if (match.route === 'author' || match.route === 'authorPage') {
    const page = match.route === 'authorPage' ? match.params.page : 1;
    const pageCount = await authorPageCount(match.params.locale, match.params.author);
    if (pageCount === null || page > pageCount) return notFound(request);
  }
  return null;
}

/**
 * An image is the readers' once a published story uses it (the route handler serves it). Until
 * then it is the newsroom's: served here to the members who may preview a story using it, never
 * stored by a cache, and to anyone else the 404 of an unknown image.
 */
async function mediaFacts(request: NextRequest, { ratio, width, rendition }: RouteParams<'media'>): Promise<Response | null> {
  const file = masterOfRendition(rendition);
  if (await isImagePublic(file)) return null;
  const staff = await staffFromHeaders(request.headers);
  const image = staff && (await mayPreviewImage(staff, file)) ? await getRendition(rendition, ratio, width) : null;
  return image ? renditionResponse(image, 'newsroom') : renditionNotFound();
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') {
    const response = redirect(request, paths.front(readersService(request)), 307);
    response.headers.set('Vary', 'Accept-Language');
    response.headers.set('Cache-Control', 'public, max-age=300');
    return response;
  }
  if (isStaticFile(pathname)) return NextResponse.next();
  const recased = withServiceCase(pathname);
  if (recased) return redirect(request, recased, 308);
  const match = matchPath(pathname);
  if (!match) {
    // An article address without its slug is the article's, with a slug to correct.
    const short = matchArticleWithoutSlug(pathname);
    return short
      ? ((await readerFacts(request, { route: 'article', params: { ...short, slug: '' } })) ?? notFound(request))
      : notFound(request);
  }
  const { area } = routes[match.route];
  if (area === 'newsroom') return newsroomGate(request, match);
  if (area === 'internal') return notFound(request);
  if (area === 'reader') return (await readerFacts(request, match)) ?? NextResponse.next();
  if (match.route === 'media') return (await mediaFacts(request, match.params)) ?? NextResponse.next();
  return NextResponse.next();
}

export const config = {
  // Everything but the framework's own assets: what is a page, a route handler or a file is the
  // routing grammar's call (lib/routes.ts).
  matcher: ['/((?!_next/).*)'],
};
