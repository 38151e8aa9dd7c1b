// Small pieces every newsroom route handler needs at its boundary.

const MAX_FORM_BYTES = 64 * 1024;

/** The header scripts/site-server.ts sets from the socket's address (a client cannot forge it). */
export const CLIENT_ADDRESS_HEADER = 'x-polyphony-client-address';

/**
 * A browser's form or fetch from this site names it in Origin: the same scheme, host and port as
 * the request (an https page on this host is another site to an http one). A missing or `null`
 * Origin does not count. The scheme is the request's as the server saw it.
 */
export function isSameOrigin(request: { headers: Headers; url: string }): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (!origin || !host || origin === 'null') return false;
  try {
    return new URL(origin).origin === new URL(`${new URL(request.url).protocol}//${host}`).origin;
  } catch {
    return false;
  }
}

/** Set by scripts/site-server.ts from the socket; a client-sent X-Forwarded-For is never trusted. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}

/** The form of a small urlencoded or multipart POST, or null when it is malformed or too large. */
export async function readForm(request: Request): Promise<FormData | null> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/** 303 to a path on this site: the browser follows with a GET, so a reload does not post again. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } });
}
