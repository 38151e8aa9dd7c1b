// `npm run dev`: Next's development server (Turbopack, hot reload, error overlay) inside the same
// Node server as `npm start` (scripts/site-server.ts), so the clock runs and scheduled stories
// publish. Pages keep the framework runtime that hot reload needs: no lite HTML, no 503 page.
import { runSite } from '@/scripts/site-server';

await runSite({ dev: true });
