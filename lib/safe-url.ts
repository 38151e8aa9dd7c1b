// Link targets in article bodies come from stored Markdown, and a browser acts on an href in ways
// a reader cannot see: it runs javascript:, opens data: documents, treats //host and /\host as other
// sites, ignores tabs and newlines inside a scheme, and bidi or zero-width characters make one
// address display as another. So only known-good shapes pass; everything else is not a link.
const ALLOWED = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
// Whitespace and backslashes never belong in a safe href (browsers strip or reinterpret them).
const UNSAFE_RAW = /[\s\\]/u;
// Control and format characters (bidi controls, LRM/RLM, zero-width, BOM), also percent-encoded:
// Markdown renderers percent-encode them, and a browser shows them decoded.
const UNSAFE_DECODED = /[\p{Cc}\p{Cf}]/u;

// Null when a percent-encoded run is not UTF-8: what a browser would display is then unclear.
function percentDecoded(value: string): string | null {
  try {
    return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => decodeURIComponent(run));
  } catch {
    return null;
  }
}

/** The href if it is an allowed link target (http(s), mailto, /path, #fragment), otherwise null. */
export function safeLinkHref(href: string | undefined | null): string | null {
  if (!href || !ALLOWED.test(href) || UNSAFE_RAW.test(href)) return null;
  const decoded = percentDecoded(href);
  return decoded === null || UNSAFE_DECODED.test(decoded) ? null : href;
}
