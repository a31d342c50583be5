import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { Shell } from './pages/shell';
import { seedRecords, seedStandardTriad } from './seed';

test('double-clicking an e-mailed backup offers to restore it, and the open dialog starts at that file', async ({ page, main }) => {
  await openApp(page, '/exports');
  await dismissWelcome(page);
  await seedStandardTriad(page);
  await page.reload();
  const backupFile = path.join(main.root, 'North triad.triadbackup');
  main.nextSavePath = backupFile;
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backup-section').getByText('Backup saved as North triad.triadbackup.')).toBeVisible();

  // The system hands the app the file (double-click): the main process keeps it, the page asks.
  // (In the app an event tells the page at once; here the page asks when it loads.)
  main.services.openedFiles.offer(backupFile);
  await page.goto('/index.html#/');
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  const offer = page.getByRole('region', { name: 'You opened “North triad.triadbackup”' });
  await expect(offer).toBeVisible();
  await expect(offer.getByText('It is a Triad Planner backup. Nothing has been changed yet.')).toBeVisible();
  await expectAccessible(page, 'the opened-file offer');

  main.nextOpenPaths = [backupFile];
  await offer.getByRole('button', { name: 'Restore from this backup…' }).click();
  await expect(offer).toBeHidden();
  await page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  await expect(page.locator('.backup-section').getByText('Restored from North triad.triadbackup.')).toBeVisible();
  const openDialog = main.asked.filter((a) => a.kind === 'open').at(-1)!;
  expect(openDialog.options.defaultPath).toBe(backupFile);
});

test('an area that fails to draw is recorded in the main process’s error log, in its data folder', async ({ page, main }) => {
  const shell = new Shell(page);
  const data = await shell.openWithStandardTriad();
  // A record no form could make (a name that is not text), so the home view cannot draw it.
  await seedRecords(page, { triads: [{ ...data.triad, name: { text: 'not a name' } }] });
  await page.reload();
  await expect(shell.errorPanel()).toContainText('Your data is safe');
  expect(main.services.errorLog.file).toBe(path.join(main.services.dataFolder.root, 'logs', 'errors.log'));
  await expect
    .poll(() => readFile(main.services.errorLog.file, 'utf8').catch(() => ''))
    .toMatch(/\[renderer\] \(\w+\) .*(Objects are not valid as a React child|React error #31)/);
});
