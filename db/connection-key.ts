// Where the process keeps its one database connection (db/access/connection.ts) on globalThis,
// pure so what closes it outside the app can import it: scripts/site-server.ts, the data tests.
export const DATABASE_KEY = Symbol.for('polyphony.database');

/** Closes the process's connection, if it opened one (PGlite must be closed cleanly). */
export async function closeDatabase(): Promise<void> {
  await (globalThis as { [DATABASE_KEY]?: { close(): Promise<void> } })[DATABASE_KEY]?.close();
}
