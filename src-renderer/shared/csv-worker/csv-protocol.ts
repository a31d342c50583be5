/**
 * Messages between the CSV worker and the window. Kept apart from both, so each side type-checks
 * against the same shapes.
 */
import type { ColumnMapping, ImportedLedgerRow, ImportProblem } from '../../core/budget-csv';
import type { DateRange } from '../../core/budget';
import type { Ks2ParseResult } from '../../core/ks2-results';
import type { BudgetLine } from '../../core/model';

/** Rows per message back to the window: each message is unpacked on the window's thread. */
export const ROWS_PER_MESSAGE = 2_000;

/** How many problems travel back: the screen lists the first 50 and counts the rest. */
export const PROBLEMS_SENT = 50;

export type CsvRequest =
  | { id: number; type: 'ks2'; bytes: ArrayBuffer }
  | { id: number; type: 'ledger-open'; bytes: ArrayBuffer }
  | { id: number; type: 'ledger-check'; mapping: ColumnMapping; lines: BudgetLine[]; programme: DateRange };

/** What the window needs of an opened ledger CSV: the table itself stays in the worker. */
export interface LedgerCsvSummary {
  headers: string[];
  preview: string[][];
  rowCount: number;
}

export type LedgerCheckResult =
  | { ok: true; count: number }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

export type CsvResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'rows'; rows: ImportedLedgerRow[] }
  | { id: number; type: 'done'; result: Ks2ParseResult | LedgerCsvSummary | LedgerCheckResult }
  | { id: number; type: 'failed'; message: string };
