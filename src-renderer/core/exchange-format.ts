import { z } from 'zod';
import { canonicalJson, openEnvelope, sealEnvelope, sha256Hex, toJsonValue } from './file-envelope';
import { BACKUP_SCHEMA_VERSION, isTableMap } from './backup-format';
import { hashableRecord, upgradeTables } from './migrations';
import { checkRecordsTogether } from './file-rules';
import { checkTables, recordWord, type RecordTable } from './record-schemas';

/**
 * A partner school's **return**: what one partner school sends the co-ordinating head for a
 * period — its results, its impact-log entries and their evidence files, and its spending records.
 * Same envelope and checksum as a backup, plus the triad, the school and the period.
 *
 * Each record travels with `baseHashes[table:id]`: the record's hash when the partner's copy was
 * last in step with the co-ordinator's (when it was made from a backup, or at the last exchange),
 * so the co-ordinator's copy can tell "changed there" from "changed here" on the first exchange.
 */
export const RETURN_FORMAT = 'triad-planner-return';
export const RETURN_FORMAT_VERSION = 1;

export const RETURN_TABLES = ['results', 'impactLog', 'evidenceFiles', 'ledgerEntries', 'progressUpdates'] as const satisfies readonly RecordTable[];
export type ReturnTable = (typeof RETURN_TABLES)[number];
export type ReturnTables = Record<ReturnTable, Record<string, unknown>[]>;

export interface ReturnPeriod {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
}

export interface PartnerReturn {
  format: typeof RETURN_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  triadId: string;
  triadName: string;
  schoolId: string;
  schoolName: string;
  period: ReturnPeriod;
  tables: ReturnTables;
  baseHashes: Record<string, string>;
}

export type ParsedReturn = { ok: true; partnerReturn: PartnerReturn } | { ok: false; error: string };

/** The key a record is known by in exchanges and `syncState`. */
export function exchangeKey(table: string, id: string): string {
  return `${table}:${id}`;
}

/**
 * A record's hash: SHA-256 of its canonical JSON (evidence bytes included). Fields a later schema
 * added that still hold their default are left out, so upgrading a record does not change its hash.
 */
export async function recordHash(table: RecordTable, record: Record<string, unknown>): Promise<string> {
  return sha256Hex(canonicalJson(toJsonValue(hashableRecord(table, record))));
}

/** Results are named by the summer they were taken in: a result is in a period if 31 July of its year is. */
export function resultDate(year: number): string {
  return `${String(year).padStart(4, '0')}-07-31`;
}

function inPeriod(date: unknown, period: ReturnPeriod): boolean {
  return typeof date === 'string' && date >= period.from && date <= period.to;
}

/**
 * Chooses, from a copy's records, what goes into a school's return for a period: the school's
 * results (by results year), impact-log entries about it dated in the period, its spending records
 * dated in the period, its progress updates dated in the period, and the evidence files belonging
 * to those entries.
 */
export function selectReturnRecords(all: ReturnTables, schoolId: string, period: ReturnPeriod): ReturnTables {
  const results = all.results.filter((r) => r.schoolId === schoolId && typeof r.year === 'number' && inPeriod(resultDate(r.year), period));
  const impactLog = all.impactLog.filter(
    (e) => Array.isArray(e.schoolIds) && e.schoolIds.includes(schoolId) && inPeriod(e.date, period),
  );
  const ledgerEntries = all.ledgerEntries.filter((e) => e.schoolId === schoolId && inPeriod(e.date, period));
  const owners = new Set([...impactLog, ...ledgerEntries].map((e) => e.id));
  const referenced = new Set<unknown>([
    ...impactLog.flatMap((e) => (Array.isArray(e.evidenceFileIds) ? e.evidenceFileIds : [])),
    ...ledgerEntries.map((e) => e.evidenceFileId),
  ]);
  const evidenceFiles = all.evidenceFiles.filter((f) => owners.has(f.ownerId as string) || referenced.has(f.id));
  // The partner head's own termly monitoring of their school's part in the plan's actions.
  const progressUpdates = (all.progressUpdates ?? []).filter((u) => u.schoolId === schoolId && inPeriod(u.date, period));
  return { results, impactLog, evidenceFiles, ledgerEntries, progressUpdates };
}

