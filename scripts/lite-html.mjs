// Public pages go out as "lite" HTML: everything Next adds for client-side React (runtime
// chunks, their preloads and the inline RSC payload) is removed, typed scripts (JSON-LD) and
// our own island scripts stay. Only responses Next rendered for public page routes pass here.
import { areaOfPath, isStaticFile, matchPath, routes } from '@/lib/routes';

const FRAMEWORK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g;
const FRAMEWORK_PRELOAD =
  /<link\b[^>]*\b(?:rel="(?:modulepreload|preload)"[^>]*\bas="script"|as="script"[^>]*\brel="(?:modulepreload|preload)")[^>]*\/?>/g;
// Inline scripts without a type attribute are Next's (RSC payload, bootstrap); pages add none.
const INLINE_UNTYPED_SCRIPT = /<script(?![^>]*\b(?:src|type)=)[^>]*>[\s\S]*?<\/script>/g;

export function toLiteHtml(html) {
  return html.replace(FRAMEWORK_SCRIPT, '').replace(FRAMEWORK_PRELOAD, '').replace(INLINE_UNTYPED_SCRIPT, '');
}

/** A reader's GET for a public page, as opposed to assets, route handlers, RSC requests or the newsroom. */
export function isLitePage(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-action']) return false;
  const [path, query = ''] = (req.url ?? '/').split('?');
  if (new URLSearchParams(query).has('_rsc') || isStaticFile(path) || areaOfPath(path) !== 'reader') return false;
  // Unknown paths are answered with a reader's 404 page.
  const match = matchPath(path);
  return !match || routes[match.route].file === 'page';
}
