import type { spawn as spawnProcess } from 'node:child_process';

type Timing = { firstDelayMs: number; maxDelayMs: number; healthyAfterMs: number };

export function restartDelay(failures: number, timing?: Pick<Timing, 'firstDelayMs' | 'maxDelayMs'>): number;

export function supervise(
  options: {
    name: string;
    command: string;
    args?: string[];
    env?: Record<string, string | undefined>;
    spawn?: typeof spawnProcess;
    log?: (line: string) => void;
  } & Partial<Timing>,
): { exited: Promise<number>; stop(signal?: NodeJS.Signals): void };
