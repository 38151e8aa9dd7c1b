// The benchmarks' production build, in a folder of its own, so a running `npm start` keeps its
// `.next`. Next rewrites tsconfig.json (its `include`) and next-env.d.ts to name the folder it builds
// into; both are put back as they were, even when the build is interrupted.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';

export const BENCH_DIST_DIR = '.next-bench';
const REWRITTEN = ['tsconfig.json', 'next-env.d.ts'];

/** Builds into BENCH_DIST_DIR (only when it has no build yet, with `ifMissing`); exits on failure. */
export function buildForBench(env, { ifMissing = false } = {}) {
  if (ifMissing && existsSync(path.join(BENCH_DIST_DIR, 'BUILD_ID'))) return;
  const saved = REWRITTEN.map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : null]);
  // Ctrl-C reaches the build too; this process waits for it, puts the files back, then stops.
  let interrupted = null;
  const interrupt = (signal) => (interrupted = signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, interrupt);
  const { status } = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...env, NEXT_DIST_DIR: BENCH_DIST_DIR },
  });
  const changed = saved.filter(([file, content]) => (existsSync(file) ? readFileSync(file, 'utf8') : null) !== content);
  for (const [file, content] of changed) {
    if (content === null) rmSync(file, { force: true });
    else writeFileSync(file, content);
  }
  if (changed.length) console.log(`Put back as they were: ${changed.map(([file]) => file).join(', ')}.`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, interrupt);
  if (interrupted) process.exit(128 + constants.signals[interrupted]);
  if (status !== 0) process.exit(status ?? 1);
}
