/**
 * What kind of file a CSV is, judged from its header row before anything else is read. The KS2
 * import refuses anything that is not a KS2 performance-tables file: a school register (GIAS) or a
 * school finance (CFR) file also has a URN column and hundreds of school rows, and taking one for
 * results once wrote free-school-meals percentages over a school's maths result.
 *
 * Pure: column names only, compared without case, spaces or punctuation.
 */
export type FileKind = 'ks2-performance-tables' | 'school-register' | 'school-finance' | 'other';

export interface FileKindVerdict {
  kind: FileKind;
  /** "a school register (Get Information About Schools)". */
  looksLike: string;
  /** Up to four of the file's own columns that gave it away, as written in the file. */
  evidence: string[];
}

/** What the KS2 import expects, said the same way in every refusal. */
export const KS2_EXPECTED =
  'The app expected a DfE Key Stage 2 performance-tables file, with columns such as RECTYPE, URN, TELIG and PTREAD_EXP (or PTENGLEV4-style columns in older years).';

const normalise = (column: string): string => column.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');

const REGISTER_COLUMNS = [
  'establishmentname', 'establishmentstatusname', 'establishmentstatuscode', 'establishmentstatus', 'typeofestablishmentname',
  'establishmentnumber', 'schoolname', 'schoolstatus', 'dfenumber', 'establishmenttype', 'phaseofeducationname', 'opendate', 'closedate',
];
const FINANCE_COLUMNS = [
  'totalincome', 'totalexpenditure', 'inyearbalance', 'revenuereserve', 'totalgrantfunding', 'totalselfgeneratedfunding',
  'teachingstaff', 'supplyteachingstaff', 'educationsupportstaff', 'cfr', 'laestab', 'financetype',
];
/** I01…I18 income and E01…E32 expenditure codes, as CFR files number their lines. */
const CFR_CODE = /^[ie]\d{2}/;
/** KS2 performance-tables percentage columns: PTREAD_EXP, PTMAT_HIGH, PTENGLEV4, PTREADWRITTAMATX… */
const KS2_PERCENT = /^pt(read|mat|eng|sci|gps|writ|rwm|ks1)/;
const KS2_PUPILS = ['telig', 'totpups', 'tpupyear', 'belig', 'gelig'];

function found(header: readonly string[], test: (n: string) => boolean): string[] {
  return header.filter((column) => test(normalise(column))).slice(0, 4).map((c) => c.replace(/^\uFEFF/, '').trim());
}

export function recogniseFileKind(header: readonly string[]): FileKindVerdict {
  const names = header.map(normalise);
  const has = (n: string) => names.includes(n);
  const ks2Percent = found(header, (n) => KS2_PERCENT.test(n));
  const ks2Layout = has('rectype') || KS2_PUPILS.some(has);
  if (has('urn') && ks2Percent.length > 0 && ks2Layout) {
    const layout = found(header, (n) => n === 'rectype' || n === 'urn' || KS2_PUPILS.includes(n));
    return { kind: 'ks2-performance-tables', looksLike: 'a KS2 performance-tables file', evidence: [...layout, ...ks2Percent].slice(0, 4) };
  }
  const register = found(header, (n) => REGISTER_COLUMNS.includes(n));
  if (register.length >= 2) {
    return { kind: 'school-register', looksLike: 'a school register (Get Information About Schools)', evidence: register };
  }
  const finance = found(header, (n) => FINANCE_COLUMNS.includes(n) || CFR_CODE.test(n));
  if (finance.length >= 2) {
    return { kind: 'school-finance', looksLike: 'a school finance file (Consistent Financial Reporting, CFR)', evidence: finance };
  }
  return { kind: 'other', looksLike: 'neither KS2 results, a school register nor a finance file', evidence: header.slice(0, 4).map((c) => c.replace(/^\uFEFF/, '').trim()).filter(Boolean) };
}

/** The refusal for a file that is not KS2 results: what it looks like, and what was expected. */
export function describeWrongKind(verdict: FileKindVerdict): string {
  const quoted = verdict.evidence.map((c) => `“${c}”`).join(', ');
  if (verdict.kind === 'other') {
    return `This is not a KS2 results file: its columns${quoted ? ` (${quoted}…)` : ''} are not those of KS2 results, a school register or a finance file. ${KS2_EXPECTED}`;
  }
  const columns = quoted ? `: it has columns such as ${quoted}` : '';
  return `This is not a KS2 results file. It looks like ${verdict.looksLike}${columns}. ${KS2_EXPECTED}`;
}
