// `npm test`: every test. Lint and format first, then npm audit of the production dependencies;
// then units and data-layer tests (Vitest) on PGlite, and on PostgreSQL when TEST_DATABASE_URL is
// set; then one production build, and the end-to-end suite (Playwright) against the built site on
// a freshly seeded PGlite and, with TEST_DATABASE_URL, a smoke pass of it on PostgreSQL
// (E2E_SMOKE, playwright.config.ts) and the fault tests (e2e/faults.spec.ts).
// Ends with one line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const node = process.execPath;
const tsx = ['node_modules/tsx/dist/cli.mjs'];
const results = { passed: 0, failed: 0 };
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function count(file, read) {
  if (!existsSync(file)) return false;
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  results.passed += passed;
  results.failed += failed;
  return true;
}

// Lint and format first: a failure here stops the run before the long suites.
if (run('ESLint and Prettier', 'npm', ['run', '--silent', 'lint']) !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

// Known vulnerabilities of what runs in production, at high or critical: a counted step that does
// not stop the run. The advisory service is npm's bulk endpoint; where it cannot be reached (a
// read-only registry mirror answers 405) the step says so and counts neither way.
function audit() {
  console.log('\n▶ npm audit (production dependencies, high and critical)');
  const { stdout } = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = {};
  }
  if (!report.metadata) {
    console.log(`npm audit could not reach the advisory service (${report.message ?? 'no report'}): not checked.`);
    return true;
  }
  const serious = Object.values(report.vulnerabilities).filter((v) => ['high', 'critical'].includes(v.severity));
  for (const v of serious) console.log(`  ${v.severity}: ${v.name} ${v.range}${v.fixAvailable ? ' (a fix is available)' : ''}`);
  const { total } = report.metadata.vulnerabilities;
  console.log(serious.length ? `${serious.length} high or critical advisories.` : `No high or critical advisories (${total} lower).`);
  results[serious.length ? 'failed' : 'passed'] += 1;
  return serious.length === 0;
}
const audited = audit();

// Units and data layer
const vitestJson = 'test-results/vitest.json';
rmSync(vitestJson, { force: true });
const vitestStatus = run('Vitest: units and data layer', node, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
count(vitestJson, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));

// End to end
if (run('Production build', node, ['node_modules/next/dist/bin/next', 'build']) !== 0) {
  console.log(`\n${results.passed} passed, ${results.failed + 1} failed`);
  process.exit(1);
}

async function resetPostgres(url) {
  // The fault tests refuse connections to this database for a while; an interrupted run may have
  // left it so.
  const server = new URL(url);
  const name = decodeURIComponent(server.pathname.slice(1)).replace(/"/g, '""');
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
  await admin.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; CREATE SCHEMA public;');
  await client.end();
}

async function waitForServer(url, server) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error('the site stopped while starting');
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the site did not answer at ${url}`);
}

// Each pass is one Playwright run against the same site: the full suite, or a smoke pass and the
// fault tests (E2E_SMOKE, E2E_FAULTS: playwright.config.ts).
async function endToEnd(name, databaseEnv, port, passes = [{ label: '', env: {} }]) {
  const work = mkdtempSync(path.join(tmpdir(), `polyphony-e2e-${name}-`));
  const env = {
    ...databaseEnv,
    MEDIA_DIR: path.join(work, 'media'),
    SITE_URL: `http://127.0.0.1:${port}`,
    BETTER_AUTH_SECRET: randomBytes(32).toString('hex'),
  };
  if (!databaseEnv.DATABASE_URL) env.PGLITE_DIR = path.join(work, 'pglite');
  const fixtures = path.join(work, 'fixtures.json');
  if (run(`Seed (${name})`, node, [...tsx, 'db/seed/cli.ts'], env) !== 0) return false;
  if (run(`E2E fixtures (${name})`, node, [...tsx, 'tests/support/e2e-fixtures.ts', fixtures], env) !== 0) return false;
  const server = spawn(node, ['--import', 'tsx', 'scripts/serve.mjs'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1' },
  });
  try {
    await waitForServer(`http://127.0.0.1:${port}/en`, server);
    let ok = true;
    for (const pass of passes) {
      const json = `test-results/e2e-${name}${pass.label && `-${pass.label}`}.json`;
      rmSync(json, { force: true });
      const status = run(
        `Playwright end to end (${name}${pass.label && `, ${pass.label}`})`,
        node,
        ['node_modules/@playwright/test/cli.js', 'test'],
        {
          ...env,
          BASE_URL: `http://127.0.0.1:${port}`,
          E2E_FIXTURES: fixtures,
          PLAYWRIGHT_JSON: json,
          ...pass.env,
        },
      );
      const counted = count(json, (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }));
      ok = status === 0 && counted && ok;
    }
    return ok;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
    rmSync(work, { recursive: true, force: true });
  }
}

let ok = vitestStatus === 0 && audited;
try {
  ok = (await endToEnd('pglite', { DATABASE_URL: '' }, 3217)) && ok;
  if (process.env.TEST_DATABASE_URL) {
    await resetPostgres(process.env.TEST_DATABASE_URL);
    ok =
      (await endToEnd('postgres', { DATABASE_URL: process.env.TEST_DATABASE_URL }, 3218, [
        { label: 'smoke', env: { E2E_SMOKE: '1' } },
        { label: 'faults', env: { E2E_FAULTS: '1' } },
      ])) && ok;
  } else {
    console.log('\nTEST_DATABASE_URL is not set: the PostgreSQL runs were skipped.');
  }
} catch (error) {
  console.error(error);
  ok = false;
}
if (!ok && results.failed === 0) results.failed = 1;
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(ok ? 0 : 1);
