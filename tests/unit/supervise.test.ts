import type { ChildProcess, spawn as spawnProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restartDelay, supervise } from '@/scripts/supervise.mjs';

// scripts/supervise.mjs with a stand-in child that dies when told to, on fake timers.

class FakeChild extends EventEmitter {
  signals: string[] = [];
  kill(signal: string) {
    this.signals.push(signal);
    return true;
  }
  die(code: number | null, signal: string | null = null) {
    this.emit('exit', code, signal);
  }
}

function start(timing = {}) {
  const children: FakeChild[] = [];
  const lines: string[] = [];
  const spawn = vi.fn(() => {
    const child = new FakeChild();
    children.push(child);
    return child as unknown as ChildProcess;
  });
  const supervisor = supervise({
    name: 'server',
    command: 'node',
    args: ['serve.mjs'],
    env: { PORT: '1' },
    spawn: spawn as unknown as typeof spawnProcess,
    log: (line) => lines.push(line),
    ...timing,
  });
  let code: number | undefined;
  void supervisor.exited.then((c) => (code = c));
  return { supervisor, children, lines, spawn, latest: () => children.at(-1)!, code: () => code };
}

/** Milliseconds until the next child is spawned after the latest one died. */
async function timeToRestart(run: ReturnType<typeof start>) {
  const before = run.children.length;
  let waited = 0;
  while (run.children.length === before && waited < 120_000) {
    await vi.advanceTimersByTimeAsync(100);
    waited += 100;
  }
  return waited;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('supervising a child process', () => {
  it('spawns the command with its arguments and environment', () => {
    const run = start();
    expect(run.spawn).toHaveBeenCalledWith('node', ['serve.mjs'], { stdio: 'inherit', env: { PORT: '1' } });
  });

  it('restarts a child that dies, doubling the wait up to 30 s', async () => {
    const run = start();
    const waits = [];
    for (let i = 0; i < 7; i++) {
      run.latest().die(null, 'SIGKILL');
      waits.push(await timeToRestart(run));
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(run.lines[0]).toBe('server was killed by SIGKILL after 0.0 s; restarting in 1 s.');
    expect(run.code()).toBeUndefined();
  });

  it('restarts on a non-zero exit, and starts the back-off over after a long enough run', async () => {
    const run = start({ healthyAfterMs: 60_000 });
    run.latest().die(1);
    expect(await timeToRestart(run)).toBe(1_000);
    run.latest().die(1);
    expect(await timeToRestart(run)).toBe(2_000);
    await vi.advanceTimersByTimeAsync(60_000);
    run.latest().die(1);
    expect(await timeToRestart(run)).toBe(1_000);
    expect(run.lines.at(-1)).toBe('server exited with code 1 after 60.0 s; restarting in 1 s.');
  });

  it('forwards a stop request to the child and ends with its exit code, without restarting', async () => {
    const run = start();
    run.supervisor.stop('SIGINT');
    run.supervisor.stop('SIGINT');
    expect(run.latest().signals).toEqual(['SIGINT', 'SIGINT']);
    run.latest().die(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.code()).toBe(0);
    expect(run.children).toHaveLength(1);
  });

  it('ends with 128 + the signal when the child is killed after a stop request', async () => {
    const run = start();
    run.supervisor.stop('SIGTERM');
    run.latest().die(null, 'SIGTERM');
    await vi.advanceTimersByTimeAsync(0);
    expect(run.code()).toBe(143);
  });

  it('ends at once when stopped while waiting to restart', async () => {
    const run = start();
    run.latest().die(null, 'SIGKILL');
    await vi.advanceTimersByTimeAsync(500);
    run.supervisor.stop('SIGTERM');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.code()).toBe(0);
    expect(run.children).toHaveLength(1);
  });

  it('does not restart a child that exits cleanly by itself', async () => {
    const run = start();
    run.latest().die(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.code()).toBe(0);
    expect(run.children).toHaveLength(1);
  });

  it('restarts a command that could not be run, once per failure', async () => {
    const run = start();
    run.latest().emit('error', new Error('spawn node ENOENT'));
    run.latest().die(-2);
    expect(await timeToRestart(run)).toBe(1_000);
    expect(run.lines).toEqual(['server could not run (spawn node ENOENT) after 0.0 s; restarting in 1 s.']);
  });
});

describe('the restart delay', () => {
  it('doubles from 1 s and is capped at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => restartDelay(n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
