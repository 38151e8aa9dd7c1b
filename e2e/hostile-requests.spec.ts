import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { services } from '@/i18n/services';
import { E2E_STAFF_PASSWORD, e2eStaff } from '@/tests/support/e2e-staff';
import { rawRequest, type RawResponse } from '@/e2e/raw-http';

// Hostile requests against the production build: every route kind (pages, feeds, sitemaps, the
// API, media, the newsroom's pages, actions and route handlers) with bad headers, and the POST
// routes and Server Actions with bad bodies, signed in and not. No answer may be a 5xx (but the
// designed 503, which says when to retry), show a stack trace or a React digest, or write
// anything: the audit log and the media folder's masters are the same afterwards. It runs in the
// reading project, before the newsroom's tests write.

const base = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const origin = base.origin;

function acceptable(response: RawResponse): string | null {
  if (response.status >= 500 && !(response.status === 503 && response.headers['retry-after'])) return `status ${response.status}`;
  if (/\bdigest\b|\n\s+at [\w.<>]+ \(|node_modules|Error: /.test(response.body)) return 'leaks internals';
  const cookie = String(response.headers['set-cookie'] ?? '');
  if (/session_token=[^;]/.test(cookie)) return 'issued a session';
  return null;
}

async function signInCookie(email: string): Promise<string> {
  const body = new URLSearchParams({ email, password: E2E_STAFF_PASSWORD }).toString();
  const response = await rawRequest(base, {
    method: 'POST',
    path: '/newsroom/session',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body,
  });
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  expect(cookies.length, 'the test account signs in').toBeGreaterThan(0);
  return cookies.map((c) => c.split(';')[0]).join('; ');
}

/** The audit log as an admin sees it: every newsroom write leaves a row. */
async function auditLog(cookie: string): Promise<string> {
  const { body } = await rawRequest(base, { method: 'GET', path: '/newsroom/audit', headers: { cookie } });
  const log = body.match(/<section aria-labelledby="audit-title">[\s\S]*?<\/section>/)?.[0];
  expect(log, 'the admin sees the audit log').toBeTruthy();
  return log!;
}

const masters = () =>
  readdirSync(process.env.MEDIA_DIR!)
    .filter((name) => name !== 'renditions')
    .sort();

const deep = '['.repeat(5000) + ']'.repeat(5000);

test('hostile requests get a designed answer and change nothing', async () => {
  test.setTimeout(300_000);
  const front = await rawRequest(base, { method: 'GET', path: '/fa' });
  const article = front.body.match(/href="(\/fa\/articles\/\d+\/[^"]+)"/)![1];
  const section = front.body.match(/href="(\/fa\/sections\/[^"/]+)"/)![1];
  const author = (await rawRequest(base, { method: 'GET', path: article })).body.match(/href="(\/fa\/authors\/[^"]+)"/)![1];
  const media = front.body.match(/src="(\/media\/[^"]+)"/)![1];
  const articleId = article.split('/')[3];
  const sitemap = (await rawRequest(base, { method: 'GET', path: '/sitemap.xml' })).body.match(
    /<loc>https?:\/\/[^/]+(\/sitemaps\/[^<]+)<\/loc>/,
  )![1];

  const editorCookie = await signInCookie(e2eStaff.editor.email);
  const adminCookie = await signInCookie(e2eStaff.admin.email);
  const editorPage = await rawRequest(base, {
    method: 'GET',
    path: `/newsroom/fa/articles/${articleId}`,
    headers: { cookie: editorCookie },
  });
  const actionId = editorPage.body.match(/\$ACTION_ID_([0-9a-f]{16,})/)?.[1] ?? '0'.repeat(42);

  const auditBefore = await auditLog(adminCookie);
  const mastersBefore = masters();

  const reads = [
    '/fa',
    '/ps',
    article,
    `/fa/articles/${articleId}`,
    section,
    `${section}/page/2`,
    author,
    '/fa/search?q=%D8%AE%D8%A8%D8%B1',
    '/fa/rss.xml',
    '/fa/atom.xml',
    `${section}/rss.xml`,
    '/sites',
    '/robots.txt',
    '/sitemap.xml',
    sitemap,
    '/api/breaking/fa',
    media,
    '/newsroom',
    '/newsroom/sign-in',
    `/newsroom/fa/articles/${articleId}`,
    '/newsroom/fa/breaking',
    `/newsroom/preview/fa/${articleId}`,
    '/no/such/page',
  ];
  const badHeaders: Record<string, string>[] = [
    { rsc: '1', 'next-router-state-tree': 'garbage' },
    { rsc: '1', 'next-router-state-tree': '%E0%A4%A' },
    { rsc: '1', 'next-router-state-tree': encodeURIComponent(deep.slice(0, 30_000)) },
    { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/../../etc' },
    { rsc: '1', 'next-url': '%%%' },
    { cookie: `junk=${'x'.repeat(12_000)}` },
    { cookie: '__Secure-better-auth.session_token=%%%; better-auth.session_token=a.b.c; ;;=;' },
    { 'content-type': 'application/json', 'content-length': '0' },
    { range: 'bytes=999999999-' },
    { range: 'lines=garbage' },
    { 'if-none-match': '"' + 'x'.repeat(2_000) },
    { 'if-modified-since': 'yesterday at noon' },
    { host: 'evil.example' },
    { host: `${base.hostname}:0` },
    { host: '[::1]:99999' },
    { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' },
    { 'accept-language': 'fa;q=abc,' + 'x-'.repeat(1_000) },
  ];
  const signedIn = (path: string) => (path.startsWith('/newsroom/') && path !== '/newsroom/sign-in' ? editorCookie : undefined);

  const failures: string[] = [];
  const statuses: Record<number, number> = {};
  let sent = 0;
  const check = async (label: string, request: Parameters<typeof rawRequest>[1]) => {
    sent += 1;
    const response = await rawRequest(base, request);
    const problem = acceptable(response);
    if (problem) failures.push(`${label}: ${problem} (${response.status}) ${response.body.slice(0, 160)}`);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  };

  // Every service's front page with the router headers and cookies that broke pages before.
  for (const service of services)
    for (const headers of badHeaders.slice(0, 7))
      await check(`GET /${service.code} ${JSON.stringify(headers).slice(0, 60)}`, { method: 'GET', path: `/${service.code}`, headers });
  for (const path of reads)
    for (const [i, headers] of badHeaders.entries()) {
      const cookie = signedIn(path);
      await check(`GET ${path} #${i}`, { method: 'GET', path, headers: { ...(cookie && !headers.cookie && { cookie }), ...headers } });
    }

  const writes = [
    '/fa',
    article,
    '/newsroom/session',
    '/newsroom/session/end',
    '/api/clock',
    `/newsroom/fa/articles/${articleId}`,
    `/newsroom/fa/articles/${articleId}/presence`,
    '/newsroom/fa/breaking',
    '/newsroom/staff',
  ];
  const bodies: { label: string; headers: Record<string, string>; body: string }[] = [
    { label: 'non-JSON argument', headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' }, body: '{not json' },
    { label: 'deep nesting', headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' }, body: deep },
    { label: 'text garbage', headers: { 'next-action': actionId, 'content-type': 'text/plain' }, body: '\u0000\uffff'.repeat(500) },
    { label: 'multipart, no boundary', headers: { 'next-action': actionId, 'content-type': 'multipart/form-data' }, body: 'x' },
    {
      label: 'multipart, broken',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
      body: `--zzz\r\nContent-Disposition: form-data; name="$ACTION_ID_${actionId}"\r\n\r\n--zz`,
    },
    { label: 'empty body', headers: { 'next-action': actionId, 'content-type': 'text/plain' }, body: '' },
    { label: 'form lie', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '%%%&&==&a=%ZZ' },
    { label: 'JSON lie', headers: { 'content-type': 'application/json' }, body: '{"email":' },
    { label: 'absurd length', headers: { 'content-type': 'text/plain', 'content-length': '99999999999' }, body: 'x' },
  ];
  for (const path of writes)
    for (const { label, headers, body } of bodies)
      for (const cookie of [undefined, path.startsWith('/newsroom/') ? editorCookie : undefined]) {
        if (cookie === undefined && path.startsWith('/newsroom/') && label === 'absurd length') continue;
        await check(`POST ${path} ${label}${cookie ? ' (signed in)' : ''}`, {
          method: 'POST',
          path,
          headers: { origin, ...(cookie && { cookie }), ...headers },
          body,
        });
      }

  console.log(`hostile requests: ${sent} sent, by status ${JSON.stringify(statuses)}`);
  expect(failures).toEqual([]);
  expect(sent).toBeGreaterThanOrEqual(300);
  expect(await auditLog(adminCookie)).toBe(auditBefore);
  expect(masters()).toEqual(mastersBefore);
});
