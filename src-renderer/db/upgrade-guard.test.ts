import { describe, expect, it } from 'vitest';
import { parseBackupFile } from '../core/backup-format';
import { seededTriad, seedDatabase } from './test-seed';
import { freshDb, releasedDb } from './test-database';
import { backUpBeforeUpgrade } from './upgrade-guard';

function recorder() {
  const saved: { reason: string; bytes: Uint8Array }[] = [];
  return { saved, save: async (reason: string, bytes: Uint8Array) => (saved.push({ reason, bytes }), { id: 'auto' }) };
}

describe('the snapshot before a schema upgrade', () => {
  it('backs up every table of a version-1 database from a raw read, before anything upgrades it', async () => {
    const seed = seededTriad();
    const name = await releasedDb(1, {
      triads: [seed.triad],
      schools: [seed.coordinating, seed.partner],
      results: [seed.result],
      impactLog: [seed.logEntry],
      evidenceFiles: [seed.evidence],
    });
    const { saved, save } = recorder();
    expect(await backUpBeforeUpgrade({ indexedDB, name, appVersion: '0.2.0', save })).toBe('backed-up');
    expect(saved.map((s) => s.reason)).toEqual(['before upgrade']);
    const raw = JSON.parse(new TextDecoder().decode(saved[0]!.bytes)) as { schemaVersion: number; tables: Record<string, unknown[]> };
    expect(raw.schemaVersion).toBe(1);
    expect(raw.tables.results).toEqual([expect.not.objectContaining({ eligiblePupils: expect.anything() })]);
    // Restoring that snapshot later upgrades it like the database.
    const parsed = await parseBackupFile(saved[0]!.bytes);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.tables.schools).toHaveLength(2);
    expect(parsed.backup.tables.results[0]).toMatchObject({ id: seed.result.id, eligiblePupils: null });
    expect(parsed.backup.tables.evidenceFiles[0]!.bytes).toEqual(new Uint8Array([104, 105, 0, 255]));
  });

  it('does nothing when the schema is current', async () => {
    const db = freshDb();
    await seedDatabase(db);
    db.close();
    const { saved, save } = recorder();
    expect(await backUpBeforeUpgrade({ indexedDB, name: db.name, appVersion: '0.1.0', save })).toBe('up-to-date');
    expect(saved).toEqual([]);
  });

  it('does not create a database that is not there', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const { saved, save } = recorder();
    expect(await backUpBeforeUpgrade({ indexedDB, name, appVersion: '0.1.0', save })).toBe('no-database');
    expect(saved).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
