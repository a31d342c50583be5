/**
 * CSV for the budget: export of the ledger and of the summary in a form spreadsheets open
 * correctly (UTF-8 with BOM, dd/mm/yyyy, pounds with two decimals, CRLF, proper quoting), and
 * import of ledger lines from a finance system: column mapping, then validation of every row
 * before anything is written. Pure: the database write is in `db/budget.ts`.
 */
import Papa from 'papaparse';
import { csvBytes, csvNumber, csvRows, type CsvValue } from './csv-cell';
import { academicYearOf, formatDate, isWithin, parseUkDate } from './dates';
import { parsePounds, penceToPlain } from './money';
import type { BudgetBreakdownRow, BudgetSummary, DateRange } from './budget';
import type { BudgetLine, LedgerEntry, LedgerKind } from './model';

export interface NameLookups {
  lines: Readonly<Record<string, string>>;
  schools: Readonly<Record<string, string>>;
  actions: Readonly<Record<string, string>>;
}

const KIND_LABEL: Record<LedgerKind, string> = { commitment: 'Commitment', payment: 'Payment' };
const STATUS_LABEL: Record<LedgerEntry['status'], string> = { open: 'Open', paid: 'Paid', cancelled: 'Cancelled' };

export function kindLabel(kind: LedgerKind): string {
  return KIND_LABEL[kind];
}
export function statusLabel(status: LedgerEntry['status']): string {
  return STATUS_LABEL[status];
}

/** Text as a spreadsheet wants it, through the one cell encoder (formulas neutralised), CRLF line ends. */
function toCsv(fields: string[], rows: CsvValue[][]): string {
  return csvRows([fields, ...rows]) + '\r\n';
}

export { csvBytes };

export const LEDGER_CSV_COLUMNS = [
  'Date',
  'Type',
  'Status',
  'Payee',
  'Description',
  'Amount (£)',
  'Budget line',
  'Action',
  'School',
  'Reference',
  'Reason for going past a warning',
] as const;

export function ledgerToCsv(entries: readonly LedgerEntry[], names: NameLookups): string {
  const rows = entries.map((e) => [
    formatDate(e.date),
    KIND_LABEL[e.kind],
    STATUS_LABEL[e.status],
    (e.payee),
    (e.description),
    csvNumber(penceToPlain(e.amountPence)),
    (names.lines[e.budgetLineId] ?? ''),
    (e.actionId ? (names.actions[e.actionId] ?? '') : ''),
    (e.schoolId ? (names.schools[e.schoolId] ?? '') : ''),
    (e.reference),
    (e.overrideReason),
  ]);
  return toCsv([...LEDGER_CSV_COLUMNS], rows);
}

export const SUMMARY_CSV_COLUMNS = ['Period', 'Breakdown', 'Name', 'Allocated (£)', 'Committed (£)', 'Spent (£)', 'Remaining (£)'] as const;

/** The summary as one table: a totals row, then each breakdown; `period` names the calendar used. */
export function summaryToCsv(summary: BudgetSummary, names: NameLookups, period: string): string {
  const money = (r: { allocatedPence: number; committedPence: number; spentPence: number; remainingPence: number }) => [
    csvNumber(penceToPlain(r.allocatedPence)),
    csvNumber(penceToPlain(r.committedPence)),
    csvNumber(penceToPlain(r.spentPence)),
    csvNumber(penceToPlain(r.remainingPence)),
  ];
  const rows: CsvValue[][] = [
    [period, 'Total', `Available ${penceToPlain(summary.availablePence)}`, ...money(summary)],
  ];
  const section = (label: string, breakdown: BudgetBreakdownRow[], lookup: Readonly<Record<string, string>>) => {
    for (const row of breakdown) {
      rows.push([period, label, (row.key === null ? 'Not assigned' : (lookup[row.key] ?? 'Unknown')), ...money(row)]);
    }
  };
  section('Budget line', summary.byLine, names.lines);
  section('School', summary.bySchool, names.schools);
  section('Action', summary.byAction, names.actions);
  return toCsv([...SUMMARY_CSV_COLUMNS], rows);
}

// ---- Import ----

export interface CsvTable {
  headers: string[];
  rows: string[][];
}

/**
 * Reads a CSV file's bytes: UTF-8 (with or without BOM), falling back to Windows-1252.
 * `onProgress` is told the fraction read so far (a large file is read in a worker, with a bar).
 */
export function readCsv(bytes: Uint8Array, onProgress?: (fraction: number) => void): CsvTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let lastReported = 0;
  // Step mode hands over one record at a time, so progress can be told while a big file is read.
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (step) => {
      records.push(step.data);
      const cursor = step.meta.cursor;
      if (onProgress && cursor - lastReported > 200_000) {
        lastReported = cursor;
        onProgress(cursor / text.length);
      }
    },
  });
  const [headers = [], ...rows] = records;
  return { headers: headers.map((h) => h.trim()), rows };
}

export const IMPORT_FIELDS = ['date', 'payee', 'description', 'amount', 'budgetLine', 'reference', 'kind'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  date: 'Date',
  payee: 'Payee',
  description: 'Description',
  amount: 'Amount',
  budgetLine: 'Budget line',
  reference: 'Reference',
  kind: 'Type (payment or commitment)',
};

