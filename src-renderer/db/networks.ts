import type { EvidenceFile, AuditResponse, ForumMeeting, NetworkCameoRecord, NetworkEntry, NetworkSheetRecord, Newsletter } from '../core/model';
import { decideImport, type DirectoryEntry, type ImportDecision } from '../core/network-directory';
import { parseNetworkFile, type NetworkFile } from '../core/network-file';
import type { AuditAnswers } from '../core/network-audit';
import type { SheetSource } from '../core/network-sheet-draft';
import type { ReceivedCameo } from '../core/network-newsletter';
import { newId, nowIso } from '../core/ids';
import type { TriadDatabase } from './database';
import { stampNew, stampUpdate } from './records';

/**
 * The LEA adviser's networks: the directory built from identification sheets, received cameos,
 * forum meetings, newsletters and audit questionnaires.
 */

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export type FileOutcome =
  | { name: string; ok: true; what: 'sheet'; networkName: string; decision: ImportDecision }
  | { name: string; ok: true; what: 'cameo'; networkName: string; decision: 'new-cameo' | 'already-held' }
  | { name: string; ok: false; error: string };

/**
 * Imports network files. Every file is read and checked completely first; then every good one is
 * written in one transaction, so a failure part-way leaves nothing half-written. A bad file is
 * refused with its reason and the good ones are still imported.
 */
export async function importNetworkFiles(db: TriadDatabase, files: readonly ChosenFile[], receivedOn: string): Promise<FileOutcome[]> {
  const parsed: { name: string; file: NetworkFile }[] = [];
  const outcomes: (FileOutcome | null)[] = [];
  for (const chosen of files) {
    const result = await parseNetworkFile(chosen.bytes);
    if (result.ok) {
      parsed.push({ name: chosen.name, file: result.file });
      outcomes.push(null);
    } else outcomes.push({ name: chosen.name, ok: false, error: result.error });
  }
  const written: FileOutcome[] = [];
  await db.transaction('rw', [db.networks, db.networkSheets, db.networkCameos], async () => {
    for (const { name, file } of parsed) {
      const { content, contentHash } = file;
      if (content.document === 'cameo') {
        const held = await db.networkCameos.where('contentHash').equals(contentHash).count();
        if (held === 0) {
          await db.networkCameos.add(stampNew<NetworkCameoRecord>({ networkId: content.cameo.networkId, receivedOn, fileName: name, contentHash, cameo: content.cameo }));
        }
        written.push({ name, ok: true, what: 'cameo', networkName: content.cameo.networkName, decision: held === 0 ? 'new-cameo' : 'already-held' });
        continue;
      }
      const { sheet } = content;
      const entry = await db.networks.get(sheet.networkId);
      const latest = entry ? await db.networkSheets.get(entry.latestSheetId) : undefined;
      const known = new Set((await db.networkSheets.where('networkId').equals(sheet.networkId).toArray()).map((s) => s.contentHash));
      const decision = decideImport(latest ?? null, known, { sheet, contentHash });
      if (decision !== 'already-held') {
        const record = stampNew<NetworkSheetRecord>({ networkId: sheet.networkId, receivedOn, fileName: name, contentHash, sheet });
        await db.networkSheets.add(record);
        if (decision === 'new-network') {
          await db.networks.add(stampNew<NetworkEntry>({ id: sheet.networkId, name: sheet.name, kind: sheet.kind, latestSheetId: record.id, receivedOn }));
        } else if (decision === 'newer-sheet' && entry) {
          await db.networks.put(stampUpdate({ ...entry, name: sheet.name, kind: sheet.kind, latestSheetId: record.id, receivedOn }));
        }
      }
      written.push({ name, ok: true, what: 'sheet', networkName: sheet.name, decision });
    }
  });
  let next = 0;
  return outcomes.map((o) => o ?? written[next++]!);
}

/** Every directory entry with its latest sheet. */
export async function loadDirectory(db: TriadDatabase): Promise<DirectoryEntry[]> {
  return db.transaction('r', [db.networks, db.networkSheets], async () => {
    const entries = await db.networks.toArray();
    const sheets = await db.networkSheets.bulkGet(entries.map((e) => e.latestSheetId));
    const counts = new Map<string, number>();
    await db.networkSheets.each((s) => counts.set(s.networkId, (counts.get(s.networkId) ?? 0) + 1));
    return entries.flatMap((entry, index) => {
      const sheet = sheets[index];
      return sheet ? [{ networkId: entry.id, sheet: sheet.sheet, receivedOn: entry.receivedOn, sheetsReceived: counts.get(entry.id) ?? 1 }] : [];
    });
  });
}

