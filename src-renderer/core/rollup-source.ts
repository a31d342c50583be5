/**
 * Reads triads' backup and return files for the LEA roll-up, read-only: nothing here touches the
 * database. Records from several files are combined by id (a partner's return adds its school's
 * results and spending to the triad's backup), keeping the most recently updated copy.
 */
import type { Allocation, BudgetLine, BudgetYear, LedgerEntry, Measure, Result, School, Triad } from './model';
import type { RollupTriadInput } from './rollup';
import { parseBackupFile } from './backup-format';
import { parseReturnFile } from './exchange-format';

/** The tables the roll-up reads; anything else in a file is ignored. */
export const ROLLUP_TABLES = ['triads', 'schools', 'measures', 'results', 'budgetYears', 'budgetLines', 'allocations', 'ledgerEntries'] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

export type RollupTables = { [T in RollupTable]: Record<string, unknown>[] };

export type RollupFile = { ok: true; kind: 'backup' | 'return'; tables: RollupTables } | { ok: false; error: string };

const RETURN_START = '{"format":"triad-planner-return"';

function pick(tables: Partial<Record<string, Record<string, unknown>[]>>): RollupTables {
  return Object.fromEntries(ROLLUP_TABLES.map((t) => [t, tables[t] ?? []])) as RollupTables;
}

/**
 * Reads and checks one file completely with the backup and return readers (format, version,
 * checksum, every record's shape). A problem comes back as the reader's plain-English sentence.
 */
export async function readRollupFile(bytes: Uint8Array): Promise<RollupFile> {
  const start = new TextDecoder().decode(bytes.subarray(0, RETURN_START.length));
  if (start === RETURN_START) {
    const parsed = await parseReturnFile(bytes);
    return parsed.ok ? { ok: true, kind: 'return', tables: pick(parsed.partnerReturn.tables) } : parsed;
  }
  const parsed = await parseBackupFile(bytes);
  if (!parsed.ok) return parsed;
  if (parsed.backup.tables.triads.length === 0) return { ok: false, error: 'This backup is of a copy with no triad set up, so there is nothing to add up.' };
  return { ok: true, kind: 'backup', tables: pick(parsed.backup.tables) };
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
    .map((file) => ({ name: file.name, error: 'This partner return is for a triad whose backup is not open, so its figures are not included. Open that triad’s backup too.' }));
  // Each table grouped by triad once, rather than scanned whole for every triad.
  const byTriad = Object.fromEntries(
    ROLLUP_TABLES.map((table) => {
      const groups = new Map<string, Record<string, unknown>[]>();
      for (const row of merged[table].values()) {
        const key = row.triadId as string;
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      return [table, groups];
    }),
  ) as Record<RollupTable, Map<string, Record<string, unknown>[]>>;
  const mine = <T extends { triadId: string }>(table: RollupTable, triadId: string) => (byTriad[table].get(triadId) ?? []) as unknown as T[];
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
