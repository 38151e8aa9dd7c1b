import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareSeededDatabase } from '@/tests/support/seeded-database';

export default async function setup(project: TestProject) {
  const pgliteDir = mkdtempSync(path.join(tmpdir(), 'polyphony-pglite-'));
  const mediaDir = await prepareSeededDatabase({ pgliteDir });
  project.provide('database', { kind: 'pglite', pgliteDir, mediaDir });
  return () => {
    rmSync(pgliteDir, { recursive: true, force: true });
    rmSync(mediaDir, { recursive: true, force: true });
  };
}