/** A network's sheets, newest first (the history the directory keeps). */
export async function sheetHistory(db: TriadDatabase, networkId: string): Promise<NetworkSheetRecord[]> {
  const sheets = await db.networkSheets.where('networkId').equals(networkId).toArray();
  return sheets.sort((a, b) => b.sheet.preparedOn.localeCompare(a.sheet.preparedOn) || b.receivedOn.localeCompare(a.receivedOn));
}

export async function loadCameos(db: TriadDatabase): Promise<ReceivedCameo[]> {
  return (await db.networkCameos.toArray()).map((c) => ({ id: c.id, receivedOn: c.receivedOn, cameo: c.cameo }));
}

export async function saveForumMeeting(db: TriadDatabase, meeting: Omit<ForumMeeting, 'createdAt' | 'updatedAt' | 'id'> & { id?: string }): Promise<ForumMeeting> {
  const existing = meeting.id ? await db.forumMeetings.get(meeting.id) : undefined;
  const record = existing ? stampUpdate({ ...existing, ...meeting, id: existing.id }) : stampNew<ForumMeeting>(meeting);
  await db.forumMeetings.put(record);
  return record;
}

export async function saveNewsletter(db: TriadDatabase, issue: Omit<Newsletter, 'createdAt' | 'updatedAt' | 'id'> & { id?: string }): Promise<Newsletter> {
  const existing = issue.id ? await db.newsletters.get(issue.id) : undefined;
  const record = existing ? stampUpdate({ ...existing, ...issue, id: existing.id }) : stampNew<Newsletter>(issue);
  await db.newsletters.put(record);
  return record;
}

/**
 * Saves questionnaires: a school's newer answers replace its older ones (one response per school
 * and date). All in one transaction.
 */
export async function saveAuditResponses(db: TriadDatabase, answers: readonly AuditAnswers[]): Promise<number> {
  await db.transaction('rw', db.auditResponses, async () => {
    for (const a of answers) {
      const same = await db.auditResponses.where('urn').equals(a.urn).filter((r) => r.answeredOn === a.answeredOn).first();
      const at = nowIso();
      await db.auditResponses.put({ ...a, id: same?.id ?? newId(), createdAt: same?.createdAt ?? at, updatedAt: at } satisfies AuditResponse);
    }
  });
  return answers.length;
}

// ---- The head's side: what the identification sheet and cameo are drafted from ----

/** The records a sheet and a cameo are drafted from, for the network this copy holds; null before set-up. */
export async function loadSheetSource(db: TriadDatabase): Promise<(SheetSource & { pictures: Pick<EvidenceFile, 'id' | 'name' | 'mimeType' | 'size'>[] }) | null> {
  return db.transaction('r', [db.triads, db.schools, db.people, db.partnerships, db.progressUpdates, db.impactLog, db.evidenceFiles], async () => {
    const triad = await db.triads.orderBy('id').first();
    if (!triad) return null;
    const byTriad = { triadId: triad.id };
    const [schools, people, partnerships, progressUpdates, impactLog, files] = await Promise.all([
      db.schools.where(byTriad).toArray(),
      db.people.where(byTriad).toArray(),
      db.partnerships.where(byTriad).toArray(),
      db.progressUpdates.where(byTriad).toArray(),
      db.impactLog.where(byTriad).toArray(),
      db.evidenceFiles.where(byTriad).toArray(),
    ]);
    const pictures = files.map(({ id, name, mimeType, size }) => ({ id, name, mimeType, size }));
    return { triad, schools, people, partnerships, progressUpdates, impactLog, pictures };
  });
}

export async function evidenceBytes(db: TriadDatabase, id: string): Promise<EvidenceFile | undefined> {
  return db.evidenceFiles.get(id);
}

/**
 * The print window cannot see the sheet the head is editing, so the edited sheet is left in the
 * settings table for it (as the roll-up is).
 */
export const SHEET_PRINT_KEY = 'network-sheet:print';