export interface ReturnInput {
  appVersion: string;
  createdAt: string;
  triadId: string;
  triadName: string;
  schoolId: string;
  schoolName: string;
  period: ReturnPeriod;
  tables: ReturnTables;
  baseHashes: Record<string, string>;
}

export async function encodeReturn(input: ReturnInput): Promise<Uint8Array> {
  const { tables, ...rest } = input;
  return sealEnvelope(
    { format: RETURN_FORMAT, formatVersion: RETURN_FORMAT_VERSION },
    {
      ...rest,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      tables: Object.fromEntries(RETURN_TABLES.map((t) => [t, tables[t] ?? []])),
    },
  );
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const header = z.object({
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
  triadId: z.string().min(1).max(200),
  triadName: z.string().max(500),
  schoolId: z.string().min(1).max(200),
  schoolName: z.string().max(500),
  period: z.object({ from: isoDate, to: isoDate }),
  baseHashes: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

/**
 * Reads and checks a return completely before anything is written (the same checks as a backup,
 * plus: every record belongs to the return's triad and school).
 */
export async function parseReturnFile(bytes: Uint8Array): Promise<ParsedReturn> {
  const opened = await openEnvelope(bytes, { noun: 'partner return', format: RETURN_FORMAT, formatVersion: RETURN_FORMAT_VERSION });
  if (!opened.ok) return opened;
  const meta = header.safeParse(opened.body);
  if (!meta.success) {
    return { ok: false, error: 'This partner return is damaged: it does not say which triad, school or period it is for. Nothing was changed.' };
  }
  if (meta.data.schemaVersion > BACKUP_SCHEMA_VERSION) {
    return { ok: false, error: `This partner return was made by a newer version of Triad Planner (version ${meta.data.appVersion}). Update Triad Planner on this computer, then import it. Nothing was changed.` };
  }
  // A return from an older version is upgraded by the same migrations as a stored database.
  const upgraded = isTableMap(opened.body.tables) ? upgradeTables(opened.body.tables, meta.data.schemaVersion, RETURN_TABLES) : opened.body.tables;
  const problem = checkTables(upgraded, RETURN_TABLES, 'partner return');
  if (problem) return { ok: false, error: problem };
  const tables = upgraded as ReturnTables;
  const { triadId, schoolId } = meta.data;
  for (const table of RETURN_TABLES) {
    for (const row of tables[table]) {
      const belongs =
        row.triadId === triadId &&
        (table === 'results' || table === 'ledgerEntries' || table === 'progressUpdates' ? row.schoolId === schoolId : true) &&
        (table === 'impactLog' ? (row.schoolIds as string[]).includes(schoolId) : true);
      if (!belongs) {
        return { ok: false, error: `This partner return holds a ${recordWord(table)} that is not about ${meta.data.schoolName} in this triad, so it cannot be used. Nothing was changed.` };
      }
    }
  }
  const together = checkRecordsTogether(tables, 'partner return') ?? oneResultEach(tables.results);
  if (together) return { ok: false, error: together };
  return { ok: true, partnerReturn: { format: RETURN_FORMAT, formatVersion: opened.body.formatVersion as number, ...meta.data, schemaVersion: BACKUP_SCHEMA_VERSION, tables } };
}

/** The key a result is unique by: one result per school, measure and results year. */
export function resultSlot(result: Record<string, unknown>): string {
  return `${String(result.schoolId)}|${String(result.measureId)}|${String(result.year)}`;
}

function oneResultEach(results: Record<string, unknown>[]): string | null {
  const seen = new Set<string>();
  for (const result of results) {
    const slot = resultSlot(result);
    if (seen.has(slot)) {
      return `In this partner return file, there are two results for the same measure and summer ${String(result.year)}. Nothing was changed.`;
    }
    seen.add(slot);
  }
  return null;
}
