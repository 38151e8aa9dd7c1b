// Where the process keeps its one database connection (db/access/connection.ts) on globalThis,
// pure so what works outside the app can import it: scripts/site-server.ts (closing it, and asking
// whether it answers when a request failed), the data tests.
export const DATABASE_KEY = Symbol.for('polyphony.database');

type Handle = { close(): Promise<void>; ping(): Promise<void> };
const held = () => (globalThis as { [DATABASE_KEY]?: Handle })[DATABASE_KEY];

const PING_TIMEOUT_MS = 2_000;

/** Closes the process's connection, if it opened one (PGlite must be closed cleanly). */
export async function closeDatabase(): Promise<void> {
  await held()?.close();
}

/** Whether the database answers now (true when nothing opened it: then no request failed on it). */
export async function databaseAnswers(): Promise<boolean> {
  const handle = held();
  if (!handle) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(reject, PING_TIMEOUT_MS)));
  return Promise.race([Promise.resolve().then(() => handle.ping()), timeout])
    .then(() => true)
    .catch(() => false)
    .finally(() => clearTimeout(timer));
}
