/**
 * Reads a DfE Key Stage 2 performance-tables CSV (the `england_ks2final` layout and its local
 * authority extracts) and works out which results to take for the triad's schools.
 *
 * Real files: UTF-8 with a byte-order mark, CRLF, several hundred columns found by **name**;
 * percentages written "63%"; suppressed or missing values written SUPP, NA, NE, NEW, LOWCOV, x, a
 * single space or nothing — these are missing, never 0; summary rows for the local authority and
 * England (RECTYPE 3, 4, 5) have far fewer fields than the header and are ignored.
 *
 * Two steps, both pure: `parseKs2Csv` reads the text (or says clearly why it cannot), then
 * `planKs2Import` matches the triad's schools by URN, applies the head's column-to-measure mapping
 * and reports every value it takes and every one it skips, with the reason.
 */
import Papa from 'papaparse';
import { measureYearProblem } from './ks2-eras';
import type { MeasureEra, SchoolLink } from './model';
import { describeWrongKind, recogniseFileKind } from './results-file-kind';

/** Values the DfE uses for suppressed, not applicable or otherwise missing figures. */
export const MISSING_MARKERS = ['SUPP', 'NA', 'NE', 'NEW', 'LOWCOV', 'X', 'NP', 'DNS', ''] as const;

const MISSING_EXPLAINED: Record<string, string> = {
  SUPP: 'suppressed (SUPP) to protect small groups',
  NA: 'not applicable (NA)',
  NE: 'no entries (NE)',
  NEW: 'a new school with no results yet (NEW)',
  LOWCOV: 'too few pupils covered (LOWCOV)',
  X: 'not published (x)',
  NP: 'not published (NP)',
  DNS: 'did not sit (DNS)',
  '': 'blank',
};

/** RECTYPE values of summary rows: local authority (3) and England (4, 5). */
export const SUMMARY_RECTYPES = ['3', '4', '5'] as const;

export type Ks2Value = { kind: 'value'; value: number } | { kind: 'missing'; reason: string } | { kind: 'invalid'; reason: string };

/** One cell: "63%" → 63; "SUPP" → missing with the reason; anything else unreadable → invalid. */
export function parseKs2Value(raw: string | undefined): Ks2Value {
  if (raw === undefined) return { kind: 'missing', reason: 'not in this row' };
  const text = raw.trim();
  const marker = text.toUpperCase();
  if ((MISSING_MARKERS as readonly string[]).includes(marker)) {
    return { kind: 'missing', reason: MISSING_EXPLAINED[marker] ?? 'missing' };
  }
  const match = /^(-?\d+(?:\.\d+)?)\s*%?$/.exec(text);
  if (!match) return { kind: 'invalid', reason: `“${text}” is not a number` };
  return { kind: 'value', value: Number(match[1]) };
}

export interface Ks2Row {
  /** 1-based line number in the file, counting the header as line 1. */
  line: number;
  rectype: string;
  urn: string;
  schoolName: string;
  cells: Record<string, string>;
}

export interface Ks2File {
  columns: string[];
  schoolRows: Ks2Row[];
  /** Local authority and national rows, ignored. */
  summaryRows: number;
  /** Rows with no URN that are not summary rows (explained in the report). */
  rowsWithoutUrn: number;
}

export type Ks2ParseResult = { ok: true; file: Ks2File } | { ok: false; error: string };

/** Reads the CSV text. A file that is not a KS2 performance-tables file gets a clear message. */
export function parseKs2Csv(text: string): Ks2ParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (clean.includes('\u0000')) return { ok: false, error: 'This is not a CSV file: it contains binary data.' };
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((c) => c.trim());
  // The kind of file first: a register or a finance file also has URNs and school rows.
  const verdict = recogniseFileKind(header);
  if (verdict.kind !== 'ks2-performance-tables') return { ok: false, error: describeWrongKind(verdict) };
  const urnIndex = header.findIndex((c) => c.toUpperCase() === 'URN');
  const rectypeIndex = header.indexOf('RECTYPE');
  const nameIndex = header.indexOf('SCHNAME');
  const schoolRows: Ks2Row[] = [];
  let summaryRows = 0;
  let rowsWithoutUrn = 0;
  rows.slice(1).forEach((row, i) => {
    const rectype = rectypeIndex >= 0 ? (row[rectypeIndex] ?? '').trim() : '1';
    if ((SUMMARY_RECTYPES as readonly string[]).includes(rectype)) {
      summaryRows++;
      return;
    }
    const urn = (row[urnIndex] ?? '').trim();
    if (!/^\d+$/.test(urn)) {
      rowsWithoutUrn++;
      return;
    }
    const cells: Record<string, string> = {};
    header.forEach((column, c) => {
      if (column && row[c] !== undefined) cells[column] = row[c]!;
    });
    schoolRows.push({ line: i + 2, rectype, urn, schoolName: nameIndex >= 0 ? (row[nameIndex] ?? '').trim() : '', cells });
  });
  if (schoolRows.length === 0 && summaryRows === 0) {
    return { ok: false, error: 'The file has a header but no school rows.' };
  }
  return { ok: true, file: { columns: header, schoolRows, summaryRows, rowsWithoutUrn } };
}

