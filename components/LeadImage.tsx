import type { ImageRef } from '@/lib/content';
import { mediaWidths, paths } from '@/lib/routes';

/** A 16:9 image with responsive sources; the box is reserved before it loads (no layout shift). */
export function LeadImage({
  image,
  sizes,
  priority = false,
  alt = image.alt,
}: {
  image: ImageRef;
  sizes: string;
  priority?: boolean;
  alt?: string;
}) {
  return (
    <img
      className="image-16x9"
      src={paths.media(image.file, 960)}
      srcSet={mediaWidths.map((w) => `${paths.media(image.file, w)} ${w}w`).join(', ')}
      sizes={sizes}
      width={1600}
      height={900}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  );
}
