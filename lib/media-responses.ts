// The media route's answers, shared by the proxy (which serves the newsroom's images) and the
// route handler (which serves the readers'), so that a refused image and an unknown one get the
// same 404 and no cache keeps an image readers may not have.

/**
 * A master's name is never reused (illustrations are named by their content, uploads at random),
 * but a withdrawn story's photo stops being public: caches keep a reader's copy no longer than a
 * page (an hour), not for a year. The newsroom's answers are never stored.
 */
const caching = { public: 'public, max-age=3600, s-maxage=3600', newsroom: 'private, no-store' } as const;

export function renditionResponse(image: Buffer, audience: keyof typeof caching): Response {
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/webp', 'Cache-Control': caching[audience] } });
}

export function renditionNotFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': caching.newsroom },
  });
}
