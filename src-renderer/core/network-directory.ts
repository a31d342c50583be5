import { academicYearOf } from './dates';
import { networkKindLabel, type NetworkKind } from './network-kinds';
import type { NetworkSheet } from './network-file';

/**
 * The adviser's directory of networks, worked out from the sheets received. Pure: the database
 * layer stores the entries and sheets; this decides what an import does and what a search finds.
 */

/** One directory entry: a network and the sheet that describes it now. */
export interface DirectoryEntry {
  networkId: string;
  sheet: NetworkSheet;
  /** ISO date the latest sheet was received. */
  receivedOn: string;
  /** How many different sheets the network has sent (the latest included). */
  sheetsReceived: number;
}

export type ImportDecision = 'new-network' | 'newer-sheet' | 'already-held' | 'older-sheet';

/**
 * What importing a sheet does: a sheet the directory already holds changes nothing; a sheet
 * prepared after the latest one replaces it (the older stays in the history); a sheet prepared
 * before it only joins the history.
 */
export function decideImport(
  latest: { sheet: NetworkSheet; contentHash: string } | null,
  known: ReadonlySet<string>,
  incoming: { sheet: NetworkSheet; contentHash: string },
): ImportDecision {
  if (known.has(incoming.contentHash)) return 'already-held';
  if (!latest) return 'new-network';
  return incoming.sheet.preparedOn >= latest.sheet.preparedOn ? 'newer-sheet' : 'older-sheet';
}

export interface DirectoryFilter {
  text: string;
  kind: NetworkKind | '';
  focus: string;
  school: string;
  area: string;
  coLeader: string;
}

export const NO_FILTER: DirectoryFilter = { text: '', kind: '', focus: '', school: '', area: '', coLeader: '' };

const has = (haystack: string, needle: string) => haystack.toLowerCase().includes(needle.trim().toLowerCase());

/** Entries matching every filter given (case-insensitive, part of a word is enough), by name. */
export function filterDirectory(entries: readonly DirectoryEntry[], filter: DirectoryFilter): DirectoryEntry[] {
  return entries
    .filter(({ sheet }) => {
      if (filter.kind && sheet.kind !== filter.kind) return false;
      if (filter.focus.trim() && !has(sheet.focus, filter.focus)) return false;
      if (filter.school.trim() && !sheet.schools.some((s) => has(s.name, filter.school) || s.urn === filter.school.trim())) return false;
      if (filter.area.trim() && !sheet.schools.some((s) => has(s.area, filter.area))) return false;
      if (filter.coLeader.trim() && !sheet.coLeaders.some((c) => has(c.name, filter.coLeader))) return false;
      if (filter.text.trim()) {
        const all = [sheet.name, sheet.focus, sheet.collaborativeWork, networkKindLabel(sheet.kind), ...sheet.schools.map((s) => s.name), ...sheet.coLeaders.map((c) => c.name), ...sheet.partners.map((p) => p.name)].join(' ');
        if (!has(all, filter.text)) return false;
      }
      return true;
    })
    .sort((a, b) => a.sheet.name.localeCompare(b.sheet.name, 'en-GB'));
}

/** Networks whose latest sheet was received before the academic year of `today` began. */
export function notReturnedThisYear(entries: readonly DirectoryEntry[], today: string): DirectoryEntry[] {
  const year = academicYearOf(today);
  return entries.filter((e) => academicYearOf(e.receivedOn) < year).sort((a, b) => a.sheet.name.localeCompare(b.sheet.name, 'en-GB'));
}

export interface SchoolIndexRow {
  urn: string;
  name: string;
  area: string;
  networks: { networkId: string; name: string; kind: NetworkKind }[];
}

/** Every school named on a latest sheet, with every network it belongs to, by school name. */
export function schoolIndex(entries: readonly DirectoryEntry[]): SchoolIndexRow[] {
  const byUrn = new Map<string, SchoolIndexRow>();
  for (const { networkId, sheet } of entries) {
    for (const school of sheet.schools) {
      const row = byUrn.get(school.urn) ?? { urn: school.urn, name: school.name, area: school.area, networks: [] };
      row.networks.push({ networkId, name: sheet.name, kind: sheet.kind });
      byUrn.set(school.urn, row);
    }
  }
  const rows = [...byUrn.values()];
  for (const row of rows) row.networks.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.urn.localeCompare(b.urn));
}

function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The directory as a spreadsheet: one row per network, then one row per school and network. */
export function directoryCsv(entries: readonly DirectoryEntry[]): string {
  const sorted = filterDirectory(entries, NO_FILTER);
  const networks = [
    ['Network', 'Kind', 'Local authority', 'Began', 'Focus', 'Schools', 'Co-leaders', 'Contacts', 'Partners', 'Sheet prepared', 'Sheet received'],
    ...sorted.map(({ sheet, receivedOn }) => [
      sheet.name, networkKindLabel(sheet.kind), sheet.localAuthority, `${sheet.startedYear}/${String((sheet.startedYear + 1) % 100).padStart(2, '0')}`, sheet.focus,
      sheet.schools.length, sheet.coLeaders.map((c) => c.name).join('; '), sheet.coLeaders.map((c) => [c.email, c.phone].filter(Boolean).join(' ')).join('; '),
      sheet.partners.map((p) => p.name).join('; '), sheet.preparedOn, receivedOn,
    ]),
  ];
  const index = [
    ['School', 'URN', 'LA area', 'Network', 'Kind'],
    ...schoolIndex(sorted).flatMap((row) => row.networks.map((n) => [row.name, row.urn, row.area, n.name, networkKindLabel(n.kind)])),
  ];
  return `${csvText(networks)}\r\n${csvText(index)}`;
}
