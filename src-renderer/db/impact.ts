/**
 * Impact writes: measures, results (typed or imported), impact settings, comparators and the
 * impact log with its evidence files. Every write validates first and then writes in one
 * transaction, so bad input changes nothing.
 */
import { defaultMeasureDrafts, parseResultInput } from '../core/impact-measures';
import { EVIDENCE_LIMIT_BYTES, validateLogEntry, type LogEntryFields } from '../core/impact-log';
import type { PlannedResult } from '../core/ks2-results';
import { parseThreshold } from '../core/impact-stats';
import type { Comparator, EvidenceFile, ImpactLogEntry, Measure, Result, ThresholdKind, Triad } from '../core/model';
import { newId } from '../core/ids';
import type { TriadDatabase } from './database';
import { deleteWithUndo, stampNew, stampUpdate } from './records';

/** Thrown when input is refused; `messages` are plain English for the head. Nothing has been written. */
export class ImpactInputError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
    this.name = 'ImpactInputError';
  }
}

/** The triad's measures in order; creates the defaults (and sets the headline) on first use, in one transaction. */
export async function ensureDefaultMeasures(db: TriadDatabase, triadId: string): Promise<Measure[]> {
  return db.transaction('rw', db.measures, db.triads, async () => {
    const existing = await db.measures.where('triadId').equals(triadId).toArray();
    if (existing.length > 0) return existing.sort((a, b) => a.order - b.order);
    const triad = await db.triads.get(triadId);
    if (!triad) throw new Error('The triad has not been set up yet.');
    const drafts = defaultMeasureDrafts();
    const idByKey = new Map(drafts.map((d) => [d.key, newId()]));
    const measures = drafts.map(({ key, ...draft }) =>
      stampNew<Measure>({
        ...draft,
        id: idByKey.get(key)!,
        triadId,
        derivedFrom: draft.derivedFrom ? { ...draft.derivedFrom, measureIds: draft.derivedFrom.measureIds.map((k) => idByKey.get(k)!) } : null,
      }),
    );
    await db.measures.bulkAdd(measures);
    await db.triads.put(stampUpdate({ ...triad, headlineMeasureId: idByKey.get('headline')! }));
    return measures;
  });
}

export interface NewMeasure {
  name: string;
  unit: Measure['unit'];
  higherIsBetter: boolean;
  sourceColumn: string;
}

/** Adds a measure such as attendance or "% meeting the expected standard". */
export async function addMeasure(db: TriadDatabase, triadId: string, fields: NewMeasure): Promise<Measure> {
  const name = fields.name.trim();
  if (!name) throw new ImpactInputError(['Enter a name for the measure.']);
  return db.transaction('rw', db.measures, async () => {
    const existing = await db.measures.where('triadId').equals(triadId).toArray();
    if (existing.some((m) => m.name.toLowerCase() === name.toLowerCase())) throw new ImpactInputError([`There is already a measure called “${name}”.`]);
    const measure = stampNew<Measure>({
      triadId, name, unit: fields.unit, higherIsBetter: fields.higherIsBetter, sourceColumn: fields.sourceColumn.trim(),
      derivedFrom: null, order: Math.max(0, ...existing.map((m) => m.order)) + 1,
    });
    await db.measures.add(measure);
    return measure;
  });
}

/** Changes how the headline measure is worked out (average or minimum, and of which measures). */
export async function setHeadlineDerivation(db: TriadDatabase, measureId: string, derivedFrom: NonNullable<Measure['derivedFrom']>): Promise<void> {
  if (derivedFrom.measureIds.length === 0) throw new ImpactInputError(['Choose at least one measure for the headline.']);
  await db.transaction('rw', db.measures, async () => {
    const measure = await db.measures.get(measureId);
    if (!measure?.derivedFrom) throw new ImpactInputError(['That measure is not a headline measure.']);
    const inputs = await db.measures.bulkGet(derivedFrom.measureIds);
    if (inputs.some((m) => !m || m.derivedFrom || m.triadId !== measure.triadId)) throw new ImpactInputError(['The headline can be made only from this triad’s entered measures.']);
    await db.measures.put(stampUpdate({ ...measure, derivedFrom }));
  });
}

export interface ImpactSettings {
  baselineYear: number;
  improvementThreshold: number;
  thresholdKind: ThresholdKind;
}

