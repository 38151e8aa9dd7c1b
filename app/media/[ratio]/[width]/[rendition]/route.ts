import { isImagePublic } from '@/db/access/route-facts';
import { getRendition } from '@/lib/media';
import { renditionNotFound, renditionResponse } from '@/lib/media-responses';
import { routeParams } from '@/lib/route-params';
import { masterOfRendition } from '@/lib/routes';

export async function GET(_request: Request, { params }: { params: Promise<{ ratio: string; width: string; rendition: string }> }) {
  const { ratio, width, rendition } = routeParams('media', await params);
  // The proxy answers for the newsroom's images; should it ever be bypassed, no draft's image leaves here.
  if (!(await isImagePublic(masterOfRendition(rendition)))) return renditionNotFound();
  const image = await getRendition(rendition, ratio, width);
  return image ? renditionResponse(image, 'public') : renditionNotFound();
}
