import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { mediaRatios, mediaWidths } from '@/lib/routes';
import { getRendition, mediaFolder } from '@/lib/media';

// An uploaded lead image is trusted only once it decodes: its declared type and name mean
// nothing. The decoded pixels become a PNG master (metadata dropped, no larger than the widest
// rendition), and its 16:9 crops are made at once so the first reader does not wait for them.

export const MIN_IMAGE = { width: 640, height: 360 };
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

export type StoredImage = { file: string; width: number; height: number };

export async function storeUploadedImage(
  upload: File,
): Promise<StoredImage | { error: 'imageUnreadable' | 'imageType' | 'imageTooSmall' | 'imageNotStored' }> {
  const bytes = Buffer.from(await upload.arrayBuffer());
  let master: { data: Buffer; info: OutputInfo };
  try {
    const decoder = sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 });
    const { format } = await decoder.metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return { error: 'imageType' };
    master = await decoder
      .rotate()
      .resize({ width: mediaWidths.at(-1), withoutEnlargement: true })
      .png()
      .toBuffer({ resolveWithObject: true });
  } catch {
    return { error: 'imageUnreadable' };
  }
  if (master.info.width < MIN_IMAGE.width || master.info.height < MIN_IMAGE.height) return { error: 'imageTooSmall' };
  const file = `upload-${randomUUID()}.png`;
  const target = path.join(mediaFolder(), file);
  try {
    await mkdir(mediaFolder(), { recursive: true });
    await writeFile(`${target}.partial`, master.data);
    await rename(`${target}.partial`, target);
    await Promise.all(mediaWidths.map((width) => getRendition(file.replace(/\.png$/, '.webp'), '16x9', width)));
  } catch (error) {
    // A full or unwritable media folder: nothing of this upload may stay behind.
    console.error(`upload not stored: ${(error as Error).message}`);
    await Promise.all([rm(`${target}.partial`, { force: true }), removeStoredImage(file)]).catch(() => {});
    return { error: 'imageNotStored' };
  }
  return { file, width: master.info.width, height: master.info.height };
}

/** Removes an upload's master and every rendition made of it (an upload no article kept). */
export async function removeStoredImage(file: string): Promise<void> {
  const folder = mediaFolder();
  const rendition = file.replace(/\.png$/, '.webp');
  const renditions = Object.keys(mediaRatios).flatMap((ratio) =>
    mediaWidths.map((width) => path.join(folder, 'renditions', ratio, String(width), rendition)),
  );
  await Promise.all([path.join(folder, file), ...renditions].map((f) => rm(f, { force: true })));
}
