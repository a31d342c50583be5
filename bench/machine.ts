import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine the figures came from, as the README records it. */
export function describeMachine(chromium: string): { cpus: number; model: string; memoryGb: number; node: string; chromium: string; loadAverage: number } {
  let model = os.cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux: os.cpus() has it.
  }
  // The one-minute load average: on a shared machine it says how much the figures were squeezed.
  return { cpus: os.availableParallelism(), model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium, loadAverage: Number(os.loadavg()[0]!.toFixed(1)) };
}
