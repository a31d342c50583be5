/** The impact log: kinds, checking an entry before it is saved, and search and filter. */
import { isValidIsoDate } from './dates';
import type { GuskeyLevel, ImpactKind, ImpactLogEntry } from './model';

export const IMPACT_KIND_LABELS: Record<ImpactKind, string> = {
  'lesson-observation': 'Lesson observation',
  'staff-voice': 'Staff voice',
  'pupil-voice': 'Pupil voice',
  'cpd-evaluation': 'CPD evaluation',
  leadership: 'Leadership',
  'governor-visit': 'Governor visit',
  other: 'Other',
};

/** The main process refuses evidence files above this size; the renderer says so too. */
export const EVIDENCE_LIMIT_BYTES = 20 * 1024 * 1024;

export interface LogEntryFields {
  date: string;
  kind: ImpactKind;
  author: string;
  schoolIds: string[];
  summary: string;
  detail: string;
  objectiveIds: string[];
  actionIds: string[];
  tags: string[];
  /** Optional: how far up Guskey's chain this evidence reaches; null when not graded. */
  guskeyLevel?: GuskeyLevel | null;
}

export type LogEntryErrors = Partial<Record<'date' | 'summary' | 'author' | 'schoolIds' | 'guskeyLevel', string>>;

/** Checks an entry; returns the errors to show next to each field (empty when it can be saved). */
export function validateLogEntry(fields: LogEntryFields, triadSchoolIds: readonly string[]): LogEntryErrors {
  const errors: LogEntryErrors = {};
  if (!isValidIsoDate(fields.date)) errors.date = 'Enter the date as dd/mm/yyyy, for example 14/05/2004.';
  if (!fields.summary.trim()) errors.summary = 'Enter a short summary of what was seen or heard.';
  if (!fields.author.trim()) errors.author = 'Enter who recorded this.';
  if (fields.schoolIds.some((id) => !triadSchoolIds.includes(id))) errors.schoolIds = 'Choose only schools in this triad.';
  if (fields.guskeyLevel !== undefined && fields.guskeyLevel !== null && toGuskeyLevel(fields.guskeyLevel) === null) errors.guskeyLevel = 'Choose a level from 1 to 5, or leave it not graded.';
  return errors;
}

/** "writing, Boys , writing" → ["writing", "Boys"] (trimmed, no repeats ignoring case). */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

export interface LogFilter {
  text?: string;
  schoolId?: string;
  kind?: ImpactKind | '';
  from?: string;
  to?: string;
  actionId?: string;
  tag?: string;
}

/** Entries matching every filter given, newest first. Text matches summary, detail, author and tags. */
export function filterLog(entries: readonly ImpactLogEntry[], filter: LogFilter): ImpactLogEntry[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const tag = filter.tag?.trim().toLowerCase() ?? '';
  return entries
    .filter((e) => {
      if (text && ![e.summary, e.detail, e.author, ...e.tags].some((s) => s.toLowerCase().includes(text))) return false;
      if (filter.schoolId && !e.schoolIds.includes(filter.schoolId)) return false;
      if (filter.kind && e.kind !== filter.kind) return false;
      if (filter.from && e.date < filter.from) return false;
      if (filter.to && e.date > filter.to) return false;
      if (filter.actionId && !e.actionIds.includes(filter.actionId)) return false;
      if (tag && !e.tags.some((t) => t.toLowerCase() === tag)) return false;
      return true;
    })
    .sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
}

/** Entries grouped by month for the timeline, newest month first: [["2004-05", entries], …]. */
export function groupByMonth(entries: readonly ImpactLogEntry[]): [string, ImpactLogEntry[]][] {
  const groups = new Map<string, ImpactLogEntry[]>();
  for (const e of [...entries].sort((a, b) => b.date.localeCompare(a.date))) {
    const month = e.date.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), e]);
  }
  return [...groups.entries()];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2004-05" → "May 2004". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? ''} ${y}`;
}

/** Every tag used, sorted, for the tag filter. */
export function allTags(entries: readonly ImpactLogEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b));
}

/** Guskey's five levels of evidence, from participants' reactions up to pupils' outcomes. */
export const GUSKEY_LEVEL_LABELS: Record<GuskeyLevel, string> = {
  1: '1. Participants’ reactions',
  2: '2. Participants’ learning',
  3: '3. Organisational support and change',
  4: '4. Use of new knowledge and skills',
  5: '5. Pupils’ learning outcomes',
};

export const GUSKEY_LEVELS: readonly GuskeyLevel[] = [1, 2, 3, 4, 5];

/** A level as stored or chosen; anything else is "not graded" (null). */
export function toGuskeyLevel(value: unknown): GuskeyLevel | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : null;
}

/**
 * How far up the chain an objective's evidence reaches: the highest level of the log entries
 * linked to it (directly or through one of its actions), and how many entries are not graded.
 */
export function evidenceReach(
  entries: readonly Pick<ImpactLogEntry, 'objectiveIds' | 'actionIds' | 'guskeyLevel'>[],
  objectiveId: string,
  actionIds: readonly string[],
): { highest: GuskeyLevel | null; entries: number; ungraded: number } {
  const linked = entries.filter((e) => e.objectiveIds.includes(objectiveId) || e.actionIds.some((id) => actionIds.includes(id)));
  const levels = linked.map((e) => toGuskeyLevel(e.guskeyLevel)).filter((l): l is GuskeyLevel => l !== null);
  return { highest: levels.length ? (Math.max(...levels) as GuskeyLevel) : null, entries: linked.length, ungraded: linked.length - levels.length };
}

/** "Evidence reaches level 4 of 5 (use of new knowledge and skills); 1 entry not graded". */
export function describeReach(reach: ReturnType<typeof evidenceReach>): string {
  if (reach.entries === 0) return 'No impact-log evidence yet';
  const top = reach.highest === null ? 'No entry is graded by level yet' : `Evidence reaches level ${reach.highest} of 5 (${GUSKEY_LEVEL_LABELS[reach.highest].replace(/^\d\. /, '').toLowerCase()})`;
  return reach.ungraded > 0 && reach.highest !== null ? `${top}; ${reach.ungraded} entr${reach.ungraded === 1 ? 'y' : 'ies'} not graded` : top;
}
