// The production server (run with `node --import tsx`, so it shares the services table and
// messages with the app): Next.js behind a thin Node HTTP server that
//  - serves public pages as "lite" HTML: Next renders and caches them, and this server removes
//    the framework's JavaScript on the way out. Public pages have no React client components,
//    so nothing needs hydrating; the breaking-news island is one small script of our own.
//  - answers any failure of a public page with a localized 503 page (never a 500 or a trace),
//  - compresses what it serves,
//  - runs the site's clock: every few seconds it asks the app to act on what is due (breaking
//    items that start or expire), so pages change on time with no external job runner, and
//  - on SIGTERM/SIGINT stops taking requests, lets those in flight finish, then closes the
//    database (PGlite must be closed cleanly or its folder can be damaged).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import next from 'next';
import { isLitePage, toLiteHtml } from '@/scripts/lite-html.mjs';
import { RETRY_AFTER_SECONDS, unavailablePage } from '@/scripts/unavailable-page';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const CLOCK_INTERVAL_MS = 5_000;
// Only this process knows it: the clock's endpoint refuses everyone else.
process.env.POLYPHONY_CLOCK_SECRET = randomBytes(32).toString('hex');

// Next compares a proxy rewrite's origin with the one it is given here to tell internal rewrites
// from external ones; both are built from 'localhost' whatever address the server listens on.
const app = next({ dev: false, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript))/;

/** Buffers Next's response, rewrites HTML to lite HTML, compresses, then sends it. */
function serveLite(req, res) {
  const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  // Next must not compress: the body is rewritten first.
  delete req.headers['accept-encoding'];
  const chunks = [];
  const send = { writeHead: res.writeHead, write: res.write, end: res.end };
  let status;
  res.writeHead = (code, ...rest) => {
    status = code;
    const headers = rest.find((r) => r && typeof r === 'object');
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    return res;
  };
  res.flushHeaders = () => {};
  res.write = (chunk, encoding, callback) => {
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    if (typeof encoding === 'function') encoding();
    else if (typeof callback === 'function') callback();
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    if (chunk && typeof chunk !== 'function') res.write(chunk, encoding);
    Object.assign(res, send);
    let body = Buffer.concat(chunks);
    if ((status ?? res.statusCode) >= 500) {
      status = 503;
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      body = Buffer.from(unavailablePage(req.url ?? '/'));
    }
    const type = String(res.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && status !== 503) {
      body = Buffer.from(toLiteHtml(body.toString('utf8')));
      res.removeHeader('etag');
    }
    if (acceptsGzip && body.length > 1024 && COMPRESSIBLE.test(type)) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
    }
    const vary = String(res.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    res.setHeader('Content-Length', body.length);
    res.writeHead(status ?? res.statusCode);
    const done = [chunk, encoding, callback].find((f) => typeof f === 'function');
    return req.method === 'HEAD' ? res.end(done) : res.end(body, done);
  };
  return handle(req, res);
}

const server = http.createServer((req, res) => {
  // Headers a client must not choose: Next's internal recursion marker (a past proxy bypass), and
  // the client address that sign-in throttling and session records trust, taken from the socket.
  delete req.headers['x-middleware-subrequest'];
  req.headers['x-polyphony-client-address'] = req.socket.remoteAddress ?? 'unknown'; // CLIENT_ADDRESS_HEADER
  if (isLitePage(req)) return serveLite(req, res);
  return handle(req, res);
});

let clock;
server.listen(port, hostname, () => {
  const self = `http://${['0.0.0.0', '::'].includes(hostname) ? '127.0.0.1' : hostname}:${port}`;
  console.log(`Polyphony is serving on ${self}`);
  const tick = () =>
    fetch(`${self}/api/clock`, { method: 'POST', headers: { 'x-clock-secret': process.env.POLYPHONY_CLOCK_SECRET } })
      .then((response) => response.ok || console.error(`clock: ${response.status}`))
      .catch((error) => console.error(`clock: ${error.message}`));
  tick();
  clock = setInterval(tick, CLOCK_INTERVAL_MS);
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then closing the database.`);
  clearInterval(clock);
  server.close();
  server.closeIdleConnections();
  await new Promise((resolve) => server.once('close', resolve)).catch(() => {});
  // The data layer keeps its one connection on globalThis (see db/access/connection.ts).
  await globalThis[Symbol.for('polyphony.database')]?.close();
  process.exit(0);
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
