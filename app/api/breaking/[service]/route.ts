import { getLiveBreakingItem } from '@/db/access/breaking';
import { routeParams } from '@/lib/route-params';

// What open pages poll every 30 s to keep the breaking-news banner current.
export async function GET(_request: Request, { params }: { params: Promise<{ service: string }> }) {
  const { service } = routeParams('breakingJson', await params);
  const item = await getLiveBreakingItem(service);
  return Response.json(
    { item: item && { id: item.id, text: item.text, link: item.link } },
    { headers: { 'Cache-Control': 'public, max-age=10, s-maxage=10' } },
  );
}
