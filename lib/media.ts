import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { env } from '@/lib/env';
import { masterOfRendition, mediaRatios, type mediaWidths, type MediaRatio } from '@/lib/routes';

// Master images live in the media folder; sized WebP copies are made on first request and kept
// beside them, so every later request is a file read.

export function mediaFolder(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR);
}

/**
 * A WebP rendition (name.webp) of the master name.png, cropped to the ratio around its centre,
 * at a served width (never enlarged); null without a master.
 */
export async function getRendition(name: string, ratio: MediaRatio, width: (typeof mediaWidths)[number]): Promise<Buffer | null> {
  const folder = mediaFolder();
  const cached = path.join(folder, 'renditions', ratio, String(width), name);
  try {
    return await readFile(cached);
  } catch {
    // not made yet
  }
  let master: Buffer;
  try {
    master = await readFile(path.join(folder, masterOfRendition(name)));
  } catch {
    return null;
  }
  const { width: masterWidth = width, height: masterHeight = width } = await sharp(master).metadata();
  const cropWidth = Math.min(masterWidth, Math.round(masterHeight * mediaRatios[ratio]));
  const outWidth = Math.min(width, cropWidth);
  const webp = await sharp(master)
    .resize({ width: outWidth, height: Math.round(outWidth / mediaRatios[ratio]), fit: 'cover', position: 'centre' })
    .webp({ quality: 78 })
    .toBuffer();
  await mkdir(path.dirname(cached), { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, webp);
  await rename(partial, cached);
  return webp;
}
