import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ImpactLogEntry, Measure, Result } from '../src-renderer/core/model';
import { encodeReturn } from '../src-renderer/core/exchange-format';
import { dumpDatabase } from './database-dump';
import { test, expect, openApp, expectAccessible } from './fixtures';
import { openSecondProfile } from './second-profile';
import { seedRecords, seedStandardTriad } from './seed';

const at = '2003-09-01T09:00:00.000Z';

async function readResult(page: Page, id: string): Promise<Result> {
  const dump = JSON.parse(await dumpDatabase(page)) as { results: Result[] };
  return dump.results.find((r) => r.id === id)!;
}

test('a partner head sends a return from their own copy; the co-ordinator merges it, deciding one conflict by hand', async ({ page, main, browser }) => {
  // The co-ordinating head's copy: the standard triad and a KS2 result for a partner school.
  await openApp(page);
  const data = await seedStandardTriad(page);
  const partnerSchool = data.schools.partnerA;
  const measure: Measure = {
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, name: 'KS2 English level 4+', unit: 'percent',
    higherIsBetter: true, sourceColumn: 'PTENGLEV4', derivedFrom: null, order: 1,
  };
  const result: Result = {
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, schoolId: partnerSchool.id, measureId: measure.id,
    year: 2004, value: 63, source: 'manual', note: '',
  };
  await seedRecords(page, { measures: [measure], results: [result] });
  await page.reload();

  // The co-ordinator backs up and gives the file to the partner head.
  await page.getByRole('link', { name: 'Exports', exact: true }).click();
  const backupFile = path.join(main.root, 'for partner.triadbackup');
  main.nextSavePath = backupFile;
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-section').getByText('Backup saved as for partner.triadbackup.')).toBeVisible();

  // The partner head's own computer: a separate profile with its own database.
  const partner = await openSecondProfile(browser);
  try {
    const p = await partner.context.newPage();
    await openApp(p, '/exports');
    partner.main.nextOpenPaths = [backupFile];
    await p.getByRole('button', { name: 'Restore from a backup file' }).click();
    await p.getByRole('button', { name: 'Replace all data with this backup' }).click();
    await expect(p.locator('.backup-section').getByText('Restored from for partner.triadbackup.')).toBeVisible();
    await p.getByLabel('This copy belongs to').selectOption({ label: partnerSchool.name });
    await expect(p.getByText(`This copy now belongs to ${partnerSchool.name}.`)).toBeVisible();

    // The partner changes the result and adds an impact-log entry.
    const logEntry: ImpactLogEntry = {
      id: randomUUID(), createdAt: '2004-03-05T15:00:00.000Z', updatedAt: '2004-03-05T15:00:00.000Z', triadId: data.triad.id,
      date: '2004-03-05', kind: 'pupil-voice', author: 'Ben Okafor', schoolIds: [partnerSchool.id],
      summary: 'Pupil interviews about writing', detail: 'Boys say they enjoy writing for real audiences.', objectiveIds: [],
      actionIds: [], tags: ['writing'], evidenceFileIds: [],
    };
    await seedRecords(p, { results: [{ ...result, value: 70, updatedAt: '2004-07-20T10:00:00.000Z' }], impactLog: [logEntry] });
    await p.reload();
    await p.getByLabel('Period from').fill('01/09/2003');
    await p.getByLabel('Period to').fill('31/08/2004');
    const returnFile = path.join(partner.main.root, 'Return from Hamstead Junior.triadreturn');
    partner.main.nextSavePath = returnFile;
    await p.getByRole('button', { name: 'Export the return' }).click();
    await expect(p.locator('.returns-section').getByText(/^Return saved as Return from Hamstead Junior\.triadreturn: 1 result, 1 impact-log entry, 0 evidence files and 0 spending records/)).toBeVisible();
    await expectAccessible(p, 'partner returns on a partner’s copy');

    // Meanwhile the co-ordinator changes the same result.
    await seedRecords(page, { results: [{ ...result, value: 66, updatedAt: '2004-07-21T09:00:00.000Z' }] });
    await page.reload();

    // The co-ordinator imports the return: one new entry, one conflict.
    main.nextOpenPaths = [returnFile];
    await page.getByRole('button', { name: 'Import a partner return' }).click();
    const check = page.getByRole('group', { name: `Return from ${partnerSchool.name}` });
    await expect(check).toContainText('01/09/2003 to 31/08/2004');
    await expect(check).toContainText('1 new record to add');
    await expect(check).toContainText('1 record changed in both copies: decide below');
    const conflict = check.getByRole('group', { name: `Result: KS2 English level 4+, ${partnerSchool.name}, summer 2004` });
    await expect(conflict.getByRole('row', { name: /^Value/ })).toHaveText(/Value\s*66\s*70/);
    await expectAccessible(page, 'a return with a conflict');

    // Importing without deciding is refused next to the conflict; then the head takes theirs.
    await page.getByRole('button', { name: 'Import this return' }).click();
    await expect(conflict.getByText('Choose whether to keep yours or take theirs.')).toBeVisible();
    expect((await readResult(page, result.id)).value).toBe(66);
    await conflict.getByLabel('Take theirs').check();
    await page.getByRole('button', { name: 'Import this return' }).click();
    const outcome = page.locator('.returns-section .success');
    await expect(outcome).toContainText(`Imported the return from ${partnerSchool.name}.`);
    await expect(outcome).toContainText('Added – Impact-log entry: “Pupil interviews about writing” (05/03/2004)');
    await expect(outcome).toContainText('Decided (took theirs) – Result: KS2 English level 4+');
    expect((await readResult(page, result.id)).value).toBe(70);
    const merged = JSON.parse(await dumpDatabase(page)) as { impactLog: ImpactLogEntry[] };
    expect(merged.impactLog.map((e) => e.summary)).toEqual(['Pupil interviews about writing']);
    // An automatic backup was made before the import.
    expect((await main.handlers.listAutoBackups(undefined)).map((b) => b.reason)).toContain('before import');

    // Importing the same return again changes nothing.
    const before = await dumpDatabase(page);
    await page.getByRole('button', { name: 'Import a partner return' }).click();
    await expect(page.locator('.returns-section').getByText(`Nothing new in the return from ${partnerSchool.name}`)).toBeVisible();
    expect(await dumpDatabase(page)).toBe(before);
  } finally {
    await partner.close();
  }
});

