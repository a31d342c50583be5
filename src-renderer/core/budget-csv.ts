/**
 * CSV for the budget: export of the ledger and of the summary in a form spreadsheets open
 * correctly (UTF-8 with BOM, dd/mm/yyyy, pounds with two decimals, CRLF, proper quoting), and
 * import of ledger lines from a finance system: column mapping, then validation of every row
 * before anything is written. Pure: the database write is in `db/budget.ts`.
 */
import Papa from 'papaparse';
import { academicYearOf, formatDate, isWithin, parseUkDate } from './dates';
import { parsePounds, penceToPlain, sumPence } from './money';
import { isCountedPayment, outstandingPence, type BudgetBreakdownRow, type BudgetSummary, type DateRange } from './budget';
import { breakdownInScreenOrder } from './budget-words';
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

/** Text as a spreadsheet wants it: a byte-order mark first so Excel reads UTF-8, CRLF line ends. */
function toCsv(fields: string[], rows: string[][]): string {
  return '\uFEFF' + Papa.unparse({ fields, data: rows }, { newline: '\r\n', quotes: false }) + '\r\n';
}

/** Free text that a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") is prefixed with an apostrophe. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export const LEDGER_CSV_COLUMNS = [
  'Date',
  'Type',
  'Status',
  'Payee',
  'Description',
  'Amount (£)',
  'Spent (£)',
  'Still committed (£)',
  'Payments against it',
  'Budget line',
  'Action',
  'School',
  'Reference',
  'Reason for going past a warning',
] as const;

/**
 * The ledger as a spreadsheet should add it up: one row per commitment, with what has been paid
 * against it and what is still committed, and one row per payment not made against a commitment
 * in the list. Summing "Spent" and "Still committed" gives the screen's spent and committed (a paid
 * order and its payment are never two rows of the same money). A last row gives the totals.
 * `ledger` is every entry of the period, for what is still owed on each commitment.
 */
export function ledgerToCsv(entries: readonly LedgerEntry[], names: NameLookups, ledger: readonly LedgerEntry[] = entries): string {
  const listed = new Set(entries.filter((e) => e.kind === 'commitment').map((e) => e.id));
  const paymentsAgainst = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    if (e.kind === 'payment' && e.commitmentId && listed.has(e.commitmentId)) {
      paymentsAgainst.set(e.commitmentId, [...(paymentsAgainst.get(e.commitmentId) ?? []), e]);
    }
  }
  let spentTotal = 0;
  let committedTotal = 0;
  const rows: string[][] = [];
  for (const e of entries) {
    if (e.kind === 'payment' && e.commitmentId && listed.has(e.commitmentId)) continue;
    const against = (paymentsAgainst.get(e.id) ?? []).filter(isCountedPayment).sort((a, b) => a.date.localeCompare(b.date));
    const spent = e.kind === 'payment' ? (isCountedPayment(e) ? e.amountPence : 0) : sumPence(against.map((p) => p.amountPence));
    const committed = e.kind === 'commitment' ? outstandingPence(e, ledger) : 0;
    spentTotal += spent;
    committedTotal += committed;
    rows.push([
      formatDate(e.date),
      KIND_LABEL[e.kind],
      STATUS_LABEL[e.status],
      safeText(e.payee),
      safeText(e.description),
      penceToPlain(e.amountPence),
      penceToPlain(spent),
      penceToPlain(committed),
      against.map((p) => `${formatDate(p.date)} ${penceToPlain(p.amountPence)}`).join('; '),
      safeText(names.lines[e.budgetLineId] ?? ''),
      safeText(e.actionId ? (names.actions[e.actionId] ?? '') : ''),
      safeText(e.schoolId ? (names.schools[e.schoolId] ?? '') : ''),
      safeText(e.reference),
      safeText(e.overrideReason),
    ]);
  }
  rows.push(['', TOTAL_ROW, '', '', '', '', penceToPlain(spentTotal), penceToPlain(committedTotal), '', '', '', '', '', '']);
  return toCsv([...LEDGER_CSV_COLUMNS], rows);
}

/** The word in the Type column of the ledger CSV's totals row; importing skips that row. */
export const TOTAL_ROW = 'Total';

/** "2004-05-academic", "2004-05-financial", "2003-06-programme": the period in a file name. */
export function periodSlug(kind: 'academic' | 'financial' | 'programme', startYear: number, endYear = startYear): string {
  return `${startYear}-${String((endYear + 1) % 100).padStart(2, '0')}-${kind}`;
}

/** "ledger-2004-05-academic.csv", with the filter's words after the period when the list is filtered. */
export function ledgerCsvName(period: string, filterWords: readonly string[] = []): string {
  const words = filterWords
    .map((w) => w.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `ledger-${period}${words ? `-${words}` : ''}.csv`;
}

export const SUMMARY_CSV_COLUMNS = ['Period', 'Breakdown', 'Name', 'Available (£)', 'Allocated (£)', 'Committed (£)', 'Spent (£)', 'Remaining (£)'] as const;

/**
 * The summary as one table in the Budget area's order: the whole budget's figures first, then by
 * budget line, by school and by action, each listed by name with the unassigned row last.
 * `period` names the calendar used.
 */
export function summaryToCsv(summary: BudgetSummary, names: NameLookups, period: string): string {
  const money = (r: { allocatedPence: number; committedPence: number; spentPence: number; remainingPence: number }) => [
    penceToPlain(r.allocatedPence),
    penceToPlain(r.committedPence),
    penceToPlain(r.spentPence),
    penceToPlain(r.remainingPence),
  ];
  const rows: string[][] = [[period, 'Total', 'Whole budget', penceToPlain(summary.availablePence), ...money(summary)]];
  const section = (label: string, breakdown: BudgetBreakdownRow[], lookup: Readonly<Record<string, string>>) => {
    for (const { row, name } of breakdownInScreenOrder(breakdown, lookup)) rows.push([period, label, safeText(name), '', ...money(row)]);
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

/** Reads a CSV file's bytes: UTF-8 (with or without BOM), falling back to Windows-1252. */
export function readCsv(bytes: Uint8Array): CsvTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
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
    // The totals row of a ledger exported from here is not an entry.
    if (mapping.kind !== null && (values[mapping.kind] ?? '').trim() === TOTAL_ROW) return;
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
