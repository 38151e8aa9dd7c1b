// Sizes the newsroom's forms accept and the editor's heartbeat timings, shared by the browser and
// the server's checks (kept apart from the parsers so client components do not ship them).
export const LIMITS = {
  headline: 200,
  dek: 400,
  slug: 120,
  body: 100_000,
  correction: 1_000,
  alt: 300,
  caption: 400,
  credit: 120,
  breaking: 280,
  link: 500,
};
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** The largest request body the server reads: a lead image and the article's text */
export const MAX_REQUEST_BYTES = MAX_IMAGE_BYTES + 1024 * 1024;
export const breakingDurations = [15, 30, 60, 120, 240, 480, 1440] as const;

/** How often an open editor tells the server it is still there */
export const HEARTBEAT_MS = 20_000;
/** Without a heartbeat for this long, a member no longer has the article open (nor its lock) */
export const PRESENCE_TTL_MS = 150_000;
