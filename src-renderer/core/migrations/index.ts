import { deepEqual } from './deep-equal';
import type { Migration, Row, Tables } from './migration';
import { MIGRATION_V2 } from './v2';

export type { Migration, Row, Tables } from './migration';

/**
 * Every migration, oldest first; the n-th produces version n + 2. To add a version: write
 * `vN.ts` with its `Migration`, append it here, and declare `SCHEMA_VN` in `db/schema.ts`
 * (see the README, "Adding a schema version").
 */
export const MIGRATIONS: readonly Migration[] = [MIGRATION_V2];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = 1 + MIGRATIONS.length;

/** The migrations that take records of `fromVersion` to the current version, in order. */
export function migrationsFrom(fromVersion: number): readonly Migration[] {
  return MIGRATIONS.filter((migration) => migration.to > fromVersion);
}

/** One record, upgraded by one migration (a new object; the input is not changed). */
export function upgradeRecord(migration: Migration, table: string, row: Row): Row {
  const defaults = migration.addedFields[table];
  let upgraded = row;
  if (defaults) {
    const missing = Object.keys(defaults).filter((field) => !Object.hasOwn(row, field));
    if (missing.length > 0) {
      upgraded = { ...row };
      for (const field of missing) upgraded[field] = structuredCloneValue(defaults[field]);
    }
  }
  const extra = migration.upgradeRecord?.[table];
  return extra ? extra(upgraded) : upgraded;
}

/**
 * A whole file's or database's tables, from `fromVersion` to the current version. Tables that are
 * not lists are passed through untouched, for the file checks to refuse with their own message.
 * Tables the older version did not have are added empty — only those in `fileTables` when given,
 * for a file that carries some tables only (a partner return).
 */
export function upgradeTables(
  tables: Readonly<Record<string, unknown>>,
  fromVersion: number,
  fileTables?: readonly string[],
): Record<string, unknown> {
  let current: Record<string, unknown> = { ...tables };
  for (const migration of migrationsFrom(fromVersion)) {
    const next: Record<string, unknown> = {};
    for (const [table, rows] of Object.entries(current)) {
      next[table] = Array.isArray(rows)
        ? rows.map((row: unknown) => (isRow(row) ? upgradeRecord(migration, table, row) : row))
        : rows;
    }
    for (const table of migration.addedTables) if (!Object.hasOwn(next, table)) next[table] = [];
    if (migration.deriveRecords) {
      const derived = migration.deriveRecords(next as Tables);
      for (const [table, rows] of Object.entries(derived)) {
        const existing = Array.isArray(next[table]) ? (next[table] as Row[]) : [];
        const known = new Set(existing.map((row) => row.id));
        next[table] = [...existing, ...rows.filter((row) => !known.has(row.id))];
      }
    }
    current = next;
  }
  if (!fileTables) return current;
  return Object.fromEntries(Object.entries(current).filter(([table]) => Object.hasOwn(tables, table) || fileTables.includes(table)));
}

/**
 * A record as it is hashed for the three-way merge of partner returns: fields that a migration
 * added and that still hold the default an older record means are left out, so a v1 record and
 * the same record upgraded to v2 hash the same.
 */
export function hashableRecord(table: string, row: Row): Row {
  let out: Row | null = null;
  for (const migration of MIGRATIONS) {
    const defaults = migration.addedFields[table];
    if (!defaults) continue;
    for (const [field, value] of Object.entries(defaults)) {
      if (Object.hasOwn(row, field) && deepEqual(row[field], value)) {
        out ??= { ...row };
        delete out[field];
      }
    }
  }
  return out ?? row;
}

function isRow(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function structuredCloneValue(value: unknown): unknown {
  return value === null || typeof value !== 'object' ? value : JSON.parse(JSON.stringify(value));
}
