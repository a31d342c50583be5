import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupFile } from '../core/backup-format';
import { parseReturnFile } from '../core/exchange-format';
import { backupBytes, restoreWithSafetyCopy } from './backup';
import { TriadDatabase } from './database';
import { applyReturnImport, buildReturn, planReturnImport } from './returns';
import { databaseText, seedDatabase } from './test-seed';

/**
 * Bad files change nothing: random bytes, cut-short files and single-byte changes of a valid
 * backup and of a valid return go through the real import path (parse, then restore or plan and
 * apply) against a seeded database, which must be identical afterwards in every table, and each
 * must get a plain-English message. 6 × 200 = 1,200 cases.
 */
const RUNS = 200;

let db: TriadDatabase;
let before: string;
let validBackup: Uint8Array;
let validReturn: Uint8Array;

beforeAll(async () => {
  db = new TriadDatabase(`test-${crypto.randomUUID()}`);
  const seed = await seedDatabase(db);
  validBackup = await backupBytes(db, '0.1.0');
  validReturn = (await buildReturn(db, { schoolId: seed.partner.id, period: { from: '2003-09-01', to: '2004-08-31' }, appVersion: '0.1.0' })).bytes;
  before = await databaseText(db);
});
afterAll(async () => {
  await db.delete();
});

/** The import path the Exports page uses, returning the message the head would see. */
async function importBackup(bytes: Uint8Array): Promise<string | null> {
  const parsed = await parseBackupFile(bytes);
  if (!parsed.ok) return parsed.error;
  await restoreWithSafetyCopy(db, parsed.backup, { appVersion: '0.1.0', from: 'test', saveSafetyCopy: async () => ({ id: 'x' }) });
  return null;
}

async function importReturn(bytes: Uint8Array): Promise<string | null> {
  const parsed = await parseReturnFile(bytes);
  if (!parsed.ok) return parsed.error;
  const planned = await planReturnImport(db, parsed.partnerReturn);
  if (!planned.ok) return planned.error;
  await applyReturnImport(db, parsed.partnerReturn, planned.plan, {});
  return null;
}

const PLAIN = /^(This|In this) [^{}]*\.$/;

async function expectRefusedAndUnchanged(importFile: (b: Uint8Array) => Promise<string | null>, bytes: Uint8Array): Promise<void> {
  const message = await importFile(bytes);
  expect(message, 'a bad file gets a message').not.toBeNull();
  expect(message).toMatch(PLAIN);
  expect(await databaseText(db)).toBe(before);
}

function mutated(valid: Uint8Array, at: number, delta: number): Uint8Array {
  const copy = valid.slice();
  const index = at % copy.length;
  copy[index] = (copy[index]! + delta) % 256;
  return copy;
}

describe.each([
  ['backup', () => validBackup, importBackup],
  ['partner return', () => validReturn, importReturn],
] as const)('a bad %s file', (_name, valid, importFile) => {
  it('of random bytes changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectRefusedAndUnchanged(importFile, bytes)),
      { numRuns: RUNS },
    );
  });

  it('cut short anywhere changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), (n) => expectRefusedAndUnchanged(importFile, valid().subarray(0, n % valid().length))),
      { numRuns: RUNS },
    );
  });

  it('with one byte changed changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), (at, delta) =>
        expectRefusedAndUnchanged(importFile, mutated(valid(), at, delta)),
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the valid files used above', () => {
  it('are accepted, so the refusals are about the damage', async () => {
    expect((await parseBackupFile(validBackup)).ok).toBe(true);
    expect((await parseReturnFile(validReturn)).ok).toBe(true);
  });
});
