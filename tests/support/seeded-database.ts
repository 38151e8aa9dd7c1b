import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';

/** Migrates and seeds a database for one test run; returns where its media went. */
export async function prepareSeededDatabase(options: { url?: string; pgliteDir?: string }): Promise<string> {
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'polyphony-media-'));
  const connection = openDatabase(options);
  try {
    await connection.migrate();
    await seedDemo(connection.db, mediaDir, () => {});
  } finally {
    await connection.close();
  }
  return mediaDir;
}
