import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import type english from '@/messages/en.json';
import { openEditor, signIn, unique } from '@/e2e/newsroom-support';
import { rawRequest, type RawResponse } from '@/e2e/raw-http';

// Faults on a site of its own (`npm start`'s supervisor, on PostgreSQL): the database refusing
// connections, then back; the server killed with -9 in the middle of a save. scripts/test.mjs runs
// this project (E2E_FAULTS=1) after the PostgreSQL smoke pass, with that run's database.

const databaseUrl = process.env.DATABASE_URL!;
const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
const port = Number(new URL(process.env.BASE_URL!).port) + 100;
const base = new URL(`http://127.0.0.1:${port}`);

const catalog = (code: string): typeof english => JSON.parse(readFileSync(`messages/${code}.json`, 'utf8'));
const en = catalog('en');
const fa = catalog('fa');

test.use({ baseURL: base.origin });
test.describe.configure({ mode: 'serial', timeout: 240_000 });

async function connected<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The database refuses new connections, and those it had are ended (as when its server goes away). */
async function setConnections(allowed: boolean) {
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  await connected(server.toString(), async (client) => {
    await client.query(`ALTER DATABASE "${database.replace(/"/g, '""')}" WITH ALLOW_CONNECTIONS ${allowed}`);
    if (!allowed)
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        database,
      ]);
  });
}

const get = (path: string, headers: Record<string, string> = {}) => rawRequest(base, { method: 'GET', path, headers });

async function until(what: string, check: () => Promise<boolean>, ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return Date.now();
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

let site: ChildProcess;
let log = '';
test.beforeAll(async () => {
  site = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', SITE_URL: base.origin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  site.stdout!.on('data', (chunk) => (log += chunk));
  site.stderr!.on('data', (chunk) => (log += chunk));
  await until('the site starts', async () => (await get('/en')).status === 200, 180_000);
});

test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(`The site's output:\n${log.slice(-4000)}`);
});

test.afterAll(async () => {
  await setConnections(true);
  site.kill('SIGTERM');
  await new Promise((resolve) => (site.exitCode !== null ? resolve(null) : site.once('exit', resolve)));
});

function expectDesigned(response: RawResponse, type: string, label: string) {
  expect(response.status, `${label}: ${response.body.slice(0, 200)}`).toBe(503);
  expect(response.headers['retry-after'], label).toBeTruthy();
  expect(response.headers['content-type'], label).toContain(type);
  expect(response.headers['cache-control'], label).toBe('no-store');
  expect(response.body, label).not.toMatch(/Internal Server Error|digest|\n\s+at /);
}

async function cookieOf(page: Page) {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

test('with the database unreachable every route kind answers as designed, keeps the journalist’s text, and recovers without a restart', async ({
  page,
}) => {
  const kyFront = await get('/ky');
  const article = kyFront.body.match(/href="(\/ky\/articles\/\d+\/[^"]+)"/)![1];
  const sitemap = (await get('/sitemap.xml')).body.match(/<loc>https?:\/\/[^/]+(\/sitemaps\/ru\/[^<]+)<\/loc>/)![1];
  await signIn(page, 'editor');
  const cookie = await cookieOf(page);
  await openEditor(page, '/newsroom/fa/articles/new');
  const headline = unique('خبر در زمان قطع پایگاه داده');
  await page.locator('#headline').fill(headline);
  await page.locator('input[name=bylines]').first().check();
  await page.locator('#body').fill('متنی که نباید از دست برود.');

  await setConnections(false);
  // Never asked for before, so nothing is cached: each must come from the database.
  expectDesigned(await get('/ru/atom.xml'), 'application/xml', 'a feed');
  // The sitemap index shares its loads with the files: what it cached may still be served.
  const file = await get(sitemap);
  if (file.status !== 200) expectDesigned(file, 'application/xml', 'a sitemap file');
  expectDesigned(await get('/api/breaking/ru'), 'application/json', 'the breaking-news API');
  const page503 = await get(article);
  expectDesigned(page503, 'text/html', 'an article page');
  expect(page503.body).toContain('lang="ky"');
  const index = await get('/sitemap.xml');
  if (index.status !== 200) expectDesigned(index, 'application/xml', 'the warmed sitemap index');
  const desk = await get('/newsroom/fa', { cookie, 'accept-language': 'fa' });
  expectDesigned(desk, 'text/html', 'a newsroom page');
  expect(desk.body).toContain(fa.newsroom.failure.unavailableTitle);

  // The save cannot reach the database: the journalist is told, and the text stays in the browser.
  await page.locator('form.editor-form button[type=submit]').click();
  await expect(page.getByRole('heading', { name: en.newsroom.failure.boundaryTitle })).toBeVisible();

  await setConnections(true);
  await until('the newsroom answers again', async () => (await get('/newsroom/fa', { cookie })).status === 200, 60_000);
  for (const path of ['/ru/atom.xml', sitemap, '/api/breaking/ru', article]) expect((await get(path)).status, path).toBe(200);

  await page.getByRole('button', { name: en.newsroom.failure.reload }).click();
  await page.locator('form.editor-form[data-hydrated]').waitFor();
  await expect(page.locator('#headline')).toHaveValue(headline);
  await expect(page.getByText(en.newsroom.failure.restored)).toBeVisible();
  await Promise.all([page.waitForURL(/\/articles\/\d+\?notice=saved/), page.locator('form.editor-form button[type=submit]').click()]);
});

test('a server killed with -9 in the middle of a save leaves no half-saved article and comes back by itself', async ({ page }) => {
  await signIn(page, 'editor');
  await openEditor(page, '/newsroom/fa/articles/new');
  await page.locator('#headline').fill(unique('خبر پیش از قطع'));
  await page.locator('input[name=bylines]').first().check();
  await page.locator('#body').fill('نسخهٔ نخست.');
  await Promise.all([page.waitForURL(/\/articles\/\d+\?notice=saved/), page.locator('form.editor-form button[type=submit]').click()]);
  const id = Number(new URL(page.url()).pathname.split('/').at(-1));

  await openEditor(page, `/newsroom/fa/articles/${id}`);
  await page.locator('#body').fill('نسخهٔ دوم، که شاید ذخیره شود و شاید نه.');
  const [server] = execFileSync('pgrep', ['-P', String(site.pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);
  await page.locator('form.editor-form button[type=submit]').click();
  process.kill(server!, 'SIGKILL');
  const killedAt = Date.now();
  const back = await until('the server comes back by itself', async () => (await get('/en')).status === 200);
  console.log(`served again ${back - killedAt} ms after kill -9`);

  // One version in the article, one revision per version: the save is whole or absent.
  const { rows } = await connected(databaseUrl, (client) =>
    client.query(
      `SELECT a.version, a.body, (SELECT max(version) FROM article_revisions WHERE article_id = a.id) AS last,
              (SELECT body FROM article_revisions WHERE article_id = a.id ORDER BY version DESC LIMIT 1) AS revised
         FROM articles a WHERE a.id = $1`,
      [id],
    ),
  );
  expect(rows).toHaveLength(1);
  expect(rows[0].last).toBe(rows[0].version);
  expect(rows[0].revised).toBe(rows[0].body);
  expect(['نسخهٔ نخست.', 'نسخهٔ دوم، که شاید ذخیره شود و شاید نه.']).toContain(rows[0].body);
  expect(log).toMatch(/restart/i);
});
