// The production server (`npm start`; run with `node --import tsx`, so it shares the services
// table, messages and constants with the app). Public pages go out as "lite" HTML: Next renders
// and caches them, and the framework's JavaScript is removed on the way out (they have no React
// client components; the breaking-news island is one small script of our own). Any failure of a
// public page becomes a localized 503 page; every other request's failure gets its designed answer
// (scripts/failure-response.ts): never a bare 500 or a trace. The server around Next (trusted
// headers, the clock, shutdown) is the one `npm run dev` uses too: scripts/site-server.ts.
import { answeringFailures } from '@/scripts/failure-response';
import { isLitePage } from '@/scripts/lite-html.mjs';
import { serveLite } from '@/scripts/lite-response';
import { runSite } from '@/scripts/site-server';

await runSite({
  dev: false,
  respond: (handle) => {
    const guarded = answeringFailures(handle);
    return (req, res) => (isLitePage(req) ? serveLite(req, res, handle) : guarded(req, res));
  },
});
