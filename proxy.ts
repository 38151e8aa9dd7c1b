import { NextResponse, type NextRequest } from 'next/server';
import { authorPageCount, locateArticle, sectionPageCount } from './db/access/route-facts';
import { negotiateService } from './lib/accept-language';
import { paths } from './lib/paths';
import { parseServicePath } from './lib/public-routes';

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

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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
    if (!locator || locator.service !== service || locator.status === 'draft' || locator.status === 'scheduled')
      return notFound();
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
