import { notFound } from 'next/navigation';
import { parseParams, type RouteName, type RouteParams } from '@/lib/routes';

/**
 * A public route's parameters, typed by the routing grammar. The proxy has parsed the URL with
 * the same grammar before the page or handler runs, so this cannot fail for a request that came
 * through it; anything else gets the 404 page.
 */
export function routeParams<R extends RouteName>(route: R, raw: Record<string, string | string[] | undefined>): RouteParams<R> {
  const params = parseParams(route, raw);
  if (!params) notFound();
  return params;
}
