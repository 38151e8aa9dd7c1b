import http from 'node:http';

// HTTP exactly as written, for requests a browser or fetch() would not send: a Host of our
// choosing, a Content-Length that lies, headers Node's client would otherwise fill in.

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: string };

const TIMEOUT_MS = 20_000;

export function rawRequest(base: URL, { method, path, headers = {}, body }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: base.hostname,
      port: base.port,
      method,
      path,
      setHost: false,
      headers: {
        host: base.host,
        connection: 'close',
        ...(body !== undefined && { 'content-length': String(Buffer.byteLength(body)) }),
        ...headers,
      },
      timeout: TIMEOUT_MS,
    });
    let answered = false;
    let failure: Error | undefined;
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer in ${TIMEOUT_MS} ms`)));
    // A server that refuses a body before reading it may close the connection while it is still
    // sent: its answer counts, if one came.
    request.on('error', (error) => (failure = error));
    request.on('close', () => answered || reject(failure ?? new Error(`${method} ${path}: closed without an answer`)));
    request.end(body);
  });
}
