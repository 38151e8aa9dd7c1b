// Keeps one child process running: when it dies unexpectedly (killed by a signal, or a non-zero
// exit) it is started again after a back-off that doubles on each failure in a row (1 s, 2 s,
// 4 s … 30 s) and starts over once a run has lasted a while. A stop request is forwarded to the
// child, and supervision ends when the child exits after it. Generic (command, arguments,
// environment, name), so `npm start` and a multi-instance stack can both use it.
import { spawn as spawnProcess } from 'node:child_process';
import { constants } from 'node:os';

const DEFAULTS = { firstDelayMs: 1_000, maxDelayMs: 30_000, healthyAfterMs: 60_000 };

/** The wait before restart number `failures` (1 for the first failure in a row). */
export function restartDelay(failures, { firstDelayMs, maxDelayMs } = DEFAULTS) {
  return Math.min(firstDelayMs * 2 ** (failures - 1), maxDelayMs);
}

const describeExit = (code, signal) => (signal ? `was killed by ${signal}` : `exited with code ${code}`);

export function supervise({ name, command, args = [], env = process.env, spawn = spawnProcess, log = console.error, ...timing }) {
  const options = { ...DEFAULTS, ...timing };
  let child = null;
  let pendingRestart = null;
  let failures = 0;
  let stopping = false;
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));

  function start() {
    pendingRestart = null;
    const startedAt = Date.now();
    const current = spawn(command, args, { stdio: 'inherit', env });
    child = current;
    let ended = false;
    const end = (code, signal, error) => {
      if (ended) return;
      ended = true;
      child = null;
      if (stopping) return finish(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
      // A clean exit that nobody asked for is still a stop: only deaths are restarted.
      if (!error && !signal && code === 0) return finish(0);
      const ranMs = Date.now() - startedAt;
      failures = ranMs >= options.healthyAfterMs ? 1 : failures + 1;
      const delay = restartDelay(failures, options);
      const why = error ? `could not run (${error.message})` : describeExit(code, signal);
      log(`${name} ${why} after ${(ranMs / 1000).toFixed(1)} s; restarting in ${delay / 1000} s.`);
      pendingRestart = setTimeout(start, delay);
    };
    current.once('exit', (code, signal) => end(code, signal));
    current.once('error', (error) => end(null, null, error));
  }

  start();
  return {
    exited,
    /** Forwards the signal to the child (again on a repeat); ends at once while waiting to restart. */
    stop(signal = 'SIGTERM') {
      stopping = true;
      if (pendingRestart) {
        clearTimeout(pendingRestart);
        pendingRestart = null;
        finish(0);
      }
      child?.kill(signal);
    },
  };
}
