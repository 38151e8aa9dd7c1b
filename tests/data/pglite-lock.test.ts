import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPgliteFolder } from '@/db/pglite-lock';

describe('the embedded database folder has one owner', () => {
  it('a second process that opens it fails at once, naming the holder', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'polyphony-lock-'));
    const release = lockPgliteFolder(folder);
    try {
      const second = spawnSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', '-e', `import('./db/client.ts').then(m => m.openDatabase({ pgliteDir: ${JSON.stringify(folder)} }))`],
        { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } },
      );
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain(`in use by process ${process.pid}`);
      // It stopped before touching the database: nothing but the holder's lock is in the folder.
      expect(readdirSync(folder)).toEqual(['polyphony.lock']);
    } finally {
      release();
    }
  });

  it('a lock left by a process that died is taken over', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'polyphony-lock-'));
    const dead = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '-e',
      `import('./db/pglite-lock.ts').then(m => { m.lockPgliteFolder(${JSON.stringify(folder)}); process.exit(0) })`], { encoding: 'utf8' });
    expect(dead.status).toBe(0);
    expect(() => lockPgliteFolder(folder)()).not.toThrow();
  });
});
