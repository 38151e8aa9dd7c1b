import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

// PGlite takes no lock on its folder, and two processes writing one folder silently lose rows.
// So the folder gets one owner: a lock file naming the holder, refused to anyone else.

type Holder = { pid: number; host: string; command: string; since: string };

export class PgliteFolderBusyError extends Error {
  constructor(folder: string, holder: Holder) {
    super(
      `The embedded database folder ${folder} is in use by process ${holder.pid} (${holder.command}) on ${holder.host} since ${holder.since}. ` +
        'Stop that process first, or point DATABASE_URL at a PostgreSQL server.',
    );
    this.name = 'PgliteFolderBusyError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): Holder | null {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

/** Takes the folder for this process or throws at once; returns the release function. */
export function lockPgliteFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const lockFile = path.join(folder, 'polyphony.lock');
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    command: process.argv
      .slice(1, 3)
      .map((a) => path.basename(a))
      .join(' '),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        if (readHolder(lockFile)?.pid === process.pid) unlinkSync(lockFile);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      // A holder on this host that is still running keeps the folder; a dead one left a stale lock.
      if (holder && holder.pid !== process.pid && (holder.host !== me.host || isAlive(holder.pid)))
        throw new PgliteFolderBusyError(folder, holder);
      unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not lock the embedded database folder ${folder}`);
}