test('a file that is not a return gets a clear message', async ({ page, main }) => {
  await openApp(page);
  await seedStandardTriad(page);
  await page.reload();
  await page.getByRole('link', { name: 'Exports', exact: true }).click();
  const before = await dumpDatabase(page);
  main.nextOpenPaths = [path.resolve('e2e/data/ks2/ks2-meta-2018-19.csv')];
  await page.getByRole('button', { name: 'Import a partner return' }).click();
  await expect(page.locator('.returns-section').getByRole('alert')).toHaveText(/This file is not a Triad Planner partner return/);
  expect(await dumpDatabase(page)).toBe(before);
});

test('deleted evidence never leaves in a return or a partner’s backup; a crafted return touching the co-ordinator’s records changes nothing', async ({ page, main }) => {
  await openApp(page);
  const data = await seedStandardTriad(page);
  const partnerSchool = data.schools.partnerA;
  const entry = (id: string, summary: string, evidenceFileIds: string[]): ImpactLogEntry => ({
    id, createdAt: at, updatedAt: at, triadId: data.triad.id, date: '2004-03-05', kind: 'pupil-voice', author: 'Ben Okafor',
    schoolIds: [partnerSchool.id], summary, detail: '', objectiveIds: [], actionIds: [], tags: [], evidenceFileIds,
  });
  const secret = entry(randomUUID(), 'Interviews with named pupils', ['evidence-secret']);
  const kept = entry(randomUUID(), 'Writing moderation notes', []);
  const line = { id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, name: 'Supply cover', order: 1, archived: false };
  const coordinatorsEntry = {
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, year: 2003, kind: 'payment', date: '2003-10-10',
    payee: 'Edge Hill University', description: 'Accreditation', amountPence: 125_000, budgetLineId: line.id, actionId: null,
    schoolId: data.schools.coordinating.id, reference: 'INV-9', status: 'paid', commitmentId: null, evidenceFileId: null, overrideReason: '',
  };
  await seedRecords(page, {
    impactLog: [secret, kept],
    evidenceFiles: [{ id: 'evidence-secret', createdAt: at, updatedAt: at, triadId: data.triad.id, ownerId: secret.id, name: 'CONFIDENTIAL names of pupils.txt', mimeType: 'text/plain', size: 3, bytes: new Uint8Array([1, 2, 3]) }],
    budgetLines: [line],
    ledgerEntries: [coordinatorsEntry],
  });
  await page.reload();
  await page.getByRole('link', { name: 'Impact', exact: true }).click();
  await page.getByRole('link', { name: 'Impact log' }).click();
  await page.getByRole('button', { name: `Delete entry “${secret.summary}”` }).click();
  await expect(page.getByRole('article', { name: secret.summary })).toBeHidden();

  // A return from this copy, as the partner school's, holds the kept entry but not the deleted evidence.
  await page.getByRole('link', { name: 'Exports', exact: true }).click();
  await page.getByLabel('This copy belongs to').selectOption({ label: partnerSchool.name });
  await page.getByLabel('Period from').fill('01/09/2003');
  await page.getByLabel('Period to').fill('31/08/2004');
  const returnFile = path.join(main.root, 'partner.triadreturn');
  main.nextSavePath = returnFile;
  await page.getByRole('button', { name: 'Export the return' }).click();
  await expect(page.locator('.returns-section').getByText(/^Return saved as partner\.triadreturn: 0 results, 1 impact-log entry, 0 evidence files/)).toBeVisible();
  expect(await readFile(returnFile, 'utf8')).not.toContain('CONFIDENTIAL');

  // A backup for a partner can leave "Recently deleted" out; the deletion is still listed here.
  await page.getByLabel(/Leave out Recently deleted/).check();
  const backupFile = path.join(main.root, 'for partner.triadbackup');
  main.nextSavePath = backupFile;
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-section').getByText('Backup saved as for partner.triadbackup.')).toBeVisible();
  expect(await readFile(backupFile, 'utf8')).not.toContain('CONFIDENTIAL');
  await expect(page.getByRole('table', { name: /Deletions that can still be put back/ })).toContainText(secret.summary);
  await expectAccessible(page, 'Recently deleted');

  // A crafted return: the co-ordinator's own spending record, claimed as the partner's and changed.
  const crafted = await encodeReturn({
    appVersion: '0.2.0', createdAt: '2004-08-01T09:00:00.000Z', triadId: data.triad.id, triadName: data.triad.name,
    schoolId: partnerSchool.id, schoolName: partnerSchool.name, period: { from: '2003-09-01', to: '2004-08-31' },
    tables: { results: [], impactLog: [], evidenceFiles: [], progressUpdates: [], ledgerEntries: [{ ...coordinatorsEntry, schoolId: partnerSchool.id, amountPence: 1 }] },
    baseHashes: {},
  });
  const craftedFile = path.join(main.root, 'crafted.triadreturn');
  await writeFile(craftedFile, crafted);
  const before = await dumpDatabase(page);
  main.nextOpenPaths = [craftedFile];
  await page.getByRole('button', { name: 'Import a partner return' }).click();
  await expect(page.locator('.returns-section').getByRole('alert')).toHaveText(/would change a spending record that is not the school’s own.*Nothing was changed\./);
  expect(await dumpDatabase(page)).toBe(before);
});
