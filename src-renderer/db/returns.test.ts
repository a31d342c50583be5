import { describe, expect, it } from 'vitest';
import { parseBackupFile } from '../core/backup-format';
import { parseReturnFile, type PartnerReturn } from '../core/exchange-format';
import { conflictsOf, describeDifferences } from '../core/merge';
import { backupBytes, restoreSnapshot } from './backup';
import type { TriadDatabase } from './database';
import { freshDb } from './test-database';
import { applyReturnImport, buildReturn, planReturnImport, setThisCopysSchool } from './returns';
import { AT, databaseText, seedDatabase, seededTriad } from './test-seed';


const YEAR = { from: '2003-09-01', to: '2004-08-31' };

/** The co-ordinator's copy, and a partner copy made from its backup and marked as the partner's. */
async function twoCopies() {
  const coordinator = freshDb();
  const seed = await seedDatabase(coordinator);
  const backup = await parseBackupFile(await backupBytes(coordinator, '0.1.0'));
  if (!backup.ok) throw new Error(backup.error);
  const partner = freshDb();
  await restoreSnapshot(partner, backup.backup);
  await setThisCopysSchool(partner, seed.partner.id);
  return { coordinator, partner, seed };
}

async function exported(partner: TriadDatabase, schoolId: string): Promise<PartnerReturn> {
  const { bytes } = await buildReturn(partner, { schoolId, period: YEAR, appVersion: '0.1.0' });
  const parsed = await parseReturnFile(bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.partnerReturn;
}

async function plan(db: TriadDatabase, ret: PartnerReturn) {
  const planned = await planReturnImport(db, ret);
  if (!planned.ok) throw new Error(planned.error);
  return planned.plan;
}

describe('partner returns', () => {
  it('adds new records and takes changes made only by the partner; a second import changes nothing', async () => {
    const { coordinator, partner, seed } = await twoCopies();
    await partner.results.update(seed.result.id, { value: 70, updatedAt: '2004-07-20T10:00:00.000Z' });
    await partner.impactLog.add({ ...seed.logEntry, id: 'log-new', summary: 'Pupil interviews', evidenceFileIds: [], createdAt: AT, updatedAt: AT });
    const ret = await exported(partner, seed.partner.id);
    expect(ret.tables.results).toHaveLength(1);
    expect(ret.tables.impactLog.map((e) => e.id).sort()).toEqual(['log-1', 'log-new']);
    expect(ret.tables.ledgerEntries).toHaveLength(1);
    expect(ret.tables.evidenceFiles).toHaveLength(1);

    const first = await plan(coordinator, ret);
    expect(first.steps.map((s) => `${s.kind} ${s.key}`).sort()).toEqual([
      'add impactLog:log-new',
      'update results:result-1',
    ]);
    // Records the partner has not changed since its copy was made are left alone.
    expect(first.alreadyExchanged).toBe(3);
    await applyReturnImport(coordinator, ret, first, {});
    expect((await coordinator.results.get(seed.result.id))?.value).toBe(70);
    expect((await coordinator.impactLog.get('log-new'))?.summary).toBe('Pupil interviews');
    expect(await coordinator.impactLog.count()).toBe(2);

    const before = await databaseText(coordinator);
    const again = await plan(coordinator, ret);
    expect(again.steps).toEqual([]);
    expect(again.alreadyExchanged).toBe(5);
    await applyReturnImport(coordinator, ret, again, {});
    expect(await databaseText(coordinator)).toBe(before);
  });

  it('shows a record changed on both sides for a decision, field by field, and applies it', async () => {
    const { coordinator, partner, seed } = await twoCopies();
    await partner.results.update(seed.result.id, { value: 70 });
    await coordinator.results.update(seed.result.id, { value: 66 });
    const ret = await exported(partner, seed.partner.id);
    const planned = await planReturnImport(coordinator, ret);
    if (!planned.ok) throw new Error(planned.error);
    const conflicts = conflictsOf(planned.plan);
    expect(conflicts).toHaveLength(1);
    const only = conflicts[0]!;
    expect(describeDifferences(only.mine, only.theirs, planned.names)).toEqual([{ field: 'value', label: 'Value', mine: '66', theirs: '70' }]);

    const before = await databaseText(coordinator);
    await expect(applyReturnImport(coordinator, ret, planned.plan, {})).rejects.toThrow('Decide every difference');
    expect(await databaseText(coordinator)).toBe(before);

    await applyReturnImport(coordinator, ret, planned.plan, { [only.key]: 'mine' });
    expect((await coordinator.results.get(seed.result.id))?.value).toBe(66);
    // The partner's unchanged version comes again next time: our decision stands.
    const again = await plan(coordinator, ret);
    expect(again.steps).toEqual([]);
    // The partner changes it again: that is a change on their side only now.
    await partner.results.update(seed.result.id, { value: 72 });
    const next = await plan(coordinator, await exported(partner, seed.partner.id));
    expect(next.steps.map((s) => s.kind)).toEqual(['update']);
  });

  it('takes theirs when the head chooses it', async () => {
    const { coordinator, partner, seed } = await twoCopies();
    await partner.ledgerEntries.update(seed.ledger.id, { amountPence: 50_000 });
    await coordinator.ledgerEntries.update(seed.ledger.id, { amountPence: 47_500 });
    const ret = await exported(partner, seed.partner.id);
    const planned = await planReturnImport(coordinator, ret);
    if (!planned.ok) throw new Error(planned.error);
    const [conflict] = conflictsOf(planned.plan);
    expect(describeDifferences(conflict!.mine, conflict!.theirs)).toEqual([{ field: 'amountPence', label: 'Amount', mine: '£475.00', theirs: '£500.00' }]);
    await applyReturnImport(coordinator, ret, planned.plan, { [conflict!.key]: 'theirs' });
    expect((await coordinator.ledgerEntries.get(seed.ledger.id))?.amountPence).toBe(50_000);
  });

  it('keeps the old data when an import fails part-way through', async () => {
    const { coordinator, partner, seed } = await twoCopies();
    await partner.results.update(seed.result.id, { value: 70 });
    await partner.impactLog.add({ ...seed.logEntry, id: 'log-new', summary: 'Pupil interviews', evidenceFileIds: [] });
    const ret = await exported(partner, seed.partner.id);
    const planned = await plan(coordinator, ret);
    const before = await databaseText(coordinator);
    // The results are written first; the failure comes after, inside the same transaction.
    const failing = (() => {
      throw new Error('disk trouble');
    }) as () => void;
    coordinator.impactLog.hook('creating', failing);
    await expect(applyReturnImport(coordinator, ret, planned, {})).rejects.toThrow('disk trouble');
    coordinator.impactLog.hook('creating').unsubscribe(failing);
    expect(await databaseText(coordinator)).toBe(before);
  });

  it('refuses a return for another triad', async () => {
    const other = freshDb();
    const otherSeed = await seedDatabase(other, seededTriad('triad-2'));
    const ret = await exported(other, otherSeed.partner.id);
    const coordinator = freshDb();
    await seedDatabase(coordinator);
    expect(await planReturnImport(coordinator, ret)).toEqual({ ok: false, error: expect.stringContaining('for another triad') });
  });
});

describe('what a partner return may touch', () => {
  it('a return made from an older copy never undoes a newer correction here', async () => {
    const { coordinator, partner, seed } = await twoCopies();
    // The co-ordinator corrects the partner's result after the partner's copy was made; the partner changes nothing.
    await coordinator.results.update(seed.result.id, { value: 64, updatedAt: '2004-07-21T10:00:00.000Z' });
    const ret = await exported(partner, seed.partner.id);
    const planned = await plan(coordinator, ret);
    expect(conflictsOf(planned)).toEqual([]);
    await applyReturnImport(coordinator, ret, planned, {});
    expect((await coordinator.results.get(seed.result.id))?.value).toBe(64);
  });

  it('refuses a return that would change the co-ordinator’s records, add a second result, or use a missing measure', async () => {
    const { coordinator, partner, seed } = await twoCopies();
    await coordinator.ledgerEntries.add({ ...seed.ledger, id: 'ledger-c', schoolId: seed.coordinating.id });
    await coordinator.evidenceFiles.add({ ...seed.evidence, id: 'evidence-c', ownerId: 'ledger-c' });
    await coordinator.results.add({ ...seed.result, id: 'result-c', schoolId: seed.coordinating.id });
    const before = await databaseText(coordinator);
    const ret = await exported(partner, seed.partner.id);
    const crafted: PartnerReturn[] = [
      // The co-ordinator's evidence file, replaced under its own id, "attached" to the partner's entry.
      { ...ret, tables: { ...ret.tables, evidenceFiles: [{ ...ret.tables.evidenceFiles[0]!, id: 'evidence-c', bytes: new Uint8Array([1]), size: 1 }] } },
      // The co-ordinator's result, rewritten as if the partner's.
      { ...ret, tables: { ...ret.tables, results: [{ ...ret.tables.results[0]!, id: 'result-c' }] } },
      // A second result for the same school, measure and year.
      { ...ret, tables: { ...ret.tables, results: [{ ...ret.tables.results[0]!, id: 'result-2' }] } },
      // A result for a measure that does not exist.
      { ...ret, tables: { ...ret.tables, results: [{ ...ret.tables.results[0]!, measureId: 'no-such-measure' }] } },
    ];
    for (const partnerReturn of crafted) {
      const planned = await planReturnImport(coordinator, partnerReturn);
      expect(planned).toEqual({ ok: false, error: expect.stringMatching(/^This return from Hamstead Junior School .*Nothing was changed\.$/) });
    }
    expect(await databaseText(coordinator)).toBe(before);
  });
});
