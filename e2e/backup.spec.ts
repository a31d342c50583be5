import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseBackupFile } from '../src-renderer/core/backup-format';
import { dumpDatabase } from './database-dump';
import { test, expect, openApp, expectAccessible } from './fixtures';
import { seedStandardTriad } from './seed';

async function seeded(page: Page) {
  await openApp(page);
  const data = await seedStandardTriad(page);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  return data;
}

async function goTo(page: Page, area: string) {
  await page.getByRole('link', { name: area, exact: true }).click();
}

async function renameTriad(page: Page, name: string) {
  await goTo(page, 'Triad');
  await page.getByLabel('Triad name').fill(name);
  await page.getByRole('button', { name: 'Save triad details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Triad details saved.' })).toBeVisible();
  await expectTriadName(page, name);
}

async function expectTriadName(page: Page, name: string) {
  await goTo(page, 'Home');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('back up, change data, restore the backup, undo the restore', async ({ page, main }) => {
  await seeded(page);
  await goTo(page, 'Exports');
  const file = path.join(main.root, 'Triad Planner backup.triadbackup');
  main.nextSavePath = file;
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-section').getByText('Backup saved as Triad Planner backup.triadbackup.')).toBeVisible();

  // The saved file is a real backup holding the rows.
  const parsed = await parseBackupFile(new Uint8Array(await readFile(file)));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.backup.tables.triads.map((t) => t.name)).toEqual(['Black Country Triad']);
  expect(parsed.backup.tables.schools).toHaveLength(3);
  expect(parsed.backup.tables.actions).toHaveLength(4);
  await expectAccessible(page, 'Exports with backups');

  await renameTriad(page, 'Renamed Triad');

  // Restore: the file is described before anything is replaced.
  await goTo(page, 'Exports');
  main.nextOpenPaths = [file];
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  const check = page.getByRole('group', { name: 'Check before restoring' });
  await expect(check).toContainText('is a backup of Black Country Triad');
  await expect(check).toContainText('3 schools');
  await expect(check).toContainText('4 actions');
  await expect(check).toContainText('2 priorities');
  await expectAccessible(page, 'the check before restoring');
  await page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  await expect(page.locator('.backup-section').getByText('Restored from Triad Planner backup.triadbackup.')).toBeVisible();
  // The data as it was is kept as an automatic backup.
  await expect(page.getByRole('table', { name: 'Automatic backups' })).toContainText('Before restore');
  await expectTriadName(page, 'Black Country Triad');

  // Undo from the toast puts the changed data back.
  await goTo(page, 'Exports');
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  await page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  // Restoring the same backup again: the name stays the backup's.
  await expectTriadName(page, 'Black Country Triad');
  await goTo(page, 'Exports');
  await expect(page.getByRole('button', { name: 'Undo the last restore' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo the last restore' }).click();
  await expect(page.locator('.backup-section').getByText('was undone')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo the last restore' })).toBeHidden();
  // That undid the second restore: the data is the first restore's.
  await expectTriadName(page, 'Black Country Triad');

  // Restore over the renamed triad and undo from the toast.
  await renameTriad(page, 'Renamed Again');
  await goTo(page, 'Exports');
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  await page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  await expect(page.getByRole('button', { name: 'Undo the last restore' })).toBeVisible();
  const toast = page.locator('.toast').filter({ hasText: 'Restored from Triad Planner backup.triadbackup.' });
  await toast.last().getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.toast').filter({ hasText: 'Undone.' })).toBeVisible();
  await expectTriadName(page, 'Renamed Again');
});

test('an automatic backup can be restored from the list', async ({ page, main }) => {
  await seeded(page);
  await goTo(page, 'Exports');
  main.nextSavePath = path.join(main.root, 'b.triadbackup');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-section').getByText('Backup saved as b.triadbackup.')).toBeVisible();
  main.nextOpenPaths = [main.nextSavePath];
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  await page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  await expect(page.locator('.backup-section').getByText('Restored from b.triadbackup.')).toBeVisible();
  await renameTriad(page, 'Changed Later');
  await goTo(page, 'Exports');
  const row = page.getByRole('row').filter({ hasText: 'Before restore' });
  await expect(row.getByRole('cell').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expectAccessible(page, 'the list of automatic backups');
  await row.getByRole('button', { name: /^Restore the automatic backup of / }).click();
  await expect(page.getByRole('group', { name: 'Check before restoring' })).toContainText('Black Country Triad');
  await page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  await expectTriadName(page, 'Black Country Triad');
});

test('the File menu’s Back up and Restore land on the right action', async ({ page, main }) => {
  await seeded(page);
  const file = path.join(main.root, 'menu.triadbackup');
  main.nextSavePath = file;
  await openApp(page, '/exports?action=backup');
  await expect(page.locator('.backup-section').getByText('Backup saved as menu.triadbackup.')).toBeVisible();
  expect((await parseBackupFile(new Uint8Array(await readFile(file)))).ok).toBe(true);
  main.nextOpenPaths = [file];
  await openApp(page, '/exports?action=restore');
  await expect(page.getByRole('group', { name: 'Check before restoring' })).toBeVisible();
});

test('a truncated file, a file that is not a backup and a huge file get clear messages and change nothing', async ({ page, main }) => {
  await seeded(page);
  await goTo(page, 'Exports');
  const good = path.join(main.root, 'good.triadbackup');
  main.nextSavePath = good;
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-section').getByText('Backup saved as good.triadbackup.')).toBeVisible();
  const bytes = await readFile(good);
  const truncated = path.join(main.root, 'truncated.triadbackup');
  await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  const huge = path.join(main.root, 'huge.triadbackup');
  await writeFile(huge, '');
  await truncate(huge, 301 * 1024 * 1024); // sparse: takes no disk space
  const notBackup = path.resolve('e2e/data/ks2/ks2-meta-2018-19.csv');

  const before = await dumpDatabase(page);
  const cases: [string, RegExp][] = [
    [truncated, /This backup file is incomplete: it ends part-way through/],
    [notBackup, /This file is not a Triad Planner backup/],
    [huge, /huge\.triadbackup is 301 MB, larger than the 300 MB this app accepts here\. Nothing was read\./],
  ];
  for (const [file, message] of cases) {
    main.nextOpenPaths = [file];
    await page.getByRole('button', { name: 'Restore from a backup file' }).click();
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('group', { name: 'Check before restoring' })).toBeHidden();
  }
  await expectAccessible(page, 'a refused backup file');
  expect(await dumpDatabase(page)).toBe(before);
  expect(await main.handlers.listAutoBackups(undefined)).toEqual([]);
});

test('an automatic backup is written when data has changed, at most every 15 minutes', async ({ page, main }) => {
  await page.clock.install();
  await seeded(page);
  const list = () => main.handlers.listAutoBackups(undefined);
  const count = async () => (await list()).length;
  // No change: nothing is written however long the app is open.
  await page.clock.fastForward('20:00');
  await page.waitForTimeout(500);
  expect(await count()).toBe(0);
  // A change after a quiet spell is backed up at the next check (every 30 seconds).
  await renameTriad(page, 'First change');
  await page.clock.fastForward('00:31');
  await expect.poll(count).toBe(1);
  // Another change soon after waits until 15 minutes after that backup.
  await renameTriad(page, 'Second change');
  await page.clock.fastForward('05:00');
  await page.waitForTimeout(500);
  expect(await count()).toBe(1);
  await page.clock.fastForward('10:30');
  await expect.poll(count).toBe(2);
  const newest = (await list())[0]!;
  expect(newest.reason).toBe('data changed');
  const parsed = await parseBackupFile((await main.handlers.readAutoBackup({ id: newest.id })).bytes);
  expect(parsed.ok && parsed.backup.tables.triads[0]!.name).toBe('Second change');
  // Nothing more changed: no further backups.
  await page.clock.fastForward('30:00');
  await page.waitForTimeout(500);
  expect(await count()).toBe(2);
});

/** Ledger entries stored, read straight from IndexedDB. */
async function ledgerCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onsuccess = () => {
          const count = request.result.transaction('ledgerEntries', 'readonly').objectStore('ledgerEntries').count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

test('restore, three imports, then undo the restore: a warning, a safety copy, and the work from before is back', async ({ page, main }) => {
  await seeded(page);
  await goTo(page, 'Exports');
  const file = path.join(main.root, 'before.triadbackup');
  main.nextSavePath = file;
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-section').getByText('Backup saved as before.triadbackup.')).toBeVisible();
  await renameTriad(page, 'Work Before Restore');
  await goTo(page, 'Exports');
  main.nextOpenPaths = [file];
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  await page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  await expectTriadName(page, 'Black Country Triad');

  // Three imports, each with its own safety copy; the first is double-clicked and imports once.
  const csv = path.join(main.root, 'finance.csv');
  await writeFile(csv, 'Transaction Date,Supplier,Details,Net,Cost centre,Invoice No\r\n15/10/2003,Sandwell Supply Agency,Cover,125.00,Supply cover,INV-1\r\n');
  await openApp(page, '/budget/import');
  for (let n = 1; n <= 3; n += 1) {
    main.nextOpenPaths = [csv];
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
    const importButton = page.getByRole('button', { name: 'Check and import 1 rows' });
    if (n === 1) await importButton.dblclick();
    else await importButton.click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 ledger entry from finance.csv.' }).first()).toBeVisible();
    await expect.poll(() => ledgerCount(page)).toBe(n);
  }
  expect(await ledgerCount(page)).toBe(3);

  // Undo: told first what will be lost; the data as it is now is kept as a safety copy.
  await openApp(page, '/exports');
  await page.getByRole('button', { name: 'Undo the last restore' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Undo the restore?' });
  await expect(warning).toContainText(/Changes made since \d{2}:\d{2} will be undone too/);
  await expectAccessible(page, 'the warning before undoing a restore');
  await warning.getByRole('button', { name: 'Undo the restore and those changes' }).click();
  await expect(page.locator('.backup-section').getByText('was undone')).toBeVisible();
  await expectTriadName(page, 'Work Before Restore');
  expect(await ledgerCount(page)).toBe(0);
  const reasons = (await main.services.backups.list()).map((b) => b.reason);
  expect(reasons).toContain('before restore');
  expect(reasons).toContain('before undo restore');
  expect(reasons.filter((r) => r === 'before ledger import')).toHaveLength(3);
});
