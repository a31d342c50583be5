import type { EvidenceFile, ImpactLogEntry, Partnership, Person, ProgressUpdate, School, Triad } from './model';
import { formatDate } from './dates';
import { CAMEO_MAX_WORDS, type CoLeader, type NetworkCameo, type NetworkSheet } from './network-file';

/**
 * Drafts of what a network sends its authority, made from what the app already holds. The head
 * edits both before sending: these are starting points, never the last word.
 */
export interface SheetSource {
  triad: Triad;
  schools: School[];
  people: Person[];
  partnerships: Partnership[];
  progressUpdates: ProgressUpdate[];
  impactLog: ImpactLogEntry[];
}

/** The network's co-leaders: the people named as co-leaders, or else the co-ordinating head. */
export function coLeadersOf(source: SheetSource): CoLeader[] {
  const schoolName = (id: string | null) => source.schools.find((s) => s.id === id)?.name ?? '';
  const named = (source.triad.coLeaderIds ?? []).flatMap((id) => source.people.filter((p) => p.id === id));
  if (named.length > 0) return named.map((p) => ({ name: p.name, school: schoolName(p.schoolId), role: p.role, email: p.email, phone: p.phone }));
  const lead = source.schools.find((s) => s.role === 'coordinating') ?? source.schools[0];
  return lead && lead.headTeacher ? [{ name: lead.headTeacher, school: lead.name, role: 'Headteacher', email: lead.email, phone: lead.phone }] : [];
}

function recentLines(source: SheetSource, since: string): string[] {
  const updates = source.progressUpdates.filter((u) => u.date >= since && u.note.trim()).map((u) => ({ date: u.date, text: u.note.trim() }));
  const impact = source.impactLog.filter((e) => e.date >= since && e.summary.trim()).map((e) => ({ date: e.date, text: e.summary.trim() }));
  return [...updates, ...impact].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 8).map((l) => `${formatDate(l.date)}: ${l.text}`);
}

/** A sheet drafted from the triad's records; `today` is the date it is prepared. */
export function draftSheet(source: SheetSource, today: string): NetworkSheet {
  const { triad } = source;
  const since = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const ordered = [...source.schools].sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, 'en-GB') : a.role === 'coordinating' ? -1 : 1));
  return {
    networkId: triad.id,
    name: triad.name,
    kind: triad.kind ?? 'triad',
    localAuthority: triad.localAuthority,
    startedYear: triad.firstYear,
    focus: triad.focus,
    schools: ordered.filter((s) => /^\d{6,7}$/.test(s.urn)).map((s) => ({ urn: s.urn, name: s.name, area: '' })),
    coLeaders: coLeadersOf(source),
    partners: source.partnerships.map((p) => ({ name: p.name, provides: p.provides })),
    collaborativeWork: '',
    recentActivity: recentLines(source, since).join('\n'),
    preparedOn: today,
    preparedBy: coLeadersOf(source)[0]?.name ?? '',
  };
}

/** Trims text to at most `max` words, ending on a full stop where one is near. */
export function trimToWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= max) return words.join(' ');
  const cut = words.slice(0, max).join(' ');
  const stop = cut.lastIndexOf('.');
  return stop > cut.length / 2 ? cut.slice(0, stop + 1) : `${cut}…`;
}

/** A cameo drafted from the term's impact-log entries (the last four months), newest last. */
export function draftCameo(source: SheetSource, today: string): Omit<NetworkCameo, 'picture'> {
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCMonth(from.getUTCMonth() - 4);
  const since = from.toISOString().slice(0, 10);
  const entries = source.impactLog.filter((e) => e.date >= since && e.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  const sentences = entries.map((e) => {
    const summary = e.summary.trim().replace(/[.\s]+$/, '');
    const detail = e.detail.trim();
    return detail ? `${summary}. ${detail}` : `${summary}.`;
  });
  const opening = `This term the schools of ${source.triad.name} have worked together on ${source.triad.focus.trim() || 'their shared focus'}.`;
  return {
    networkId: source.triad.id,
    networkName: source.triad.name,
    kind: source.triad.kind ?? 'triad',
    title: source.triad.name,
    text: trimToWords([opening, ...sentences].join(' '), CAMEO_MAX_WORDS),
    writtenOn: today,
    coLeaders: coLeadersOf(source),
  };
}

/** Evidence files a cameo may show: pictures only. */
export function cameoPictures(files: readonly Pick<EvidenceFile, 'id' | 'name' | 'mimeType' | 'size'>[]): typeof files {
  return files.filter((f) => ['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(f.mimeType));
}
