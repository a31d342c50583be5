/**
 * CSV for the budget: export of the ledger and of the summary in a form spreadsheets open
 * correctly (UTF-8 with BOM, dd/mm/yyyy, pounds with two decimals, CRLF, proper quoting), and
 * import of ledger lines from a finance system: column mapping, then validation of every row
 * before anything is written. Pure: the database write is in `db/budget.ts`.
 */
import Papa from 'papaparse';
import { csvBytes, csvNumber, csvRows, type CsvValue } from './csv-cell';
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
  const rows: CsvValue[][] = [];
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
      e.payee,
      e.description,
      csvNumber(penceToPlain(e.amountPence)),
      csvNumber(penceToPlain(spent)),
      csvNumber(penceToPlain(committed)),
      against.map((p) => `${formatDate(p.date)} ${penceToPlain(p.amountPence)}`).join('; '),
      names.lines[e.budgetLineId] ?? '',
      e.actionId ? (names.actions[e.actionId] ?? '') : '',
      e.schoolId ? (names.schools[e.schoolId] ?? '') : '',
      e.reference,
      e.overrideReason,
    ]);
  }
  rows.push(['', TOTAL_ROW, '', '', '', '', csvNumber(penceToPlain(spentTotal)), csvNumber(penceToPlain(committedTotal)), '', '', '', '', '', '']);
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
    csvNumber(penceToPlain(r.allocatedPence)),
    csvNumber(penceToPlain(r.committedPence)),
    csvNumber(penceToPlain(r.spentPence)),
    csvNumber(penceToPlain(r.remainingPence)),
  ];
  const rows: CsvValue[][] = [[period, 'Total', 'Whole budget', csvNumber(penceToPlain(summary.availablePence)), ...money(summary)]];
  const section = (label: string, breakdown: BudgetBreakdownRow[], lookup: Readonly<Record<string, string>>) => {
    for (const { row, name } of breakdownInScreenOrder(breakdown, lookup)) rows.push([period, label, name, '', ...money(row)]);
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

export const IMPORT_FIELDS = ['date', 'payee', 'description', 'amount', 'budgetLine', 'reference', 'kind', 'school', 'action'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  date: 'Date',
  payee: 'Payee',
  description: 'Description',
  amount: 'Amount',
  budgetLine: 'Budget line',
  reference: 'Reference',
  kind: 'Type (payment or commitment)',
  school: 'School (name, URN or LA number)',
  action: 'Plan action',
};

/** The budget line may come from a default line instead of a column. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['date', 'payee', 'amount'];

/** Column index for each field; null when the file has no column for it. */
export type ColumnMapping = Record<ImportField, number | null>;

const GUESSES: Record<ImportField, RegExp> = {
  date: /^(transaction |posting |invoice )?date$/i,
  payee: /^(payee|supplier|vendor|paid to|supplier name)$/i,
  description: /^(description|details|narrative|memo)$/i,
  amount: /^(amount|net|value|amount \(£\)|net amount|gross)$/i,
  budgetLine: /^(budget line|budget|cost centre|cost center|category|line|nominal|nominal code|ledger code|account code)$/i,
  reference: /^(reference|ref|invoice( no| number)?|order( no| number)?|po number)$/i,
  kind: /^(type|kind)$/i,
  school: /^(school|school name|establishment|urn)$/i,
  action: /^(plan action|action|project|activity)$/i,
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
  schoolId: string | null;
  actionId: string | null;
}

export type ImportValidation = { ok: true; rows: ImportedLedgerRow[] } | { ok: false; problems: ImportProblem[]; rows: ImportedLedgerRow[] };

export const normaliseCode = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const normalise = normaliseCode;

/**
 * How a finance system's own codes (cost centres, nominal codes, its budget names) become the
 * triad's lines: remembered in settings per triad, so the head maps each code once.
 */
export type LineCodeMap = Record<string, string>;

/** The file's values in the budget-line column that neither the remembered map nor a line's name explains. */
export function unmappedLineCodes(table: CsvTable, mapping: ColumnMapping, lines: readonly BudgetLine[], codeMap: LineCodeMap): string[] {
  const index = mapping.budgetLine;
  if (index === null) return [];
  const names = new Set(lines.map((l) => normalise(l.name)));
  const found = new Map<string, string>();
  for (const values of table.rows) {
    const text = (values[index] ?? '').trim();
    const key = normalise(text);
    if (key && !names.has(key) && !codeMap[key] && !found.has(key)) found.set(key, text);
  }
  return [...found.values()];
}

/** Checks the mapping and every row; returns all the problems, each naming its row and field. */
export function validateLedgerImport(input: {
  table: CsvTable;
  mapping: ColumnMapping;
  lines: readonly BudgetLine[];
  programme: DateRange;
  /** The line for rows the file does not place (no budget-line column, or an empty cell). */
  defaultLineId?: string | null;
  codeMap?: LineCodeMap;
  schools?: readonly { id: string; name: string; urn: string; dfeNumber: string }[];
  actions?: readonly { id: string; title: string }[];
}): ImportValidation {
  const { table, mapping, lines, programme } = input;
  const codeMap = input.codeMap ?? {};
  const defaultLine = lines.find((l) => l.id === input.defaultLineId) ?? null;
  const problems: ImportProblem[] = [];
  for (const field of REQUIRED_IMPORT_FIELDS) {
    const index = mapping[field];
    if (index === null || index >= table.headers.length) {
      problems.push({ row: null, field: IMPORT_FIELD_LABELS[field], message: `Choose the column that holds the ${IMPORT_FIELD_LABELS[field].toLowerCase()}: the file has no column for it.` });
    }
  }
  if (mapping.budgetLine === null && !defaultLine) {
    problems.push({ row: null, field: IMPORT_FIELD_LABELS.budgetLine, message: 'Choose the column that holds the budget line or cost centre, or a default line for every row.' });
  }
  if (table.rows.length === 0) problems.push({ row: null, field: null, message: 'The file has no rows below its header.' });
  if (problems.length > 0) return { ok: false, problems, rows: [] };

  const lineByName = new Map(lines.map((l) => [normalise(l.name), l]));
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const schoolByKey = new Map<string, string>();
  for (const s of input.schools ?? []) for (const key of [s.name, s.urn, s.dfeNumber]) if (key.trim()) schoolByKey.set(normalise(key), s.id);
  const actionByTitle = new Map((input.actions ?? []).map((a) => [normalise(a.title), a.id]));
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
    const mapped = codeMap[normalise(lineText)];
    const line = (mapped ? lineById.get(mapped) : undefined) ?? lineByName.get(normalise(lineText)) ?? (lineText === '' ? defaultLine : null) ?? undefined;
    if (!line) problem('budgetLine', lineText ? `"${lineText}" is not one of the triad's budget lines: match it to one.` : 'the budget line is missing.');
    const schoolText = cell(values, 'school');
    const schoolId = schoolText ? (schoolByKey.get(normalise(schoolText)) ?? null) : null;
    if (schoolText && !schoolId) problem('school', `"${schoolText}" is not one of the triad's schools.`);
    const actionText = cell(values, 'action');
    const actionId = actionText ? (actionByTitle.get(normalise(actionText)) ?? null) : null;
    if (actionText && !actionId) problem('action', `"${actionText}" is not one of the plan's actions.`);
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
      schoolId,
      actionId,
    });
  });
  return problems.length > 0 ? { ok: false, problems, rows } : { ok: true, rows };
}
