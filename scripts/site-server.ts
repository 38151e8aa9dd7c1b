import { randomBytes } from 'node:crypto';
import http from 'node:http';
import next from 'next';
import { closeDatabase } from '@/db/connection-key';
import { CLIENT_ADDRESS_HEADER } from '@/lib/newsroom/requests';
import type { Handle } from '@/scripts/lite-response';
import { onStopSignal } from '@/scripts/stop-signals';

// The Node server around Next.js, for `npm start` (scripts/serve.mjs) and `npm run dev`
// (scripts/dev.mjs): it sets the headers the app trusts, runs the site's clock, and on
// SIGTERM/SIGINT lets requests in flight finish, then closes the database (PGlite must be closed
// cleanly or its folder can be damaged).

const CLOCK_INTERVAL_MS = 5_000;

type Options = {
  dev: boolean;
  /** Answers a request, given Next's own handler; Next's handler when omitted. */
  respond?: (handle: Handle) => Handle;
};

/** Every few seconds, asks the app to act on what is due (scheduled stories, breaking items that start or expire). */
function startClock(origin: string): () => void {
  const tick = () =>
    fetch(`${origin}/api/clock`, { method: 'POST', headers: { 'x-clock-secret': process.env.POLYPHONY_CLOCK_SECRET! } })
      .then((response) => response.ok || console.error(`clock: ${response.status}`))
      .catch((error: Error) => console.error(`clock: ${error.message}`));
  void tick();
  const timer = setInterval(tick, CLOCK_INTERVAL_MS);
  return () => clearInterval(timer);
}

export async function runSite({ dev, respond = (handle) => handle }: Options): Promise<void> {
  const port = Number(process.env.PORT || 3000);
  const hostname = process.env.HOSTNAME || '0.0.0.0';
  // Only this process knows it: the clock's endpoint refuses everyone else. Made before Next
  // reads the environment, which it restores to what it first saw when .env files change.
  process.env.POLYPHONY_CLOCK_SECRET = randomBytes(32).toString('hex');

  // Next compares a proxy rewrite's origin with the one it is given here to tell internal rewrites
  // from external ones; both are built from 'localhost' whatever address the server listens on.
  const app = next({ dev, hostname: 'localhost', port, ...(dev && { turbopack: true }) });
  await app.prepare();
  const handle = respond(app.getRequestHandler());

  const server = http.createServer((req, res) => {
    // Headers a client must not choose: Next's internal recursion marker (a past proxy bypass), and
    // the client address that sign-in throttling and session records trust, taken from the socket.
    delete req.headers['x-middleware-subrequest'];
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
    return handle(req, res);
  });

  let stopClock = () => {};
  server.listen(port, hostname, () => {
    const self = `http://${['0.0.0.0', '::'].includes(hostname) ? '127.0.0.1' : hostname}:${port}`;
    console.log(`Polyphony is serving on ${self}${dev ? ' (development)' : ''}`);
    stopClock = startClock(self);
  });

  onStopSignal(async (signal) => {
    console.log(`${signal}: finishing requests in flight, then closing the database.`);
    stopClock();
    server.close();
    server.closeIdleConnections();
    await new Promise((resolve) => server.once('close', resolve)).catch(() => {});
    await closeDatabase();
    process.exit(0);
  });
}
