// `npm run bench:sitemaps`: builds into the benchmarks' own folder if it has no build yet
// (scripts/bench-build.mjs), fills a throwaway embedded database with 100,000 synthetic articles
// (50,000 in English, so one sitemap file is full, and 50,000 spread over all services), starts
// the production server on loopback (BENCH_PORT) and prints how long the sitemap index, a full
// 50,000-URL sitemap and a news sitemap take, their sizes, and the server's memory.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_DIST_DIR, buildForBench } from './bench-build.mjs';

const PORT = Number(process.env.BENCH_PORT || 3220);
const base = `http://127.0.0.1:${PORT}`;
const HALF = Number(process.env.BENCH_ARTICLES || 100_000) / 2;
const work = mkdtempSync(path.join(tmpdir(), 'polyphony-sitemaps-'));
const env = {
  ...process.env,
  DATABASE_URL: '',
  PGLITE_DIR: path.join(work, 'pglite'),
  MEDIA_DIR: path.join(work, 'media'),
  SITE_URL: base,
  NEXT_DIST_DIR: BENCH_DIST_DIR,
};

function step(args) {
  const status = spawnSync(process.execPath, args, { stdio: 'inherit', env }).status;
  if (status !== 0) process.exit(status ?? 1);
}

buildForBench(env, { ifMissing: true });
let started = Date.now();
step(['node_modules/tsx/dist/cli.mjs', 'db/seed/cli.ts', '--articles', String(HALF), '--service', 'en']);
step(['node_modules/tsx/dist/cli.mjs', 'db/seed/cli.ts', '--articles', String(HALF)]);
console.log(`\nseeded ${(2 * HALF).toLocaleString('en')} synthetic articles in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...env, NODE_ENV: 'production', PORT: String(PORT), HOSTNAME: '127.0.0.1' },
});
const memory = (field) => Number(readFileSync(`/proc/${server.pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`))[1]) / 1024;

async function timed(url) {
  const t0 = performance.now();
  const response = await fetch(base + url);
  const text = await response.text();
  const ms = performance.now() - t0;
  const urls = (text.match(/<loc>/g) ?? []).length;
  console.log(
    `${url.padEnd(26)} ${String(response.status)} ${(ms / 1000).toFixed(2).padStart(6)} s ${(text.length / 1e6).toFixed(2).padStart(6)} MB ${String(urls).padStart(6)} <loc>`,
  );
}

try {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`\nserver memory before: ${memory('VmRSS').toFixed(0)} MB`);
  for (const url of [
    '/sitemap.xml',
    '/sitemaps/en/1.xml',
    '/sitemaps/en/2.xml',
    '/sitemaps/fa/1.xml',
    '/sitemaps/en/news.xml',
    '/sitemap.xml',
    '/sitemaps/en/1.xml',
  ])
    await timed(url);
  console.log(`server memory after: ${memory('VmRSS').toFixed(0)} MB (peak ${memory('VmHWM').toFixed(0)} MB)`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(work, { recursive: true, force: true });
}
