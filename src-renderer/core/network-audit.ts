import { NETWORK_KINDS, networkKindLabel, parseNetworkKind, type NetworkKind } from './network-kinds';
import { isValidIsoDate } from './dates';

/**
 * The audit of schools' networking: one questionnaire per school (the networks it belongs to, by
 * kind; what it gains; what it needs from the LEA), and the figures of the audit report.
 */
export interface AuditNetwork {
  kind: NetworkKind;
  name: string;
}

export interface AuditAnswers {
  urn: string;
  schoolName: string;
  area: string;
  /** ISO date of the visit or of the questionnaire's return. */
  answeredOn: string;
  networks: AuditNetwork[];
  gains: string;
  needs: string;
}

export interface AuditSchool {
  urn: string;
  name: string;
}

export interface AuditFigures {
  schools: number;
  /** Schools in at least one formal network. */
  inFormalNetworks: AuditSchool[];
  perKind: { kind: NetworkKind; schools: AuditSchool[]; networks: string[] }[];
  inMoreThanOne: AuditSchool[];
  inNone: AuditSchool[];
}

const byName = (a: AuditSchool, b: AuditSchool) => a.name.localeCompare(b.name, 'en-GB') || a.urn.localeCompare(b.urn);

/**
 * The audit figures, with the list behind each. A network is counted once however a school wrote
 * its name (case and spacing ignored). Every kind listed is a formal network; a school that
 * named none is "in none".
 */
export function auditFigures(responses: readonly AuditAnswers[]): AuditFigures {
  const latest = new Map<string, AuditAnswers>();
  for (const r of responses) {
    const held = latest.get(r.urn);
    if (!held || r.answeredOn >= held.answeredOn) latest.set(r.urn, r);
  }
  const all = [...latest.values()];
  const school = (r: AuditAnswers): AuditSchool => ({ urn: r.urn, name: r.schoolName });
  const distinct = (r: AuditAnswers) => new Map(r.networks.map((n) => [`${n.kind}:${n.name.trim().toLowerCase().replace(/\s+/g, ' ')}`, n]));
  const perKind = NETWORK_KINDS.map((kind) => {
    const members = all.filter((r) => r.networks.some((n) => n.kind === kind));
    const names = new Map<string, string>();
    // The first spelling met names the network in the report.
    for (const r of members) for (const n of r.networks) if (n.kind === kind) {
      const key = n.name.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!names.has(key)) names.set(key, n.name.trim());
    }
    return { kind, schools: members.map(school).sort(byName), networks: [...names.values()].sort((a, b) => a.localeCompare(b, 'en-GB')) };
  });
  return {
    schools: all.length,
    inFormalNetworks: all.filter((r) => r.networks.length > 0).map(school).sort(byName),
    perKind,
    inMoreThanOne: all.filter((r) => distinct(r).size > 1).map(school).sort(byName),
    inNone: all.filter((r) => r.networks.length === 0).map(school).sort(byName),
  };
}

/** The figures as sentences, as an audit report states them. */
export function auditSentences(figures: AuditFigures): string[] {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    `${n(figures.schools, 'school', 'schools')} audited`,
    `${n(figures.inFormalNetworks.length, 'school', 'schools')} in formal networks`,
    ...figures.perKind
      .filter((k) => k.schools.length > 0)
      .map((k) => `${n(k.schools.length, 'school', 'schools')} in ${n(k.networks.length, networkKindLabel(k.kind).toLowerCase(), pluralOf(k.kind))}`),
    `${n(figures.inMoreThanOne.length, 'school', 'schools')} in more than one network`,
    `${n(figures.inNone.length, 'school', 'schools')} in no network`,
  ];
}

function pluralOf(kind: NetworkKind): string {
  const label = networkKindLabel(kind).toLowerCase();
  if (kind === 'networked-learning-community') return 'networked learning communities';
  if (kind === 'other') return 'other networks';
  return `${label}s`;
}

/** The columns of a questionnaire CSV: one column per kind, network names separated by ";". */
export const AUDIT_CSV_COLUMNS = ['URN', 'School', 'LA area', 'Date', ...NETWORK_KINDS.map(networkKindLabel), 'What the school gains', 'What it needs from the LEA'] as const;

export type AuditCsvResult = { ok: true; responses: AuditAnswers[] } | { ok: false; errors: string[] };

/**
 * Reads questionnaire responses from a CSV (headers as `AUDIT_CSV_COLUMNS`; dates dd/mm/yyyy or
 * ISO). Every row is checked; any problem refuses the whole file, listing each problem by row.
 */
export function parseAuditCsv(headers: readonly string[], rows: readonly string[][]): AuditCsvResult {
  const norm = (h: string) => h.trim().toLowerCase();
  const column = (name: string) => headers.findIndex((h) => norm(h) === norm(name));
  const urnAt = column('URN');
  const nameAt = column('School');
  if (urnAt < 0 || nameAt < 0) return { ok: false, errors: ['The file needs a "URN" column and a "School" column (see the template in the README). Nothing was imported.'] };
  const kindColumns = NETWORK_KINDS.map((kind) => ({ kind, at: headers.findIndex((h) => parseNetworkKind(h) === kind) }));
  const areaAt = column('LA area');
  const dateAt = column('Date');
  const gainsAt = column('What the school gains');
  const needsAt = column('What it needs from the LEA');
  const errors: string[] = [];
  const responses: AuditAnswers[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const at = `Row ${index + 2}`;
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    const urn = cell(urnAt);
    if (!/^\d{6,7}$/.test(urn)) {
      errors.push(`${at}: "${urn}" is not a URN (six or seven digits).`);
      return;
    }
    if (seen.has(urn)) errors.push(`${at}: the school with URN ${urn} is in the file twice.`);
    seen.add(urn);
    const name = cell(nameAt);
    if (!name) errors.push(`${at}: the school's name is missing.`);
    const dateText = cell(dateAt);
    const date = dateText === '' ? '' : toIsoDate(dateText);
    if (date === null) errors.push(`${at}: "${dateText}" is not a date (use dd/mm/yyyy).`);
    const networks = kindColumns.flatMap(({ kind, at: i }) =>
      cell(i)
        .split(';')
        .map((n) => n.trim())
        .filter(Boolean)
        .map((n) => ({ kind, name: n })),
    );
    responses.push({ urn, schoolName: name, area: cell(areaAt), answeredOn: date ?? '', networks, gains: cell(gainsAt), needs: cell(needsAt) });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, responses };
}

function toIsoDate(text: string): string | null {
  if (isValidIsoDate(text)) return text;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}