export function validateImpactSettings(s: { baselineYear: string; improvementThreshold: string; thresholdKind: string }):
  { ok: true; value: ImpactSettings } | { ok: false; errors: Partial<Record<keyof ImpactSettings, string>> } {
  const errors: Partial<Record<keyof ImpactSettings, string>> = {};
  const baselineYear = Number(s.baselineYear);
  if (!/^\d{4}$/.test(s.baselineYear.trim()) || baselineYear < 1990 || baselineYear > 2100) errors.baselineYear = 'Enter the baseline results year, for example 2003.';
  const parsedThreshold = parseThreshold(s.improvementThreshold);
  const threshold = parsedThreshold.ok ? parsedThreshold.value : NaN;
  if (!parsedThreshold.ok) errors.improvementThreshold = parsedThreshold.error;
  if (s.thresholdKind !== 'percentage-points' && s.thresholdKind !== 'relative-percent') errors.thresholdKind = 'Choose what the threshold means.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { baselineYear, improvementThreshold: threshold, thresholdKind: s.thresholdKind as ThresholdKind } };
}

export async function saveImpactSettings(db: TriadDatabase, triadId: string, settings: ImpactSettings): Promise<void> {
  await db.transaction('rw', db.triads, async () => {
    const triad = await db.triads.get(triadId);
    if (!triad) throw new Error('The triad has not been set up yet.');
    await db.triads.put(stampUpdate<Triad>({ ...triad, ...settings }));
  });
}

export interface ResultEdit {
  schoolId: string;
  measureId: string;
  year: number;
  /** As typed; blank removes the result. */
  input: string;
  /** Eligible pupils as typed (blank: not known); undefined leaves the stored number alone. */
  pupilsInput?: string;
}

/** Eligible pupils as typed: blank is "not known"; otherwise a whole number from 1 to 1,000. */
export function parsePupilsInput(input: string): { ok: true; value: number | null } | { ok: false; error: string } {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1000) return { ok: false, error: `Enter the number of eligible pupils as a whole number, for example 28 (you entered ${text}).` };
  return { ok: true, value: Number(text) };
}

/**
 * Saves typed results. Every value is checked first (0–100 for a percentage; the school must be
 * in the triad; the measure must be entered, not derived); any problem → all messages, nothing written.
 */
export async function saveResults(db: TriadDatabase, triadId: string, edits: readonly ResultEdit[]): Promise<{ saved: number; removed: number }> {
  return db.transaction('rw', db.results, db.schools, db.measures, async () => {
    const schools = new Map((await db.schools.where('triadId').equals(triadId).toArray()).map((s) => [s.id, s]));
    const measures = new Map((await db.measures.where('triadId').equals(triadId).toArray()).map((m) => [m.id, m]));
    const errors: string[] = [];
    const checked: { edit: ResultEdit; value: number | null; pupils: number | null | undefined }[] = [];
    for (const edit of edits) {
      const school = schools.get(edit.schoolId);
      const measure = measures.get(edit.measureId);
      if (!school) errors.push('A result is for a school outside this triad; results can be entered only for the triad’s three schools.');
      else if (!measure || measure.derivedFrom) errors.push('A result is for a measure that cannot be entered.');
      else if (!Number.isInteger(edit.year)) errors.push('A result has no results year.');
      else {
        const parsed = parseResultInput(edit.input, measure);
        const pupils = edit.pupilsInput === undefined ? undefined : parsePupilsInput(edit.pupilsInput);
        if (!parsed.ok) errors.push(`${school.name}, ${edit.year}: ${parsed.error}`);
        else if (pupils && !pupils.ok) errors.push(`${school.name}, ${edit.year}: ${pupils.error}`);
        else if (parsed.value === null && pupils?.ok && pupils.value !== null) errors.push(`${school.name}, ${edit.year}: enter the result as well as the number of pupils.`);
        else checked.push({ edit, value: parsed.value, pupils: pupils?.ok ? pupils.value : undefined });
      }
    }
    if (errors.length) throw new ImpactInputError([...new Set(errors)]);
    let saved = 0;
    let removed = 0;
    for (const { edit, value, pupils } of checked) {
      const existing = await db.results.where('[schoolId+measureId+year]').equals([edit.schoolId, edit.measureId, edit.year]).first();
      const eligiblePupils = pupils === undefined ? (existing?.eligiblePupils ?? null) : pupils;
      if (value === null) {
        if (existing) {
          await db.results.delete(existing.id);
          removed++;
        }
      } else if (!existing || existing.value !== value) {
        await db.results.put(
          existing
            ? stampUpdate<Result>({ ...existing, value, source: 'manual', note: '', eligiblePupils })
            : stampNew<Result>({ triadId, schoolId: edit.schoolId, measureId: edit.measureId, year: edit.year, value, source: 'manual', note: '', eligiblePupils }),
        );
        saved++;
      } else if ((existing.eligiblePupils ?? null) !== eligiblePupils) {
        // Only the pupil number changed: the result keeps its source and note.
        await db.results.put(stampUpdate<Result>({ ...existing, eligiblePupils }));
        saved++;
      }
    }
    return { saved, removed };
  });
}

