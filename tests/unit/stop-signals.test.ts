import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A server closing its database after Ctrl-C gets the signal a second time (from its supervisor or
// npm): the repeat must not kill it before the close has finished.

const child = `
import('./scripts/stop-signals.ts').then(({ onStopSignal }) => {
  onStopSignal(async (signal) => {
    console.log('stopping on ' + signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    console.log('database closed');
    process.exit(0);
  });
  process.kill(process.pid, 'SIGINT');
  setTimeout(() => process.kill(process.pid, 'SIGINT'), 50);
  setTimeout(() => process.kill(process.pid, 'SIGTERM'), 100);
  setInterval(() => {}, 1000);
});`;

describe('the server stop signals', () => {
  it('run the shutdown once, and a repeat does not cut it short', () => {
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '-e', child], { encoding: 'utf8', timeout: 10_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('stopping on SIGINT\ndatabase closed\n');
  });
});
