/**
 * The one CSV cell encoder every export uses. Text that a spreadsheet would run as a formula —
 * anything starting with `=`, `+`, `-`, `@`, a tab or a carriage return, even "+1+cmd|…" or
 * "-1+HYPERLINK(…)" — gets a leading apostrophe, so it shows as typed and never runs. Numbers are
 * written as numbers (a negative amount stays a number), so they must be passed as numbers or
 * through `csvNumber`.
 */

/** A number already written as plain text (e.g. "-1250.50"), to go out unchanged. */
export interface CsvNumber {
  readonly csvNumber: string;
}

export type CsvValue = string | number | null | CsvNumber;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Marks plain-number text (as `penceToPlain` gives) to be written as a number; anything else stays text. */
export function csvNumber(text: string): CsvValue {
  return PLAIN_NUMBER.test(text) ? { csvNumber: text } : text;
}

/** Text with a leading apostrophe if a spreadsheet would otherwise treat it as a formula. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') return value.csvNumber;
  const safe = neutraliseFormula(value);
  return /[",\n\r]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with Windows line ends (no byte-order mark; see `csvBytes`). */
export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read £ and accents correctly. */
export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text}`);
}
