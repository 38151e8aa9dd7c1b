import { getLiveBreakingItem } from '@/db/access/breaking';
import { isServiceCode } from '@/i18n/services';

// What open pages poll every 30 s to keep the breaking-news banner current.
export async function GET(_request: Request, { params }: { params: Promise<{ service: string }> }) {
  const { service } = await params;
  if (!isServiceCode(service)) return Response.json({ error: 'unknown service' }, { status: 404 });
  const item = await getLiveBreakingItem(service);
  return Response.json(
    { item: item && { id: item.id, text: item.text, link: item.link } },
    { headers: { 'Cache-Control': 'public, max-age=10, s-maxage=10' } },
  );
}
