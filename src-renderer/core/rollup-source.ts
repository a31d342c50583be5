/**
 * Reads triads' backup and return files for the LEA roll-up, read-only: nothing here touches the
 * database. Records from several files are combined by id (a partner's return adds its school's
 * results and spending to the triad's backup), keeping the most recently updated copy.
 */
import type { Allocation, BudgetLine, BudgetYear, LedgerEntry, Measure, Result, School, Triad } from './model';
import type { RollupTriadInput } from './rollup';

/** The tables the roll-up reads; anything else in a file is ignored. */
export const ROLLUP_TABLES = ['triads', 'schools', 'measures', 'results', 'budgetYears', 'budgetLines', 'allocations', 'ledgerEntries'] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

export type RollupTables = { [T in RollupTable]: Record<string, unknown>[] };

export type RollupFile = { ok: true; kind: 'backup' | 'return'; tables: RollupTables } | { ok: false; error: string };

const NOT_OURS = 'is not a Triad Planner backup or partner return, so it was not opened.';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string';
const isPence = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** The fields the roll-up relies on, per table, and what each must be. */
const REQUIRED: Record<RollupTable, Record<string, (v: unknown) => boolean>> = {
  triads: { name: isText, cohort: isText, localAuthority: isText, firstYear: Number.isInteger, programmeYears: Number.isInteger, annualAllocationPence: isPence, baselineYear: Number.isInteger },
  schools: { triadId: isText, name: isText, role: (v) => v === 'coordinating' || v === 'partner' },
  measures: { triadId: isText, name: isText, higherIsBetter: (v) => typeof v === 'boolean' },
  results: { triadId: isText, schoolId: isText, measureId: isText, year: Number.isInteger, value: isNumber },
  budgetYears: { triadId: isText, year: Number.isInteger, allocationPence: isPence, carriedInPence: isPence },
  budgetLines: { triadId: isText, name: isText },
  allocations: { triadId: isText, year: Number.isInteger, amountPence: isPence },
  ledgerEntries: { triadId: isText, year: Number.isInteger, kind: (v) => v === 'commitment' || v === 'payment', amountPence: isPence, date: isText, status: isText },
};

function kindOf(format: unknown): 'backup' | 'return' | null {
  if (format === 'triad-planner-backup') return 'backup';
  if (typeof format === 'string' && /^triad-planner-(partner-)?return$/.test(format)) return 'return';
  return null;
}

/**
 * Reads one file. Problems are reported in a sentence that starts after the file's name, e.g.
 * "is not a Triad Planner backup or partner return, so it was not opened."
 */
export function readRollupFile(bytes: Uint8Array): RollupFile {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: NOT_OURS };
  }
  if (!isObject(raw)) return { ok: false, error: NOT_OURS };
  const kind = kindOf(raw.format);
  if (!kind || !isObject(raw.tables)) return { ok: false, error: NOT_OURS };
  const tables = {} as RollupTables;
  for (const table of ROLLUP_TABLES) {
    const rows = raw.tables[table] ?? [];
    if (!Array.isArray(rows)) return { ok: false, error: `is damaged: its ${table} are not a list, so it was not opened.` };
    for (const row of rows) {
      if (!isObject(row) || !isText(row.id)) return { ok: false, error: `is damaged: a record in its ${table} has no id, so it was not opened.` };
      for (const [field, check] of Object.entries(REQUIRED[table])) {
        if (!check(row[field])) return { ok: false, error: `is damaged: a record in its ${table} has an unreadable ${field}, so it was not opened.` };
      }
    }
    tables[table] = rows as Record<string, unknown>[];
  }
  if (kind === 'backup' && tables.triads.length === 0) return { ok: false, error: 'is a backup of a copy with no triad set up, so there is nothing to add up.' };
  return { ok: true, kind, tables };
}

export interface OpenedRollupFile {
  name: string;
  tables: RollupTables;
}

export interface CombinedTriads {
  inputs: RollupTriadInput[];
  /** Files whose records belong to no triad among the opened backups. */
  problems: { name: string; error: string }[];
}

/** Combines opened files into one input per triad; the newer copy of a record wins. */
export function combineRollupFiles(files: OpenedRollupFile[]): CombinedTriads {
  const merged = Object.fromEntries(ROLLUP_TABLES.map((t) => [t, new Map<string, Record<string, unknown>>()])) as Record<RollupTable, Map<string, Record<string, unknown>>>;
  for (const file of files) {
    for (const table of ROLLUP_TABLES) {
      for (const row of file.tables[table]) {
        const id = row.id as string;
        const existing = merged[table].get(id);
        if (!existing || String(row.updatedAt ?? '') > String(existing.updatedAt ?? '')) merged[table].set(id, row);
      }
    }
  }
  const all = <T>(table: RollupTable) => [...merged[table].values()] as unknown as T[];
  const triads = all<Triad>('triads');
  const known = new Set(triads.map((t) => t.id));
  const problems = files
    .filter((file) => file.tables.triads.length === 0 && ROLLUP_TABLES.some((t) => file.tables[t].some((row) => !known.has(row.triadId as string))))
    .map((file) => ({ name: file.name, error: 'is a partner return for a triad whose backup is not open, so its figures are not included. Open that triad’s backup too.' }));
  const mine = <T extends { triadId: string }>(table: RollupTable, triadId: string) => all<T>(table).filter((row) => row.triadId === triadId);
  const inputs = triads.map((triad) => ({
    triad,
    schools: mine<School>('schools', triad.id),
    measures: mine<Measure>('measures', triad.id),
    results: mine<Result>('results', triad.id),
    budgetYears: mine<BudgetYear>('budgetYears', triad.id),
    budgetLines: mine<BudgetLine>('budgetLines', triad.id),
    allocations: mine<Allocation>('allocations', triad.id),
    ledgerEntries: mine<LedgerEntry>('ledgerEntries', triad.id),
  }));
  return { inputs, problems };
}
