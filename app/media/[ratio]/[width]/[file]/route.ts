import { getRendition, isRenditionName, isServedRatio, isServedWidth } from '@/lib/media';

export async function GET(_request: Request, { params }: { params: Promise<{ ratio: string; width: string; file: string }> }) {
  const { ratio, width, file } = await params;
  const w = Number(width);
  if (!isServedRatio(ratio) || !isServedWidth(w) || !isRenditionName(file)) return new Response('Not found', { status: 404 });
  const image = await getRendition(file, ratio, w);
  if (!image) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(image), {
    headers: {
      'Content-Type': 'image/webp',
      // Master files are named by their content, so a URL never changes meaning.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
