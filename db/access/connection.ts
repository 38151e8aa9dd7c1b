import 'server-only';
import { openDatabase, type Database } from '@/db/client';
import { DATABASE_KEY } from '@/db/connection-key';

// One connection per server process, shared by every bundle (proxy, pages, route handlers):
// module instances are not shared between bundles, globalThis is. Two PGlite instances on one
// folder would silently lose writes. The server closes it on shutdown (closeDatabase). A handle
// that can no longer answer (PGlite closed under the app) is replaced on the next use, so the site
// recovers without a restart.
type Holder = { [DATABASE_KEY]?: ReturnType<typeof openDatabase> };

export function getDb(): Database {
  const holder = globalThis as Holder;
  if (!holder[DATABASE_KEY] || holder[DATABASE_KEY].closed()) holder[DATABASE_KEY] = openDatabase();
  return holder[DATABASE_KEY].db;
}
