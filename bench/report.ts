import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One row of the benchmark table. */
export interface BenchRow {
  measure: string;
  value: number | null;
  baseline: number | null;
  unit: 'ms' | 'KB' | 'MB' | 's';
  /** value / baseline, when there is a baseline. */
  ratio: number | null;
  /** e.g. "ratio ≤ 1.5", "≤ 100 ms", "report". */
  target: string;
  /** true/false against the target; null when the target is "report" or it could not be measured. */
  pass: boolean | null;
  /** "not yet measurable: <reason>", or what was measured and how. */
  note: string;
}

export function row(r: Omit<BenchRow, 'ratio' | 'pass' | 'note'> & { ratio?: number | null; pass?: boolean | null; note?: string }): BenchRow {
  const ratio = r.ratio ?? (r.value !== null && r.baseline ? r.value / r.baseline : null);
  return { measure: r.measure, value: r.value, baseline: r.baseline, unit: r.unit, ratio, target: r.target, pass: r.pass ?? null, note: r.note ?? '' };
}

export function notYet(measure: string, target: string, reason: string): BenchRow {
  return { measure, value: null, baseline: null, unit: 'ms', ratio: null, target, pass: null, note: `not yet measurable: ${reason}` };
}

export function failed(measure: string, target: string, error: unknown): BenchRow {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { measure, value: null, baseline: null, unit: 'ms', ratio: null, target, pass: false, note: `error: ${message}` };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function figure(value: number | null, unit: string): string {
  if (value === null) return '–';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function verdict(r: BenchRow): string {
  if (r.note.startsWith('not yet measurable') || r.note.startsWith('error')) return r.note;
  const word = r.pass === null ? 'reported' : r.pass ? 'pass' : 'FAIL';
  return r.note ? `${word} (${r.note})` : word;
}

/** The table as Markdown, so the same text goes to the terminal and the README. */
export function formatTable(rows: BenchRow[]): string {
  const lines = [
    '| Measure | Value | Baseline | Ratio | Target | Result |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${figure(r.value, r.unit)} | ${figure(r.baseline, r.unit)} | ${r.ratio === null ? '–' : r.ratio.toFixed(2)} | ${r.target} | ${verdict(r)} |`),
  ];
  return lines.join('\n');
}

export interface BenchReport {
  when: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string; chromium: string; loadAverage: number };
  dataSet: Record<string, number>;
  durationSeconds: number;
  rows: BenchRow[];
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}
