import type { BudgetCalendar } from './budget';

/**
 * What a printed Triad Improvement Plan or budget summary contains, and the print routes that ask
 * for one. The print view is opened by the main process in its own window, so everything it needs
 * to know travels in the route's query string.
 */

export const PLAN_SECTIONS = [
  { key: 'cover', label: 'Cover page (triad, schools, year, plan version and date)' },
  { key: 'focus', label: 'Focus and priorities' },
  { key: 'objectives', label: 'Objectives and success criteria' },
  { key: 'actions', label: 'Actions (lead, dates, cost, status)' },
  { key: 'budget', label: 'Budget summary' },
  { key: 'impact', label: 'Impact summary with charts' },
  { key: 'amendments', label: 'Amendment history' },
  { key: 'membership', label: 'Membership record' },
  { key: 'signoff', label: 'Sign-off block' },
] as const;

export type PlanSectionKey = (typeof PLAN_SECTIONS)[number]['key'];

export const ALL_PLAN_SECTIONS: PlanSectionKey[] = PLAN_SECTIONS.map((s) => s.key);

/** One programme year (by its academic start year) or the whole programme. */
export type PlanScope = number | 'all';

export interface PlanPrintRequest {
  scope: PlanScope;
  sections: PlanSectionKey[];
}

function isSectionKey(value: string): value is PlanSectionKey {
  return (ALL_PLAN_SECTIONS as string[]).includes(value);
}

/** The print route for a plan: `/print/plan?year=2003&sections=cover,actions`. Sections keep the document's order. */
export function planPrintRoute(request: PlanPrintRequest): string {
  const sections = ALL_PLAN_SECTIONS.filter((key) => request.sections.includes(key));
  return `/print/plan?year=${request.scope}&sections=${sections.join(',')}`;
}

function parseScope(value: string | null): PlanScope | null {
  if (value === 'all') return 'all';
  if (value && /^\d{4}$/.test(value)) return Number(value);
  return null;
}

/** Reads a plan print route's query; null when the year is missing or not a year. Unknown sections are ignored. */
export function parsePlanPrintQuery(search: string): PlanPrintRequest | null {
  const params = new URLSearchParams(search);
  const scope = parseScope(params.get('year'));
  if (scope === null) return null;
  const asked = params.get('sections');
  const sections = asked === null ? ALL_PLAN_SECTIONS : asked.split(',').filter(isSectionKey);
  return { scope, sections: ALL_PLAN_SECTIONS.filter((key) => sections.includes(key)) };
}


export interface BudgetPrintRequest {
  calendar: BudgetCalendar;
  /** The start year of the academic or financial year. */
  year: number;
}

export function budgetPrintRoute(request: BudgetPrintRequest): string {
  return `/print/budget?calendar=${request.calendar}&year=${request.year}`;
}

export function parseBudgetPrintQuery(search: string): BudgetPrintRequest | null {
  const params = new URLSearchParams(search);
  const calendar = params.get('calendar');
  const year = params.get('year');
  if ((calendar !== 'academic' && calendar !== 'financial') || !year || !/^\d{4}$/.test(year)) return null;
  return { calendar, year: Number(year) };
}

/**
 * Text shortened to at most `max` characters, cut at a word where one is near, with "…" — for
 * names of any length in PDF headers and file names (the main process refuses longer ones).
 */
export function shortened(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The longest header text sent with a PDF (the main process accepts up to 200). */
export const PDF_HEADER_MAX = 200;

/** A file name from its parts, without characters Windows refuses, short enough for any name. */
export function exportFileName(extension: string, ...parts: string[]): string {
  const text = parts
    // Control characters (a pasted tab or line break) are refused by file systems too.
    // eslint-disable-next-line no-control-regex
    .map((part) => part.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim())
    .filter(Boolean)
    .join(' – ');
  return `${shortened(text, 150).replace(/[. ]+$/, '') || 'Triad Planner'}.${extension}`;
}

/** A PDF's file name, e.g. "Black Country Triad – Improvement Plan 2003-04.pdf". */
export function pdfFileName(...parts: string[]): string {
  return exportFileName('pdf', ...parts);
}
