import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { toLiteHtml } from '@/scripts/lite-html.mjs';
import { unavailableHeaders, unavailablePage } from '@/scripts/unavailable-page';

// How scripts/serve.mjs answers a reader's page: Next renders (and caches) it, and this removes
// the framework's JavaScript on the way out, or replaces a failure with the localized 503 page.

export type Handle = (req: IncomingMessage, res: ServerResponse) => unknown;

type Callback = (error?: Error | null) => void;
type Encoding = BufferEncoding | Callback | undefined;
// The methods Next writes through, replaced below to buffer what it writes.
type Writes = {
  writeHead(code: number, ...rest: unknown[]): ServerResponse;
  write(chunk: unknown, encoding?: Encoding, callback?: Callback): boolean;
  end(chunk?: unknown, encoding?: Encoding, callback?: Callback): ServerResponse;
  flushHeaders(): void;
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript))/;

/** Buffers Next's response, rewrites HTML to lite HTML (a failure to the 503 page), compresses, then sends it. */
export function serveLite(req: IncomingMessage, res: ServerResponse, handle: Handle): unknown {
  const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  // Next must not compress: the body is rewritten first.
  delete req.headers['accept-encoding'];
  const out = res as unknown as Writes;
  const chunks: Buffer[] = [];
  const send = { writeHead: out.writeHead, write: out.write, end: out.end };
  let status: number | undefined;
  out.writeHead = (code, ...rest) => {
    status = code;
    const headers = rest.find((r) => r && typeof r === 'object');
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v as string);
    return res;
  };
  out.flushHeaders = () => {};
  out.write = (chunk, encoding, callback) => {
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? encoding : 'utf8'));
    if (typeof encoding === 'function') encoding();
    else if (typeof callback === 'function') callback();
    return true;
  };
  out.end = (chunk, encoding, callback) => {
    if (chunk && typeof chunk !== 'function') out.write(chunk, encoding);
    Object.assign(out, send);
    let body = Buffer.concat(chunks);
    if ((status ?? res.statusCode) >= 500) {
      status = 503;
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      for (const [name, value] of Object.entries(unavailableHeaders)) res.setHeader(name, value);
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
    const done = [chunk, encoding, callback].find((f): f is Callback => typeof f === 'function');
    return req.method === 'HEAD' ? res.end(done) : res.end(body, done);
  };
  return handle(req, res);
}
