import { serveFeed } from '@/app/(service)/[locale]/feed-route';
import { routeParams } from '@/lib/route-params';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveFeed(request, 'atom', routeParams('atom', await params));
}
