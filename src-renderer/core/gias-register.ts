/**
 * Reads a Get Information About Schools (GIAS) register CSV into a list of schools to pick from.
 *
 * Columns are found by name, never by position, because real downloads differ: the official
 * "all establishment data" layout (`URN`, `LA (code)`, `EstablishmentName`, …), "(name)"-only
 * extracts, and re-published extracts with their own names (`urn`, `la_code`, `school_name`, …).
 * Every row that is not kept is listed with the reason, so the head can trust what was read.
 */
import Papa from 'papaparse';

export interface RegisterSchool {
  urn: string;
  laCode: string;
  /** The local authority's name; inferred from the file when it has no LA name column. */
  laName: string;
  /** LA/establishment number, e.g. "333/2015"; empty when the file does not say. */
  dfeNumber: string;
  name: string;
  phase: string;
  type: string;
  status: string;
  address: string;
  postcode: string;
  phone: string;
  headTeacher: string;
  /** ISO dates; null when blank or a placeholder such as 01-01-1900. */
  openDate: string | null;
  closeDate: string | null;
  /** Closed (or closing) by its status or a close date: marked, and refused for a new triad unless a reason is given. */
  closed: boolean;
  /** Predecessor and successor establishments the register links it to, where the file says. */
  links: RegisterLink[];
}

export interface RegisterLink {
  urn: string;
  relation: 'predecessor' | 'successor';
  name: string;
}

/** "Closed", "Open, but proposed to close" or a close date in the past mean the school is closed or closing. */
export function isClosedEstablishment(status: string, closeDate: string | null, today: string = new Date().toISOString().slice(0, 10)): boolean {
  if (/^closed|proposed to close/i.test(status.trim())) return true;
  return closeDate !== null && closeDate <= today;
}

/**
 * Links written in one cell or spilling into extra fields, e.g. "Successor: 148123 New Academy" or
 * "148123 (Successor)"; a links-file row gives LinkURN, LinkName and LinkType columns instead.
 */
export function parseLinkText(text: string): RegisterLink[] {
  const links: RegisterLink[] = [];
  const pattern = /(predecessor|successor)[^0-9]{0,40}?(\d{6})\s*([^;|,()]*)|(\d{6})\s*([^;|,()]*?)\s*\((predecessor|successor)[^)]*\)/gi;
  for (const m of text.matchAll(pattern)) {
    const relation = (m[1] ?? m[6] ?? '').toLowerCase() as RegisterLink['relation'];
    links.push({ urn: (m[2] ?? m[4])!, relation, name: (m[3] ?? m[5] ?? '').trim() });
  }
  return links;
}

export interface SkippedRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  reason: string;
}

export interface RegisterReport {
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  rowsRead: number;
  rowsKept: number;
  skipped: SkippedRow[];
  /** Rows that had more fields than the header (kept: the named columns are read). */
  overlongRows: number;
}

export type RegisterParseResult =
  | { ok: true; schools: RegisterSchool[]; report: RegisterReport }
  | { ok: false; error: string };

/** Fraction done, 0–1, reported while a large file is read. */
export type ProgressCallback = (fraction: number) => void;

// ---- Bytes to text ----

/** True when the bytes look like a binary file rather than text (NUL bytes in the first 8 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true;
  return false;
}

/**
 * UTF-8 with a byte-order mark is UTF-8; otherwise strict UTF-8 if the bytes are valid UTF-8,
 * falling back to Windows-1252, which full GIAS downloads use ("St Thomas à Becket").
 */
