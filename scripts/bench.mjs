// `npm run bench`: builds into a folder of its own (scripts/bench-build.mjs), seeds a throwaway
// embedded database and media folder, starts the production server on loopback (BENCH_PORT) and prints req/s and p50/p99 latency for a cached article page, article renders on a
// cache miss, a front page and a search, plus the bytes of an article page. Bounded runs only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { BENCH_DIST_DIR, buildForBench } from './bench-build.mjs';

const PORT = Number(process.env.BENCH_PORT || 3219);
const base = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS || 10);
const work = mkdtempSync(path.join(tmpdir(), 'polyphony-bench-'));
const env = {
  ...process.env,
  DATABASE_URL: '',
  PGLITE_DIR: path.join(work, 'pglite'),
  MEDIA_DIR: path.join(work, 'media'),
  NEXT_DIST_DIR: BENCH_DIST_DIR,
};

function step(args) {
  const status = spawnSync(process.execPath, args, { stdio: 'inherit', env }).status;
  if (status !== 0) process.exit(status ?? 1);
}

buildForBench(env);
step(['node_modules/tsx/dist/cli.mjs', 'db/seed/cli.ts']);
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...env, NODE_ENV: 'production', PORT: String(PORT), HOSTNAME: '127.0.0.1' },
});

async function ready() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

function articleLinks(html) {
  return [...new Set([...html.matchAll(/href="(\/[^"]+\/articles\/\d+\/[^"]+)"/g)].map((m) => m[1]))];
}

function report(name, result) {
  const line = `${name.padEnd(34)} ${String(Math.round(result.requests.average)).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   (${result.requests.total} requests, ${result.non2xx} non-2xx)`;
  console.log(line);
}

const run = (opts) => autocannon({ connections: 10, duration: DURATION, ...opts, headers: { 'accept-encoding': 'gzip' } });

try {
  await ready();
  const services = ['en', 'ru', 'fa', 'hy', 'ka', 'uz', 'sr', 'ps'];
  const fronts = await Promise.all(services.map(async (s) => (await fetch(`${base}/${s}`)).text()));
  const articles = fronts.flatMap(articleLinks);
  const cachedArticle = articles[0];
  await fetch(base + cachedArticle);

  console.log(`\nPolyphony benchmark: loopback, ${DURATION} s runs, 10 connections (cache miss: each URL once, 4 connections)\n`);
  report('article page, cached', await run({ url: base + cachedArticle }));
  let next = 1;
  const misses = articles.slice(1);
  report(
    `article page, cache miss (${misses.length} URLs)`,
    await autocannon({
      url: base,
      connections: 4,
      amount: misses.length,
      requests: [{ setupRequest: (req) => ({ ...req, path: articles[next++ % articles.length] }) }],
    }),
  );
  await fetch(`${base}/fa`);
  report('front page (fa), cached', await run({ url: `${base}/fa` }));
  report('search (ru, "город")', await run({ url: `${base}/ru/search?q=${encodeURIComponent('город')}` }));

  const html = await (await fetch(base + cachedArticle)).text();
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  let js = 0;
  for (const src of scripts) js += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
  console.log(`\narticle page ${cachedArticle}`);
  console.log(`  HTML: ${Buffer.byteLength(html)} bytes, ${gzipSync(html).length} gzipped`);
  console.log(`  JavaScript: ${scripts.length} file(s), ${js} bytes gzipped`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(work, { recursive: true, force: true });
}
