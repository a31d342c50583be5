/**
 * The first release's own files (e2e/data/fixtures/v1, made by version 0.1.0 and never changed)
 * must open in this version: its database, its backups, its partner returns and the roll-up.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackupFile } from '../core/backup-format';
import { parseReturnFile } from '../core/exchange-format';
import { readRollupFile } from '../core/rollup-source';
import { SCHEMA_VERSION } from '../core/migrations';
import { restoreSnapshot } from './backup';
import { TriadDatabase } from './database';
import { seedRawDump, type RawDump } from './raw-dump';
import { planReturnImport } from './returns';
import { TABLE_NAMES } from './schema';
import { freshDb } from './test-database';

const FIXTURES = new URL('../../e2e/data/fixtures/v1/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const dump = JSON.parse(new TextDecoder().decode(read('full-triad.idb.json'))) as RawDump;
const V1_TABLES = Object.keys(dump.records);

describe('the first release’s data', () => {
  it('is still byte for byte what version 0.1.0 wrote', () => {
    const sha = (name: string) => createHash('sha256').update(read(name)).digest('hex');
    expect(sha('full-triad.triadbackup')).toBe('ec3bfe295a5f8fd40a8c51c10a1b88a77ef1a86c88e88b2f68ec7d525e98faad');
    expect(sha('partner-return.triadreturn')).toBe('be3d1372e83326f9ae2d219b453bf3ac06414933f3c85591861bfc6b9a1607a6');
    expect(sha('full-triad.idb.json')).toBe('2e4a1e83642cd4116f40ab16417c465ea8dcab7816e7c12e86ebcc92ddb0b49f');
  });

  it('a version-1 database opens upgraded, with every record there', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await seedRawDump({ dump, factory: indexedDB, name });
    const db = new TriadDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      for (const table of V1_TABLES) {
        const ids = (await db.table(table).toCollection().primaryKeys()).map(String).sort();
        const expected = dump.records[table]!.map((row) => String((row as { id?: string; key?: string }).id ?? (row as { key: string }).key)).sort();
        expect(ids, table).toEqual(expected);
      }
      const results = await db.results.toArray();
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.eligiblePupils === null)).toBe(true);
      // Every progress note of version 1 is now a progress update, and the actions keep theirs.
      const notes = (await db.actions.toArray()).reduce((sum, a) => sum + a.progressNotes.length, 0);
      expect(await db.progressUpdates.count()).toBe(notes);
      const evidence = await db.evidenceFiles.toArray();
      expect(evidence.every((file) => file.bytes instanceof Uint8Array && file.bytes.length === file.size)).toBe(true);
    } finally {
      await db.delete();
    }
  });

  it('a version-1 backup restores upgraded, the same as the upgraded database', async () => {
    const parsed = await parseBackupFile(read('full-triad.triadbackup'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.schemaVersion).toBe(SCHEMA_VERSION);
    const db = freshDb();
    await restoreSnapshot(db, parsed.backup);
    for (const table of V1_TABLES) expect(await db.table(table).count(), table).toBe(dump.records[table]!.length);
    expect((await db.results.toArray()).every((r) => r.eligiblePupils === null)).toBe(true);
    expect(await db.progressUpdates.count()).toBe(parsed.backup.tables.progressUpdates.length);
    expect(TABLE_NAMES.every((table) => Array.isArray(parsed.backup.tables[table]))).toBe(true);
  });

  it('a version-1 partner return merges into an upgraded copy without every record looking changed', async () => {
    const backup = await parseBackupFile(read('full-triad.triadbackup'));
    const partnerReturn = await parseReturnFile(read('partner-return.triadreturn'));
    if (!backup.ok) throw new Error(backup.error);
    if (!partnerReturn.ok) throw new Error(partnerReturn.error);
    const db = freshDb();
    await restoreSnapshot(db, backup.backup);
    const planned = await planReturnImport(db, partnerReturn.partnerReturn);
    if (!planned.ok) throw new Error(planned.error);
    const kinds = planned.plan.steps.map((step) => step.kind).sort();
    // One changed result, one new log entry and its file; the three records the partner left as
    // they were are left alone (unchanged since the partner's copy was made).
    expect(kinds).toEqual(['add', 'add', 'update']);
    expect(planned.plan.alreadyExchanged).toBe(3);
  });

  it('version-1 backups and returns open in the LEA roll-up', async () => {
    const backup = await readRollupFile(read('full-triad.triadbackup'));
    const partnerReturn = await readRollupFile(read('partner-return.triadreturn'));
    expect(backup.ok && backup.tables.triads).toHaveLength(1);
    expect(partnerReturn.ok && partnerReturn.kind).toBe('return');
  });
});