export function decodeRegisterBytes(bytes: Uint8Array): { text: string; encoding: RegisterReport['encoding'] } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest match Latin-1); 0 marks an unused byte. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 by table rather than with TextDecoder, because some runtimes (Node without
 * full ICU) treat the label as Latin-1 and get curly quotes and dashes wrong.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i += 1) {
      const b = bytes[i]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

// ---- Columns by name ----

type ColumnKey =
  | 'urn' | 'laCode' | 'laName' | 'establishmentNumber' | 'dfeNumber' | 'name' | 'phase' | 'type' | 'status'
  | 'street' | 'locality' | 'address3' | 'town' | 'county' | 'district' | 'postcode' | 'phone'
  | 'headTitle' | 'headFirstName' | 'headLastName' | 'openDate' | 'closeDate' | 'linkUrn' | 'linkName' | 'linkType' | 'linkedEstablishments';

/** Each column's known names, compared lower-case with everything but letters and digits removed. */
const COLUMN_NAMES: Record<ColumnKey, string[]> = {
  urn: ['urn'],
  laCode: ['lacode', 'lacodecode', 'localauthoritycode', 'lanumber'],
  laName: ['laname', 'localauthority', 'localauthorityname', 'la'],
  establishmentNumber: ['establishmentnumber', 'estab', 'establishmentno'],
  dfeNumber: ['dfenumber', 'dfeno', 'laestab', 'dfeestablishmentnumber'],
  name: ['establishmentname', 'schoolname', 'name'],
  phase: ['phaseofeducationname', 'phaseofeducation', 'phasetype', 'phase'],
  type: ['typeofestablishmentname', 'typeofestablishment', 'establishmenttype', 'schooltype'],
  status: ['establishmentstatusname', 'establishmentstatus', 'schoolstatus', 'status'],
  street: ['street'],
  locality: ['locality'],
  address3: ['address3'],
  town: ['town'],
  county: ['countyname', 'county'],
  district: ['districtadministrativename', 'administrativedistrict'],
  postcode: ['postcode'],
  phone: ['telephonenum', 'telephone', 'telephonenumber', 'phone'],
  headTitle: ['headtitlename', 'headtitle'],
  headFirstName: ['headfirstname'],
  headLastName: ['headlastname'],
  openDate: ['opendate'],
  closeDate: ['closedate'],
  linkUrn: ['linkurn'],
  linkName: ['linkname'],
  linkType: ['linktype'],
  linkedEstablishments: ['linkedestablishments', 'links'],
};

function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Finds each column's index by name; the first matching name in the list wins. */
export function mapColumns(headers: string[]): Partial<Record<ColumnKey, number>> {
  const normalised = headers.map(normaliseHeader);
  const found: Partial<Record<ColumnKey, number>> = {};
  for (const key of Object.keys(COLUMN_NAMES) as ColumnKey[]) {
    for (const name of COLUMN_NAMES[key]) {
      const index = normalised.indexOf(name);
      if (index >= 0) {
        found[key] = index;
        break;
      }
    }
  }
  return found;
}

// ---- Values ----

/** "31-08-1992" or "1992-08-31" → "1992-08-31"; blank, unreadable or the 01-01-1900 placeholder → null. */
export function parseRegisterDate(value: string): string | null {
  const text = value.trim();
  let iso: string | null = null;
  const uk = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  if (uk) iso = `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) iso = text;
  if (!iso || iso <= '1900-01-01') return null;
  const [y, m, d] = iso.split('-').map(Number);
  const check = new Date(Date.UTC(y!, m! - 1, d!));
  return check.getUTCMonth() === m! - 1 && check.getUTCDate() === d ? iso : null;
}

function joinNonEmpty(parts: string[], separator: string): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(separator);
}

function isBlankRow(fields: string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

/** Picks a name for each LA code from a district or county that (nearly) all its rows share. */
function inferLaNames(rows: { laCode: string; district: string; county: string }[]): Map<string, string> {
  const byCode = new Map<string, { count: number; districts: Map<string, number>; counties: Map<string, number> }>();
  for (const row of rows) {
    if (!row.laCode) continue;
    const entry = byCode.get(row.laCode) ?? { count: 0, districts: new Map(), counties: new Map() };
    entry.count += 1;
    if (row.district) entry.districts.set(row.district, (entry.districts.get(row.district) ?? 0) + 1);
    if (row.county) entry.counties.set(row.county, (entry.counties.get(row.county) ?? 0) + 1);
    byCode.set(row.laCode, entry);
  }
  const names = new Map<string, string>();
  const commonest = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  for (const [code, entry] of byCode) {
    const district = commonest(entry.districts);
    const county = commonest(entry.counties);
    if (district && district[1] >= entry.count * 0.9) names.set(code, district[0]);
    else if (county && county[1] >= entry.count * 0.5) names.set(code, county[0]);
    else names.set(code, `LA ${code}`);
  }
  return names;
}

// ---- The parser ----

export const NOT_A_REGISTER =
  'This file is not a school register: it has no URN and school name columns. Download the establishment data from Get Information About Schools as CSV and try again.';
export const EMPTY_FILE = 'The file is empty: there are no schools in it.';
export const BINARY_FILE =
  'This is not a CSV file (it looks like a spreadsheet, document or other binary file). Save the register as CSV and try again.';

/** Reads a whole register. Pure: give it the file's bytes; `onProgress` is told how far it has got. */
export function parseRegister(bytes: Uint8Array, onProgress?: ProgressCallback): RegisterParseResult {
  if (bytes.length === 0) return { ok: false, error: EMPTY_FILE };
  if (looksBinary(bytes)) return { ok: false, error: BINARY_FILE };
  const { text, encoding } = decodeRegisterBytes(bytes);
  if (text.trim() === '') return { ok: false, error: EMPTY_FILE };

  const records: string[][] = [];
  let lastReported = 0;
  // Step mode reads one record at a time, so progress can be reported while a big file is parsed.
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    step: (step) => {
      records.push(step.data);
      const cursor = step.meta.cursor;
      if (onProgress && cursor - lastReported > 200_000) {
        lastReported = cursor;
        onProgress((cursor / text.length) * 0.9);
      }
    },
  });

  const headerIndex = records.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) return { ok: false, error: EMPTY_FILE };
  const headers = records[headerIndex]!;
  const columns = mapColumns(headers);
  if (columns.urn === undefined || columns.name === undefined) return { ok: false, error: NOT_A_REGISTER };

  const cell = (fields: string[], key: ColumnKey): string => {
    const index = columns[key];
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };

  const skipped: SkippedRow[] = [];
  const seen = new Map<string, number>();
  const kept: (RegisterSchool & { district: string; county: string })[] = [];
  let rowsRead = 0;
  let overlongRows = 0;
  const dataRows = records.length - headerIndex - 1;
  for (let i = headerIndex + 1; i < records.length; i += 1) {
    const fields = records[i]!;
    if (isBlankRow(fields)) continue;
    rowsRead += 1;
    const row = i + 1;
    if (onProgress && rowsRead % 5000 === 0) onProgress(0.9 + (0.1 * (i - headerIndex)) / dataRows);
    if (fields.length > headers.length) overlongRows += 1;
    const urn = cell(fields, 'urn');
    const name = cell(fields, 'name');
    if (!urn) {
      skipped.push({ row, reason: 'no URN' });
      continue;
    }
    if (!/^\d{5,7}$/.test(urn)) {
      skipped.push({ row, reason: `the URN "${urn}" is not a number` });
      continue;
    }
    if (!name) {
      skipped.push({ row, reason: `URN ${urn} has no school name` });
      continue;
    }
    const linkType = cell(fields, 'linkType').toLowerCase();
    const rowLinks: RegisterLink[] = [
      ...(/^\d{6}$/.test(cell(fields, 'linkUrn')) && /predecessor|successor/.test(linkType)
        ? [{ urn: cell(fields, 'linkUrn'), relation: (linkType.includes('predecessor') ? 'predecessor' : 'successor') as RegisterLink['relation'], name: cell(fields, 'linkName') }]
        : []),
      // The "Linked establishments" text, and any fields spilling past the header, may name links.
      ...parseLinkText([cell(fields, 'linkedEstablishments'), ...fields.slice(headers.length)].join(' | ')),
    ];
    const firstRow = seen.get(urn);
    const earlier = firstRow !== undefined ? kept.find((k) => k.urn === urn) : undefined;
    if (earlier && rowLinks.length > 0) {
      // A links-file layout repeats a school once per link: gather its links.
      for (const link of rowLinks) if (!earlier.links.some((l) => l.urn === link.urn)) earlier.links.push(link);
      continue;
    }
    if (firstRow !== undefined) {
      skipped.push({ row, reason: `URN ${urn} appears again (first on row ${firstRow})` });
      continue;
    }
    seen.set(urn, row);
    const laCode = cell(fields, 'laCode');
    const establishmentNumber = cell(fields, 'establishmentNumber');
    const dfeNumber =
      cell(fields, 'dfeNumber') || (laCode && establishmentNumber ? `${laCode}/${establishmentNumber.padStart(4, '0')}` : '');
    kept.push({
      urn,
      laCode: laCode || dfeNumber.split('/')[0] || '',
      laName: cell(fields, 'laName'),
      dfeNumber,
      name,
      phase: cell(fields, 'phase'),
      type: cell(fields, 'type'),
      status: cell(fields, 'status'),
      address: joinNonEmpty([cell(fields, 'street'), cell(fields, 'locality'), cell(fields, 'address3'), cell(fields, 'town'), cell(fields, 'county')], ', '),
      postcode: cell(fields, 'postcode'),
      phone: cell(fields, 'phone'),
      headTeacher: joinNonEmpty([cell(fields, 'headTitle'), cell(fields, 'headFirstName'), cell(fields, 'headLastName')], ' '),
      openDate: parseRegisterDate(cell(fields, 'openDate')),
      closeDate: parseRegisterDate(cell(fields, 'closeDate')),
      closed: isClosedEstablishment(cell(fields, 'status'), parseRegisterDate(cell(fields, 'closeDate'))),
      links: rowLinks.filter((link, i) => rowLinks.findIndex((l) => l.urn === link.urn) === i),
      district: cell(fields, 'district'),
      county: cell(fields, 'county'),
    });
  }

  if (rowsRead === 0) return { ok: false, error: EMPTY_FILE };
  const inferred = inferLaNames(kept);
  const schools: RegisterSchool[] = kept.map(({ district: _district, county: _county, ...school }) => ({
    ...school,
    laName: school.laName || inferred.get(school.laCode) || (school.laCode ? `LA ${school.laCode}` : 'Unknown'),
  }));
  onProgress?.(1);
  return { ok: true, schools, report: { encoding, rowsRead, rowsKept: schools.length, skipped, overlongRows } };
}

// ---- Picking from the register ----

export interface RegisterFilter {
  /** LA code, or '' for every authority. */
  laCode: string;
  /** Phase, or '' for every phase. */
  phase: string;
  /** Part of a name, or a URN. */
  search: string;
}

/** The local authorities in a register, by name, each with its code. */
export function registerAuthorities(schools: RegisterSchool[]): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const s of schools) if (!byCode.has(s.laCode)) byCode.set(s.laCode, s.laName);
  return [...byCode.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function registerPhases(schools: RegisterSchool[]): string[] {
  return [...new Set(schools.map((s) => s.phase).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

export function filterRegister(schools: RegisterSchool[], filter: RegisterFilter): RegisterSchool[] {
  const search = filter.search.trim().toLowerCase();
  return schools.filter(
    (s) =>
      (!filter.laCode || s.laCode === filter.laCode) &&
      (!filter.phase || s.phase === filter.phase) &&
      (!search || s.urn === search || s.name.toLowerCase().includes(search) || s.dfeNumber === search),
  );
}

/** Plain-English lines describing what an import did. */
export function describeReport(report: RegisterReport): string[] {
  const lines = [
    `Read ${report.rowsRead.toLocaleString('en-GB')} rows: kept ${report.rowsKept.toLocaleString('en-GB')}, skipped ${report.skipped.length.toLocaleString('en-GB')}.`,
  ];
  if (report.encoding === 'windows-1252') lines.push('The file was read as Windows-1252 text (as full register downloads are).');
  if (report.overlongRows > 0) {
    lines.push(`${report.overlongRows.toLocaleString('en-GB')} rows had more fields than the header; their named columns were read and the extra fields ignored.`);
  }
  return lines;
}
