import { NextResponse, type NextRequest } from 'next/server';
import { authorPageCount, locateArticle, sectionPageCount } from '@/db/access/route-facts';
import { staffFromHeaders } from '@/db/access/newsroom/session';
import { negotiateService } from '@/lib/accept-language';
import { contentSecurityPolicy } from '@/lib/content-security-policy';
import { isSameOrigin } from '@/lib/newsroom/requests';
import { newsroomRequirement } from '@/lib/newsroom-routes';
import { newsroomStatusPage, statusOf } from '@/lib/newsroom/status-page';
import type { ServiceCode } from '@/i18n/services';
import { can } from '@/lib/newsroom/permissions';
import { paths } from '@/lib/paths';
import { parseServicePath } from '@/lib/public-routes';

// The front door: picks a service for `/`, fixes letter case, and answers malformed, unknown,
// moved and removed URLs before anything renders. Pages check everything again themselves:
// this is for speed and correct status codes, not for access control.

/** Internal pages the proxy rewrites to; the path shapes make them unreachable directly. */
const internal = {
  notFound: (service: string) => `/${service}/status/not-found`,
  gone: (service: string) => `/${service}/status/gone`,
};

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

/**
 * The newsroom's front door: refuses cross-site writes, sends signed-out visitors to sign in and
 * answers 403/404 with a status before rendering. Every page, action and route handler checks
 * the member's rights again in the data-access layer (db/access/newsroom/session.ts).
 */
async function newsroomGate(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
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
  const requirement = newsroomRequirement(request.nextUrl.pathname);
  const staff = requirement.kind === 'public' ? null : await staffFromHeaders(request.headers);
  const language = staff?.language ?? negotiateService(request.headers.get('accept-language'));
  if (requirement.kind === 'unknown') return refuse('missing', language);
  if (requirement.kind === 'refusal') return refuse(requirement.refusal, language);
  if (requirement.kind === 'staff') {
    if (!staff) {
      if (!reading) return finish(new NextResponse('Sign in first', { status: 401 }));
      const url = request.nextUrl.clone();
      url.pathname = '/newsroom/sign-in';
      url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
      return finish(NextResponse.redirect(url, 303));
    }
    if (requirement.capability && !can(staff, requirement.capability, requirement.service)) return refuse('forbidden', language);
  }
  return finish(NextResponse.next({ request: { headers: requestHeaders } }));
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/newsroom' || pathname.startsWith('/newsroom/')) return newsroomGate(request);
  if (pathname === '/') {
    const response = redirect(request, paths.front(negotiateService(request.headers.get('accept-language'))), 307);
    response.headers.set('Vary', 'Accept-Language');
    response.headers.set('Cache-Control', 'public, max-age=300');
    return response;
  }
  if (pathname === paths.allSites()) return NextResponse.next();
  const parsed = parseServicePath(pathname);
  if (parsed.kind === 'no-service')
    return rewrite(request, internal.notFound(negotiateService(request.headers.get('accept-language'))), 404);
  if (parsed.kind === 'wrong-case') {
    const afterPrefix = pathname.slice(1 + pathname.split('/')[1].length);
    return redirect(request, `/${parsed.service}${afterPrefix}`, 308);
  }

  const { service, route } = parsed;
  const notFound = () => rewrite(request, internal.notFound(service), 404);
  if (route.kind === 'unknown') return notFound();
  if (route.kind === 'article') {
    const locator = await locateArticle(route.id);
    if (!locator || locator.service !== service || locator.status === 'draft' || locator.status === 'scheduled') return notFound();
    if (locator.status === 'unpublished') return rewrite(request, internal.gone(service), 410);
    if (route.slug !== locator.slug) return redirect(request, paths.article(service, route.id, locator.slug), 308);
  }
  if (route.kind === 'section' && route.page > (await sectionPageCount(service, route.section))) return notFound();
  if (route.kind === 'author') {
    const pageCount = await authorPageCount(service, route.author);
    if (pageCount === null || route.page > pageCount) return notFound();
  }
  return NextResponse.next();
}

export const config = {
  // Everything but framework assets, route handlers, images, the island script, icons,
  // robots.txt and sitemaps.
  matcher: ['/((?!_next/|api/|media/|scripts/|sitemaps/|sitemap\\.xml$|robots\\.txt$|icon\\.svg$|logo\\.png$|favicon\\.ico$).*)'],
};
