/**
 * Calls `stop` on the first SIGTERM or SIGINT and ignores repeats: Ctrl-C reaches the server twice
 * under `npm start` (from the terminal, and forwarded by its supervisor) or `npm run dev` (npm
 * forwards it too), and a repeat must not kill it while it closes the database.
 */
export function onStopSignal(stop: (signal: NodeJS.Signals) => void): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop(signal);
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
