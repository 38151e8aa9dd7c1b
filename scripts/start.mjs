// `npm start`: builds when the sources changed since the last build, migrates and seeds the
// database (demo content on first run), then serves, restarting the server if it dies (with a
// back-off, scripts/supervise.mjs). PORT and HOSTNAME are honoured.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { supervise } from './supervise.mjs';

const SOURCES = [
  'app',
  'components',
  'db',
  'i18n',
  'lib',
  'messages',
  'public',
  'proxy.ts',
  'next.config.ts',
  'package-lock.json',
  'global.d.ts',
];

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (existsSync('.env')) process.loadEnvFile('.env');

// Staff session cookies are signed with BETTER_AUTH_SECRET. Without one, a random secret is made
// once and kept in data/ (never committed), so sessions survive restarts. Several instances
// must share one secret: set it in the environment for them.
if (!process.env.BETTER_AUTH_SECRET) {
  const file = 'data/auth-secret';
  if (!existsSync(file)) {
    mkdirSync('data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  process.env.BETTER_AUTH_SECRET = readFileSync(file, 'utf8').trim();
}

// The folder next.config.ts builds into.
const buildId = path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (Math.max(...SOURCES.map(newestChange)) > builtAt) {
  console.log('Building Polyphony…');
  run(process.execPath, ['node_modules/next/dist/bin/next', 'build']);
}

console.log('Preparing the database…');
run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'db/seed/cli.ts']);

const server = supervise({
  name: 'The server',
  command: process.execPath,
  args: ['--import', 'tsx', 'scripts/serve.mjs'],
  env: { ...process.env, NODE_ENV: 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.stop(signal));
process.exit(await server.exited);
