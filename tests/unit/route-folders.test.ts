import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, staticFiles } from '@/lib/routes';

// The routing grammar and the app/ folders must describe the same routes: a folder without an
// entry would be a page the proxy answers 404 for, an entry without a folder a URL the proxy lets
// through to Next's own 404. Both are silent in production; here they fail.

const root = path.resolve(import.meta.dirname, '../..');
const filesUnder = (folder: string) =>
  readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

const routeFiles = filesUnder('app').filter((file) => /\/(page\.tsx|route\.ts)$/.test(file));
const folderOf = (spec: { shape: string; file: 'page' | 'route'; group?: string }) =>
  ['app', spec.group, ...spec.shape.split('/').filter(Boolean), spec.file === 'page' ? 'page.tsx' : 'route.ts'].filter(Boolean).join('/');

describe('the routing grammar and app/', () => {
  it('every route folder has its entry in the grammar', () => {
    const known = new Set(Object.values(routes).map(folderOf));
    expect(routeFiles.filter((file) => !known.has(file))).toEqual([]);
  });

  it('every entry of the grammar has its folder', () => {
    const present = new Set(routeFiles);
    expect(Object.entries(routes).filter(([, spec]) => !present.has(folderOf(spec)))).toEqual([]);
  });

  it('the static files are the files of public/ and app/icon.svg', () => {
    const served = [...filesUnder('public').map((file) => file.slice('public'.length)), '/icon.svg'].sort();
    expect([...staticFiles].sort()).toEqual(served);
  });
});
