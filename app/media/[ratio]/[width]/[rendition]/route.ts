import { getRendition } from '@/lib/media';
import { routeParams } from '@/lib/route-params';

export async function GET(_request: Request, { params }: { params: Promise<{ ratio: string; width: string; rendition: string }> }) {
  const { ratio, width, rendition } = routeParams('media', await params);
  const image = await getRendition(rendition, ratio, width);
  if (!image) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(image), {
    headers: {
      'Content-Type': 'image/webp',
      // Master files are named by their content, so a URL never changes meaning.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
