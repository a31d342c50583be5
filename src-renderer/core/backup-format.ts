import { z } from 'zod';
import { openEnvelope, sealEnvelope } from './file-envelope';
import { checkRecordsTogether } from './file-rules';
import { SCHEMA_VERSION, upgradeTables } from './migrations';
import { checkTables, RECORD_TABLES, type RecordTable } from './record-schemas';

/**
 * A full backup: every table of the database, in one UTF-8 JSON file.
 *
 * ```
 * { "format": "triad-planner-backup", "formatVersion": 1, "appVersion": "0.1.0",
 *   "schemaVersion": 1, "createdAt": "2026-11-23T08:00:00.000Z",
 *   "tables": { "triads": [...], ..., "evidenceFiles": [{ ..., "bytes": { "$base64": "..." } }] },
 *   "checksum": "<sha-256 hex of the canonical JSON of every other field>" }
 * ```
 *
 * Raise `BACKUP_FORMAT_VERSION` only when the file's layout changes; a schema upgrade raises
 * `schemaVersion` instead (older backups are then upgraded on restore).
 */
export const BACKUP_FORMAT = 'triad-planner-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The database schema version this code reads and writes; kept equal to db/schema.ts by a test. */
export const BACKUP_SCHEMA_VERSION = SCHEMA_VERSION;

export type BackupTables = Record<RecordTable, Record<string, unknown>[]>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  tables: BackupTables;
}

export interface BackupSummary {
  /** The triad's name, or null for a backup of an empty copy. */
  triadName: string | null;
  createdAt: string;
  appVersion: string;
  /** Records per table, for tables that have any. */
  counts: Partial<Record<RecordTable, number>>;
  totalRecords: number;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

const BACKUP_WORDS = { noun: 'backup', format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION };

/** Writes a backup file's bytes for the given tables. */
export async function encodeBackup(input: {
  appVersion: string;
  createdAt: string;
  tables: Partial<BackupTables>;
  /** The schema the tables are in; older only for the snapshot taken before a schema upgrade. */
  schemaVersion?: number;
}): Promise<Uint8Array> {
  const tables = Object.fromEntries(RECORD_TABLES.map((name) => [name, input.tables[name] ?? []]));
  return sealEnvelope(
    { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION },
    {
      appVersion: input.appVersion,
      schemaVersion: input.schemaVersion ?? BACKUP_SCHEMA_VERSION,
      createdAt: input.createdAt,
      tables,
    },
  );
}

const header = z.object({
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
});

/**
 * Reads and checks a backup file completely, before anything is written: a file that is not a
 * backup, cut short, from a newer version, altered since it was saved, or holding records of the
 * wrong shape, repeated ids or money that is not whole pence gets a plain-English message.
 */
export async function parseBackupFile(bytes: Uint8Array): Promise<ParsedBackup> {
  const opened = await openEnvelope(bytes, BACKUP_WORDS);
  if (!opened.ok) return opened;
  const meta = header.safeParse(opened.body);
  if (!meta.success) {
    return { ok: false, error: 'This backup file is damaged: it does not say when or by which version it was made. Nothing was changed.' };
  }
  if (meta.data.schemaVersion > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of Triad Planner (version ${meta.data.appVersion}). Update Triad Planner on this computer, then restore it. Nothing was changed.`,
    };
  }
  // An older backup's records are upgraded first, by the same migrations as a stored database.
  const tables = isTableMap(opened.body.tables) ? upgradeTables(opened.body.tables, meta.data.schemaVersion) : opened.body.tables;
  const problem = checkTables(tables, RECORD_TABLES, 'backup') ?? checkRecordsTogether(tables as BackupTables, 'backup');
  if (problem) return { ok: false, error: problem };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      formatVersion: opened.body.formatVersion as number,
      ...meta.data,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      tables: tables as BackupTables,
    },
  };
}

/** What a backup holds, to show the head before anything is replaced. */
export function summariseBackup(backup: Backup): BackupSummary {
  const counts: Partial<Record<RecordTable, number>> = {};
  let totalRecords = 0;
  for (const table of RECORD_TABLES) {
    const count = backup.tables[table].length;
    if (count > 0) counts[table] = count;
    totalRecords += count;
  }
  const triad = backup.tables.triads[0];
  return {
    triadName: triad && typeof triad.name === 'string' ? triad.name : null,
    createdAt: backup.createdAt,
    appVersion: backup.appVersion,
    counts,
    totalRecords,
  };
}

/** A file's `tables` value, if it is an object of named tables (anything else is refused by the checks). */
export function isTableMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
