import 'server-only';
import { openDatabase, type Database } from '@/db/client';

// One connection per server process, shared by every bundle (proxy, pages, route handlers):
// module instances are not shared between bundles, globalThis is. Two PGlite instances on one
// folder would silently lose writes. scripts/serve.mjs closes it on shutdown.
const key = Symbol.for('polyphony.database');
type Holder = { [key]?: ReturnType<typeof openDatabase> };

export function getDb(): Database {
  const holder = globalThis as Holder;
  holder[key] ??= openDatabase();
  return holder[key].db;
}
