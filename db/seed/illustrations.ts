import { createHash } from 'node:crypto';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { illustrationMotifs } from '@/db/seed/content-schema';

// Demo lead images are drawn here, at seed time, as 16:9 vector illustrations: no stock photos,
// nothing fetched. Each (motif, palette) pair is drawn once and shared.

export type Motif = (typeof illustrationMotifs)[number];

export const WIDTH = 1600;
export const HEIGHT = 900;

const palettes = {
  news: ['#0b3d91', '#2f6fd6', '#dbe7fb'],
  world: ['#0d5c4a', '#23a383', '#d9f3ec'],
  economy: ['#7a3e00', '#e08a1e', '#fbecd6'],
  culture: ['#5a1a6e', '#b054cc', '#f1e0f7'],
} as const;

export type Palette = keyof typeof palettes;

function motifShapes(motif: Motif, [dark, mid, light]: readonly string[]): string {
  switch (motif) {
    case 'globe':
      return `<circle cx="800" cy="450" r="300" fill="${mid}" stroke="${light}" stroke-width="10"/>
        ${[-200, -100, 0, 100, 200].map((y) => `<ellipse cx="800" cy="${450 + y}" rx="${Math.sqrt(300 ** 2 - y ** 2)}" ry="18" fill="none" stroke="${light}" stroke-width="6"/>`).join('')}
        ${[60, 150, 240].map((rx) => `<ellipse cx="800" cy="450" rx="${rx}" ry="300" fill="none" stroke="${light}" stroke-width="6"/>`).join('')}
        <line x1="800" y1="150" x2="800" y2="750" stroke="${light}" stroke-width="6"/>`;
    case 'chart':
      return (
        [180, 320, 260, 430, 380, 540]
          .map((h, i) => `<rect x="${330 + i * 160}" y="${760 - h}" width="110" height="${h}" rx="8" fill="${i % 2 ? mid : light}"/>`)
          .join('') + `<line x1="280" y1="765" x2="1320" y2="765" stroke="${light}" stroke-width="8"/>`
      );
    case 'mountains':
      return `<circle cx="1180" cy="260" r="90" fill="${light}"/>
        <polygon points="150,800 620,260 1000,800" fill="${mid}"/>
        <polygon points="620,800 1030,360 1450,800" fill="${light}" opacity="0.85"/>
        <polygon points="540,352 620,260 700,352 660,335 620,370 580,335" fill="${light}"/>`;
    case 'city':
      return (
        [
          [200, 420],
          [330, 300],
          [440, 520],
          [560, 360],
          [700, 460],
          [820, 250],
          [960, 400],
          [1080, 330],
          [1210, 480],
        ]
          .map(
            ([x, h], i) => `<rect x="${x}" y="${800 - h}" width="${i % 3 === 1 ? 110 : 130}" height="${h}" fill="${i % 2 ? mid : light}"/>`,
          )
          .join('') + `<rect x="150" y="800" width="1300" height="12" fill="${light}"/>`
      );
    case 'book':
      return `<path d="M800 300 C 680 240 470 240 330 290 L 330 720 C 470 670 680 670 800 730 Z" fill="${light}"/>
        <path d="M800 300 C 920 240 1130 240 1270 290 L 1270 720 C 1130 670 920 670 800 730 Z" fill="${mid}"/>
        ${[360, 420, 480, 540, 600].map((y) => `<line x1="400" y1="${y}" x2="730" y2="${y + 20}" stroke="${dark}" stroke-width="6" opacity="0.35"/><line x1="870" y1="${y + 20}" x2="1200" y2="${y}" stroke="${light}" stroke-width="6" opacity="0.6"/>`).join('')}`;
    case 'waves':
      return (
        [0, 1, 2, 3]
          .map((i) => {
            const y = 420 + i * 110;
            return `<path d="M0 ${y} Q 200 ${y - 80} 400 ${y} T 800 ${y} T 1200 ${y} T 1600 ${y} V 900 H 0 Z" fill="${i % 2 ? mid : light}" opacity="${0.55 + i * 0.15}"/>`;
          })
          .join('') + `<circle cx="1250" cy="220" r="80" fill="${light}"/>`
      );
  }
}

function illustrationSvg(motif: Motif, palette: Palette, variant: number): string {
  const colours = palettes[palette];
  const [dark, mid] = colours;
  const angle = [135, 160, 110][variant % 3];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
    <defs><linearGradient id="bg" gradientTransform="rotate(${angle - 90} 0.5 0.5)"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
    <g opacity="0.12" fill="#fff">${[0, 1, 2, 3, 4].map((i) => `<circle cx="${(i * 397 + variant * 211) % WIDTH}" cy="${(i * 233 + variant * 97) % HEIGHT}" r="${60 + i * 25}"/>`).join('')}</g>
    ${motifShapes(motif, colours)}
  </svg>`;
}

/** Draws the illustration into the media folder (once) and returns its file name. */
export async function ensureIllustration(mediaDir: string, motif: Motif, palette: Palette, variant: number): Promise<string> {
  const svg = illustrationSvg(motif, palette, variant);
  const file = `${createHash('sha256').update(svg).digest('hex').slice(0, 20)}.png`;
  const target = path.join(mediaDir, file);
  try {
    await access(target);
    return file;
  } catch {
    await mkdir(mediaDir, { recursive: true });
    await writeFile(target, await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
    return file;
  }
}