/**
 * What an import changed, so that Undo can put it back: the records it created and, for each it
 * replaced, the record as it was before and as the import left it.
 */
export interface ResultsImportUndo {
  fileName: string;
  count: number;
  created: Result[];
  replaced: { before: Result; after: Result }[];
}

/**
 * Writes the results of a KS2 import, all or nothing, replacing any result for the same school,
 * measure and year. Returns what Undo needs to restore the replaced values.
 */
export async function importResults(db: TriadDatabase, triadId: string, planned: readonly PlannedResult[], fileName: string): Promise<ResultsImportUndo> {
  return db.transaction('rw', db.results, db.schools, db.measures, async () => {
    const schoolIds = new Set((await db.schools.where('triadId').equals(triadId).toArray()).map((s) => s.id));
    const measures = new Map((await db.measures.where('triadId').equals(triadId).toArray()).map((m) => [m.id, m]));
    for (const p of planned) {
      const measure = measures.get(p.measureId);
      if (!schoolIds.has(p.schoolId)) throw new ImpactInputError(['The import has a result for a school outside this triad. Nothing was imported.']);
      if (!measure || measure.derivedFrom) throw new ImpactInputError(['The import has a result for a measure that cannot be entered. Nothing was imported.']);
      if (measure.unit === 'percent' && (p.value < 0 || p.value > 100)) throw new ImpactInputError(['The import has a percentage outside 0–100. Nothing was imported.']);
    }
    const undo: ResultsImportUndo = { fileName, count: planned.length, created: [], replaced: [] };
    for (const p of planned) {
      const existing = await db.results.where('[schoolId+measureId+year]').equals([p.schoolId, p.measureId, p.year]).first();
      const note = `${p.column} from ${fileName}`;
      // A file without a pupils column keeps the pupil number a head typed.
      const eligiblePupils = p.eligiblePupils ?? existing?.eligiblePupils ?? null;
      const written = existing
        ? stampUpdate<Result>({ ...existing, value: p.value, source: 'ks2-import', note, eligiblePupils })
        : stampNew<Result>({ triadId, schoolId: p.schoolId, measureId: p.measureId, year: p.year, value: p.value, source: 'ks2-import', note, eligiblePupils });
      await db.results.put(written);
      if (existing) undo.replaced.push({ before: existing, after: written });
      else undo.created.push(written);
    }
    return undo;
  });
}

/**
 * Undoes an import in one transaction: removes the results it created and puts back the values it
 * replaced. Refused, changing nothing, if any of them was changed again since.
 */
export async function undoResultsImport(db: TriadDatabase, undo: ResultsImportUndo): Promise<void> {
  await db.transaction('rw', db.results, async () => {
    const written = [...undo.created, ...undo.replaced.map((r) => r.after)];
    const now = await db.results.bulkGet(written.map((r) => r.id));
    const changed = written.filter((r, i) => now[i]?.updatedAt !== r.updatedAt);
    if (changed.length) {
      throw new ImpactInputError([`${changed.length === 1 ? 'A result' : `${changed.length} results`} from ${undo.fileName} changed after the import, so it cannot be undone here. Nothing was undone; the automatic backup taken before the import can still be restored.`]);
    }
    await db.results.bulkDelete(undo.created.map((r) => r.id));
    await db.results.bulkPut(undo.replaced.map((r) => stampUpdate<Result>(r.before)));
  });
}

