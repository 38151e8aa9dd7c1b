import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import path from 'node:path';
import { env } from '@/lib/env';
import { lockPgliteFolder } from '@/db/pglite-lock';
import * as schema from '@/db/schema';

// The one place that opens the database: PostgreSQL when DATABASE_URL is set, else embedded PGlite.

export type Database = NodePgDatabase<typeof schema>;

type Connection = {
  db: Database;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** True once the handle can no longer answer (PGlite closed): the next use opens a new one. */
  closed(): boolean;
};

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');
// Several app instances may migrate at once against one server; drizzle's migrator takes no lock.
const MIGRATION_LOCK = 72_604_011;

function openPostgres(url: string): Connection {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover) is dropped from the pool and
  // replaced on the next query; unheard, the pool's 'error' event would end the process.
  pool.on('error', (error) => console.error(`database: an idle connection ended (${error.message})`));
  const db = drizzlePg(pool, { schema });
  return {
    db,
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
    ping: () => pool.query('SELECT 1').then(() => {}),
    // The pool reconnects by itself once the server takes connections again.
    closed: () => pool.ended,
  };
}

function openPglite(folder: string): Connection {
  const release = lockPgliteFolder(folder);
  const client = new PGlite(folder);
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  let closed: Promise<void> | undefined;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => (closed ??= client.close().finally(release)),
    ping: () => client.query('SELECT 1').then(() => {}),
    closed: () => client.closed,
  };
}

export function openDatabase(options: { url?: string; pgliteDir?: string } = {}): Connection {
  const url = options.url ?? env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite(path.resolve(/*turbopackIgnore: true*/ options.pgliteDir ?? env.PGLITE_DIR));
}