export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['date', 'payee', 'amount', 'budgetLine'];

/** Column index for each field; null when the file has no column for it. */
export type ColumnMapping = Record<ImportField, number | null>;

const GUESSES: Record<ImportField, RegExp> = {
  date: /^(transaction |posting |invoice )?date$/i,
  payee: /^(payee|supplier|vendor|paid to|supplier name)$/i,
  description: /^(description|details|narrative|memo)$/i,
  amount: /^(amount|net|value|amount \(£\)|net amount|gross)$/i,
  budgetLine: /^(budget line|budget|cost centre|cost center|category|line)$/i,
  reference: /^(reference|ref|invoice( no| number)?|order( no| number)?|po number)$/i,
  kind: /^(type|kind)$/i,
};

/** A first guess at the mapping from the file's column names, for the head to correct. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const index = headers.findIndex((h) => GUESSES[field].test(h.trim()));
    mapping[field] = index >= 0 ? index : null;
  }
  return mapping;
}

export interface ImportProblem {
  /** Row number as a spreadsheet shows it (the header is row 1); null for the file as a whole. */
  row: number | null;
  field: string | null;
  message: string;
}

export interface ImportedLedgerRow {
  row: number;
  kind: LedgerKind;
  date: string;
  year: number;
  payee: string;
  description: string;
  amountPence: number;
  budgetLineId: string;
  reference: string;
}

export type ImportValidation = { ok: true; rows: ImportedLedgerRow[] } | { ok: false; problems: ImportProblem[]; rows: ImportedLedgerRow[] };

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Checks the mapping and every row; returns all the problems, each naming its row and field. */
export function validateLedgerImport(input: {
  table: CsvTable;
  mapping: ColumnMapping;
  lines: readonly BudgetLine[];
  programme: DateRange;
}): ImportValidation {
  const { table, mapping, lines, programme } = input;
  const problems: ImportProblem[] = [];
  for (const field of REQUIRED_IMPORT_FIELDS) {
    const index = mapping[field];
    if (index === null || index >= table.headers.length) {
      problems.push({ row: null, field: IMPORT_FIELD_LABELS[field], message: `Choose the column that holds the ${IMPORT_FIELD_LABELS[field].toLowerCase()}: the file has no column for it.` });
    }
  }
  if (table.rows.length === 0) problems.push({ row: null, field: null, message: 'The file has no rows below its header.' });
  if (problems.length > 0) return { ok: false, problems, rows: [] };

  const lineByName = new Map(lines.map((l) => [normalise(l.name), l]));
  const rows: ImportedLedgerRow[] = [];
  const cell = (values: string[], field: ImportField) => {
    const index = mapping[field];
    return index === null ? '' : (values[index] ?? '').trim();
  };
  table.rows.forEach((values, i) => {
    const row = i + 2;
    const rowProblems: ImportProblem[] = [];
    const problem = (field: ImportField, message: string) => rowProblems.push({ row, field: IMPORT_FIELD_LABELS[field], message: `Row ${row}, ${IMPORT_FIELD_LABELS[field]}: ${message}` });
    if (values.length !== table.headers.length) {
      problems.push({ row, field: null, message: `Row ${row} has ${values.length} columns but the header has ${table.headers.length}.` });
      return;
    }
    const dateText = cell(values, 'date');
    const date = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(dateText) ? parseUkDate(dateText) : null;
    if (!date) problem('date', `"${dateText}" is not a date in the form dd/mm/yyyy.`);
    else if (!isWithin(date, programme)) problem('date', `${dateText} is outside the programme (${formatDate(programme.start)} to ${formatDate(programme.end)}).`);
    const payee = cell(values, 'payee');
    if (!payee) problem('payee', 'the payee is missing.');
    const amountText = cell(values, 'amount');
    const amount = parsePounds(amountText);
    if (!amount.ok) problem('amount', amountText === '' ? 'the amount is missing.' : amount.error);
    else if (amount.pence === 0) problem('amount', 'the amount cannot be zero.');
    const lineText = cell(values, 'budgetLine');
    const line = lineByName.get(normalise(lineText));
    if (!line) problem('budgetLine', lineText ? `"${lineText}" is not one of the triad's budget lines.` : 'the budget line is missing.');
    const kindText = normalise(cell(values, 'kind'));
    let kind: LedgerKind = 'payment';
    if (kindText === 'commitment' || kindText === 'order') kind = 'commitment';
    else if (kindText !== '' && kindText !== 'payment') problem('kind', `"${cell(values, 'kind')}" is not "payment" or "commitment".`);
    if (rowProblems.length > 0 || !date || !amount.ok || !line) {
      problems.push(...rowProblems);
      return;
    }
    rows.push({
      row,
      kind,
      date,
      year: academicYearOf(date),
      payee,
      description: cell(values, 'description'),
      amountPence: amount.pence,
      budgetLineId: line.id,
      reference: cell(values, 'reference'),
    });
  });
  return problems.length > 0 ? { ok: false, problems, rows } : { ok: true, rows };
}