/** A DfE file name such as "ks2final-2018-19…" names the academic year; results are named by its summer (2019). */
export function guessResultsYear(fileName: string): number | null {
  const match = /(20\d\d)[-_ ]?(\d\d)(?!\d)/.exec(fileName);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return (start + 1) % 100 === end ? start + 1 : null;
}

/** Columns some KS2 downloads carry for the year: TIME_PERIOD "201819", YEAR "2019", ACADEMICYEAR "2018/19". */
const YEAR_COLUMNS = ['TIME_PERIOD', 'YEAR', 'ACADEMICYEAR', 'ACADEMIC_YEAR', 'RESULTSYEAR'];

/** "201819" / "2018/19" / "2018-19" → 2019; "2019" → 2019; anything else → null. */
function yearFromCell(raw: string): number | null {
  const text = raw.trim();
  const span = /^(\d{4})\s*[-/]?\s*(\d{2})$/.exec(text);
  if (span) {
    const start = Number(span[1]);
    return (start + 1) % 100 === Number(span[2]) ? start + 1 : null;
  }
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

export type FileYear = { year: number; from: 'column' | 'name'; column?: string } | { year: null; why: string };

/**
 * The results year the file itself states: a year column on its school rows (one year only), or
 * else its name. Never a default: when neither says, the person must choose.
 */
export function resultsYearFromFile(file: Ks2File, fileName: string): FileYear {
  const column = file.columns.find((c) => YEAR_COLUMNS.includes(c.toUpperCase()));
  if (column) {
    const years = new Set(file.schoolRows.map((r) => yearFromCell(r.cells[column] ?? '')).filter((y): y is number => y !== null));
    if (years.size === 1) return { year: [...years][0]!, from: 'column', column };
    if (years.size > 1) return { year: null, why: `its ${column} column holds more than one year (${[...years].sort().join(', ')}); import one year at a time` };
  }
  const named = guessResultsYear(fileName);
  if (named !== null) return { year: named, from: 'name' };
  return { year: null, why: 'neither its columns nor its name say which year it is' };
}

/** The column of eligible pupils, found by name: TELIG (all pupils eligible for KS2 assessment), else TOTPUPS-style ones. */
export function eligiblePupilsColumn(columns: readonly string[]): string | null {
  const upper = columns.map((c) => c.toUpperCase());
  for (const wanted of ['TELIG', 'TOTELIG', 'ELIG', 'TPUPYEAR']) {
    const i = upper.indexOf(wanted);
    if (i >= 0) return columns[i]!;
  }
  return null;
}

/** A whole number of pupils, or null when missing, suppressed or unreadable. */
export function parsePupils(raw: string | undefined): number | null {
  const cell = parseKs2Value(raw);
  return cell.kind === 'value' && Number.isInteger(cell.value) && cell.value >= 0 ? cell.value : null;
}

export interface ImportSchool {
  id: string;
  name: string;
  urn: string;
  /** Predecessor and successor URNs from the register: offered when the school's own URN is not in the file. */
  links?: readonly SchoolLink[];
}

/** A linked establishment whose row is in the file when the school's own is not. */
export interface LinkOffer {
  school: ImportSchool;
  link: SchoolLink;
}

export interface ImportMeasure {
  id: string;
  name: string;
  unit: 'percent' | 'number';
  /** For the era check: a level 4+ measure takes no 2016+ results. */
  sourceColumn?: string;
  era?: MeasureEra | null;
}

export interface PlannedResult {
  schoolId: string;
  measureId: string;
  year: number;
  value: number;
  /** "PTREAD_EXP" — kept in the result's note so the head can see where it came from. */
  column: string;
  /** Eligible pupils from the file's pupils column, when it has one. */
  eligiblePupils: number | null;
  /** The value stored now for the same school, measure and year (null: none), shown in the preview. */
  current: number | null;
}

/** A planned value that would replace a different value already stored. */
export function replacesStored(p: Pick<PlannedResult, 'current' | 'value'>): boolean {
  return p.current !== null && p.current !== p.value;
}

export interface SkippedValue {
  schoolName: string;
  measureName: string;
  column: string;
  reason: string;
}

export interface Ks2ImportPlan {
  results: PlannedResult[];
  skipped: SkippedValue[];
  /** The triad's schools found in the file, by URN. */
  schoolsFound: ImportSchool[];
  /** The triad's schools not in the file (or with no URN recorded). */
  schoolsMissing: { school: ImportSchool; reason: string }[];
  /** Schools not in the file whose linked predecessor or successor is: the person may take those results. */
  linkOffers: LinkOffer[];
  /** Schools whose results are taken from a linked URN, as the person chose. */
  takenFromLinks: LinkOffer[];
  /** Other schools' rows in the file: not the triad's, left alone. */
  otherSchoolRows: number;
  summaryRows: number;
  rowsWithoutUrn: number;
}

export interface Ks2Mapping {
  column: string;
  measureId: string;
}

/**
 * What importing would write: the triad's schools found by URN, each mapped column's value
 * (missing and unreadable values reported, never written as 0; a percentage outside 0–100
 * reported as out of range).
 */
export function planKs2Import(args: {
  file: Ks2File;
  schools: readonly ImportSchool[];
  measures: readonly ImportMeasure[];
  mapping: readonly Ks2Mapping[];
  year: number;
  /** Eligible pupils' column (e.g. TELIG), or null. */
  pupilsColumn?: string | null;
  /** The value stored now for a school, measure and year, or null. */
  currentValue?: (schoolId: string, measureId: string, year: number) => number | null;
  /** School id → the linked URN whose results the person chose to take. */
  linkedChoices?: Readonly<Record<string, string>>;
}): Ks2ImportPlan {
  const byUrn = new Map<string, Ks2Row>();
  for (const row of args.file.schoolRows) if (!byUrn.has(row.urn)) byUrn.set(row.urn, row);
  const measuresById = new Map(args.measures.map((m) => [m.id, m]));
  const results: PlannedResult[] = [];
  const skipped: SkippedValue[] = [];
  const schoolsFound: ImportSchool[] = [];
  const schoolsMissing: Ks2ImportPlan['schoolsMissing'] = [];
  const linkOffers: LinkOffer[] = [];
  const takenFromLinks: LinkOffer[] = [];
  const triadUrns = new Set<string>();
  for (const school of args.schools) {
    const urn = school.urn.trim();
    if (!urn) {
      schoolsMissing.push({ school, reason: 'no URN is recorded for this school' });
      continue;
    }
    triadUrns.add(urn);
    let row = byUrn.get(urn);
    if (!row) {
      const inFile = (school.links ?? []).filter((l) => byUrn.has(l.urn));
      const chosen = inFile.find((l) => l.urn === args.linkedChoices?.[school.id]);
      if (chosen) {
        row = byUrn.get(chosen.urn)!;
        triadUrns.add(chosen.urn);
        takenFromLinks.push({ school, link: chosen });
      } else {
        for (const link of inFile) linkOffers.push({ school, link });
        const offered = inFile.map((l) => `its ${l.relation} ${l.name || 'school'} (URN ${l.urn}) is`).join(' and ');
        schoolsMissing.push({ school, reason: `URN ${urn} is not in this file${offered ? `, but ${offered}: choose whether to take those results` : ''}` });
        continue;
      }
    }
    schoolsFound.push(school);
    for (const { column, measureId } of args.mapping) {
      const measure = measuresById.get(measureId);
      if (!measure) continue;
      const cell = parseKs2Value(row.cells[column]);
      const skip = (reason: string) => skipped.push({ schoolName: school.name, measureName: measure.name, column, reason });
      if (!(column in row.cells)) skip(`the row has no ${column} value`);
      else if (cell.kind === 'missing') skip(cell.reason);
      else if (cell.kind === 'invalid') skip(cell.reason);
      else if (measure.unit === 'percent' && (cell.value < 0 || cell.value > 100)) skip(`${cell.value} is outside 0–100%`);
      else {
        const eraProblem = measureYearProblem({ name: measure.name, sourceColumn: measure.sourceColumn ?? '', era: measure.era ?? null }, args.year);
        if (eraProblem) skip(eraProblem);
        else {
          results.push({
            schoolId: school.id, measureId, year: args.year, value: cell.value, column,
            eligiblePupils: args.pupilsColumn ? parsePupils(row.cells[args.pupilsColumn]) : null,
            current: args.currentValue?.(school.id, measureId, args.year) ?? null,
          });
        }
      }
    }
  }
  const otherSchoolRows = args.file.schoolRows.filter((r) => !triadUrns.has(r.urn)).length;
  return {
    results,
    skipped,
    schoolsFound,
    schoolsMissing,
    linkOffers,
    takenFromLinks,
    otherSchoolRows,
    summaryRows: args.file.summaryRows,
    rowsWithoutUrn: args.file.rowsWithoutUrn,
  };
}