/** Sets (or, with a blank value, clears) a national or local-authority figure. */
export async function saveComparator(
  db: TriadDatabase,
  triadId: string,
  key: { measureId: string; scope: Comparator['scope']; year: number },
  input: string,
): Promise<void> {
  const text = input.trim().replace(/%$/, '');
  const value = text === '' ? null : Number(text);
  if (value !== null && (!Number.isFinite(value) || value < 0 || value > 100 || !/^\d+(\.\d+)?$/.test(text))) {
    throw new ImpactInputError([`Enter the ${key.scope === 'national' ? 'national' : 'local-authority'} figure for ${key.year} as a percentage from 0 to 100.`]);
  }
  await db.transaction('rw', db.comparators, async () => {
    const existing = (await db.comparators.where('triadId').equals(triadId).toArray()).find(
      (c) => c.measureId === key.measureId && c.scope === key.scope && c.year === key.year,
    );
    if (value === null) {
      if (existing) await db.comparators.delete(existing.id);
    } else if (existing) await db.comparators.put(stampUpdate({ ...existing, value }));
    else await db.comparators.add(stampNew<Comparator>({ triadId, ...key, value }));
  });
}

export interface NewEvidence {
  name: string;
  size: number;
  bytes: Uint8Array;
}

/** A best guess at the file type from its name, for opening it later. */
export function mimeTypeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', txt: 'text/plain', csv: 'text/csv',
    doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  };
  return types[ext] ?? 'application/octet-stream';
}

/**
 * Creates or updates a log entry with any new evidence files, copied into the database, in one
 * transaction. `removeEvidenceIds` are files detached from the entry (deleted).
 */
export async function saveLogEntry(
  db: TriadDatabase,
  triadId: string,
  existing: ImpactLogEntry | null,
  fields: LogEntryFields,
  newFiles: readonly NewEvidence[] = [],
  removeEvidenceIds: readonly string[] = [],
): Promise<ImpactLogEntry> {
  const tooBig = newFiles.filter((f) => f.size > EVIDENCE_LIMIT_BYTES || f.bytes.byteLength > EVIDENCE_LIMIT_BYTES);
  if (tooBig.length) throw new ImpactInputError(tooBig.map((f) => `${f.name} is larger than the 20 MB limit for evidence files.`));
  return db.transaction('rw', [db.impactLog, db.evidenceFiles, db.schools], async () => {
    const schoolIds = (await db.schools.where('triadId').equals(triadId).toArray()).map((s) => s.id);
    const errors = validateLogEntry(fields, schoolIds);
    if (Object.keys(errors).length) throw new ImpactInputError(Object.values(errors));
    const id = existing?.id ?? newId();
    const files = newFiles.map((f) =>
      stampNew<EvidenceFile>({ triadId, ownerId: id, name: f.name, mimeType: mimeTypeOf(f.name), size: f.bytes.byteLength, bytes: f.bytes }),
    );
    const kept = (existing?.evidenceFileIds ?? []).filter((fid) => !removeEvidenceIds.includes(fid));
    const clean: LogEntryFields = { ...fields, author: fields.author.trim(), summary: fields.summary.trim(), detail: fields.detail.trim() };
    const entry = existing
      ? stampUpdate<ImpactLogEntry>({ ...existing, ...clean, evidenceFileIds: [...kept, ...files.map((f) => f.id)] })
      : stampNew<ImpactLogEntry>({ id, triadId, ...clean, evidenceFileIds: files.map((f) => f.id) });
    if (files.length) await db.evidenceFiles.bulkAdd(files);
    if (removeEvidenceIds.length) await db.evidenceFiles.bulkDelete([...removeEvidenceIds]);
    await db.impactLog.put(entry);
    return entry;
  });
}

/** Deletes a log entry and its evidence files; returns the trash id for undo. */
export async function deleteLogEntry(db: TriadDatabase, entry: ImpactLogEntry): Promise<string> {
  return deleteWithUndo(db, `Impact log entry “${entry.summary}”`, [
    { table: 'impactLog', ids: [entry.id] },
    { table: 'evidenceFiles', ids: entry.evidenceFileIds },
  ]);
}
