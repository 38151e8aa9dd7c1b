import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state.js';
import { databaseAnswers } from '@/db/connection-key';
import { negotiateService } from '@/lib/accept-language';
import { MAX_REQUEST_BYTES } from '@/lib/newsroom/limits';
import { newsroomStatusPage, statusOf } from '@/lib/newsroom/status-page';
import { areaOfPath } from '@/lib/routes';
import { publicPolicyHeader, securityHeaders } from '@/lib/security-headers';
import type { Handle } from '@/scripts/lite-response';
import { unavailableHeaders, unavailablePage } from '@/scripts/unavailable-page';

// The server's answer where Next would give a bare 500. Before Next: requests it cannot read (a
// router-state header that does not parse, a body over the limit) get a precise 4xx. After: a 5xx
// Next writes is replaced, before anything of it is sent, by the designed answer in the asker's
// form: the reader's 503 page, XML for feeds and sitemaps, JSON for the API, the newsroom's own
// page in the member's language. A failed write whose database still answers was a request the
// app could not read (400); a failure while the database is down is the 503.

export type Failure = 'unreadable' | 'tooLarge' | 'unavailable';

type Reply = { status: number; headers: Record<string, string>; body: string };

const RETRY_AFTER = unavailableHeaders['Retry-After'];
const baseHeaders = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
const MESSAGES: Record<Failure, string> = {
  unreadable: 'The request could not be read.',
  tooLarge: `The request body is larger than ${MAX_REQUEST_BYTES} bytes.`,
  unavailable: 'Temporarily unavailable: try again shortly.',
};

const isRsc = (req: IncomingMessage) => Boolean(req.headers.rsc) || /[?&]_rsc=/.test(req.url ?? '');
const isWrite = (req: IncomingMessage) => req.method !== 'GET' && req.method !== 'HEAD';

/** The designed answer to a request that failed this way. */
export async function failureReply(req: IncomingMessage, failure: Failure): Promise<Reply> {
  const url = req.url ?? '/';
  const pathname = url.split('?')[0]!;
  const status = statusOf[failure];
  const headers: Record<string, string> = { ...baseHeaders, 'Cache-Control': 'no-store' };
  if (failure === 'unavailable') headers['Retry-After'] = RETRY_AFTER;
  if (failure === 'tooLarge') headers.Connection = 'close';
  const area = areaOfPath(pathname);
  if (area === 'newsroom' && !isRsc(req)) {
    const language = negotiateService(req.headers['accept-language'] ?? null);
    const { key, value } = publicPolicyHeader();
    return {
      status,
      headers: { ...headers, [key]: value, 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex, nofollow' },
      body: await newsroomStatusPage(language, failure),
    };
  }
  if (pathname.startsWith('/api/'))
    return {
      status,
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ error: failure, message: MESSAGES[failure] }),
    };
  if (pathname.endsWith('.xml'))
    return {
      status,
      headers: { ...headers, 'Content-Type': 'application/xml; charset=utf-8' },
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<error status="${status}">${MESSAGES[failure]}</error>\n`,
    };
  if (failure === 'unavailable' && area === 'reader' && !isRsc(req) && !isWrite(req))
    return { status, headers: { ...unavailableHeaders }, body: unavailablePage(url) };
  return { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: `${MESSAGES[failure]}\n` };
}

/** What Next cannot read and would answer with a 500, told before it tries. */
export function refusalBeforeNext(req: IncomingMessage): Failure | null {
  const length = req.headers['content-length'];
  if (length !== undefined && Number(length) > MAX_REQUEST_BYTES) return 'tooLarge';
  try {
    // Next's own check, which throws for a header the client router would never send.
    parseAndValidateFlightRouterState(req.headers['next-router-state-tree']);
  } catch {
    return 'unreadable';
  }
  return null;
}

type Callback = (error?: Error | null) => void;
type Writes = {
  writeHead(code: number, ...rest: unknown[]): ServerResponse;
  write(chunk: unknown, ...rest: unknown[]): boolean;
  end(...rest: unknown[]): ServerResponse;
};

async function send(req: IncomingMessage, res: ServerResponse, original: Writes, failure: Failure, done?: Callback) {
  const reply = await failureReply(req, failure);
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  original.writeHead.call(res, reply.status, { ...reply.headers, 'Content-Length': Buffer.byteLength(reply.body) });
  original.end.call(res, req.method === 'HEAD' ? undefined : reply.body, done);
  // The rest of a refused body is not read: the connection closes after the answer.
  if (failure === 'tooLarge') req.resume();
}

/** Next's handler, with its failures answered as designed (see above). */
export function answeringFailures(handle: Handle): Handle {
  return (req, res) => {
    const refusal = refusalBeforeNext(req);
    const out = res as unknown as Writes;
    const original: Writes = { writeHead: out.writeHead, write: out.write, end: out.end };
    if (refusal) return send(req, res, original, refusal).catch((error: Error) => res.destroy(error));
    let failed = false;
    const failing = () => (failed ||= !res.headersSent && res.statusCode >= 500);
    out.writeHead = (code, ...rest) => {
      if (code >= 500 && !res.headersSent) failed = true;
      return failed ? res : original.writeHead.call(res, code, ...rest);
    };
    out.write = (chunk, ...rest) => (failing() ? true : original.write.call(res, chunk, ...rest));
    out.end = (...rest) => {
      if (!failing()) return original.end.apply(res, rest);
      const done = rest.find((r): r is Callback => typeof r === 'function');
      const failure = isWrite(req)
        ? databaseAnswers().then((answers) => (answers ? 'unreadable' : 'unavailable'))
        : Promise.resolve('unavailable' as const);
      void failure.then((kind) => send(req, res, original, kind, done)).catch((error: Error) => res.destroy(error));
      return res;
    };
    return handle(req, res);
  };
}
