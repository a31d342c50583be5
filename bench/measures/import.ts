import type { Page } from '@playwright/test';
import { longestTaskSince, timeInteractionSpan } from '../probes';
import { median, row, type BenchRow } from '../report';
import { clearDatabase, freshLoad, usedHeapBytes } from './page-tools';
import { serveFiles, stageNextOpen } from './staged-files';
import type { ImportTiming } from '../page/app-modules';

declare global {
  interface Window {
    __benchApp: { importBackup(bytes: Uint8Array): Promise<ImportTiming> };
    __benchBytes?: Uint8Array;
  }
}

const mb = (n: number) => n / 2 ** 20;

/**
 * The full backup import through the app's own code (parseBackupFile, then restoreWithSafetyCopy
 * with the real automatic-backup call), on the bytes of a backup file already read into the page:
 * the same rows as the raw-put baseline, into the same emptied database. Also the longest
 * main-thread task while it ran, and the renderer's JS heap before and after.
 */
export async function measureImport(page: Page, fileBytes: Uint8Array, rawPutMs: number, rounds: number): Promise<BenchRow[]> {
  const heapBefore = await usedHeapBytes(page);
  await page.evaluate((base64) => {
    window.__benchBytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  }, Buffer.from(fileBytes).toString('base64'));
  const timings: ImportTiming[] = [];
  const longest: { longest: number; count: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    await clearDatabase(page);
    const timing = await page.evaluate(() => window.__benchApp.importBackup(window.__benchBytes!));
    timings.push(timing);
    longest.push(await longestTaskSince(page, timing.startedAt, timing.startedAt + timing.totalMs));
  }
  await page.evaluate(() => {
    delete window.__benchBytes;
  });
  const heapAfter = await usedHeapBytes(page);
  const total = median(timings.map((t) => t.totalMs));
  const parse = median(timings.map((t) => t.parseMs));
  const write = median(timings.map((t) => t.writeMs));
  const worst = Math.max(...longest.map((l) => l.longest));
  const over = Math.max(...longest.map((l) => l.count));
  const records = timings[0]!.records;
  console.log(`Import: ${timings.map((t) => `${t.totalMs.toFixed(0)} ms (parse and check ${t.parseMs.toFixed(0)}, write ${t.writeMs.toFixed(0)})`).join('; ')}`);
  return [
    row({
      measure: `Full backup import, ${records.toLocaleString('en-GB')} records (${mb(fileBytes.length).toFixed(1)} MB file)`,
      value: total,
      baseline: rawPutMs,
      unit: 'ms',
      target: 'ratio ≤ 1.3',
      pass: total / rawPutMs <= 1.3,
      note: `median of ${rounds}; read and check ${parse.toFixed(0)} ms, write ${write.toFixed(0)} ms; baseline: raw IndexedDB put of the same rows`,
    }),
    row({
      measure: `Backup import, writing the ${records.toLocaleString('en-GB')} records (restoreSnapshot)`,
      value: write,
      baseline: rawPutMs,
      unit: 'ms',
      target: 'ratio ≤ 1.1',
      pass: write / rawPutMs <= 1.1,
      note: `median of ${rounds}; the write path alone (safety copy of the emptied database, clear, chunked bulk adds, change notices, progress); baseline: raw IndexedDB put of the same rows`,
    }),
    row({
      measure: 'Longest main-thread task during the import',
      value: worst,
      baseline: null,
      unit: 'ms',
      target: 'none > 100 ms',
      pass: worst <= 100,
      note: `${over} task(s) over 100 ms in the worst round`,
    }),
    row({
      measure: 'Renderer JS heap after the import',
      value: mb(heapAfter),
      baseline: mb(heapBefore),
      unit: 'MB',
      target: 'report',
      note: 'after garbage collection; baseline: the same page before the import',
    }),
  ];
}

/**
 * The same restore as a head makes it in Exports → Backups: "Restore from a backup file" (the file
 * chosen in the open dialog), then "Replace all data with this backup" once the check is shown.
 * Times the two waits (the head's reading time between them is not counted), into an emptied
 * database as for the baseline. The file is handed to the page as bytes (staged-files.ts), as
 * Electron's IPC hands it over, so the figures are the app's own part.
 */
export async function measureImportThroughUi(page: Page, distRenderer: string, file: string, rawPutMs: number): Promise<BenchRow[]> {
  await clearDatabase(page);
  await freshLoad(page, '/exports');
  const section = page.getByRole('region', { name: 'Backups' });
  const served = serveFiles(distRenderer, [file]);
  await stageNextOpen(page, served.urls).finally(() => served.cleanUp());
  const check = await timeInteractionSpan(
    page,
    () => section.getByRole('button', { name: 'Restore from a backup file' }).click(),
    `document.querySelector('#backup-check-heading') !== null`,
    180_000,
  );
  const restore = await timeInteractionSpan(
    page,
    () => section.getByRole('button', { name: 'Replace all data with this backup' }).click(),
    `[...document.querySelectorAll('.backup-section [role=status]')].some((e) => (e.textContent ?? '').startsWith('Restored from'))`,
    180_000,
  );
  const checkTasks = await longestTaskSince(page, check.from, check.to);
  const restoreTasks = await longestTaskSince(page, restore.from, restore.to);
  const total = check.ms + restore.ms;
  console.log(`Restore through the UI: open and check ${check.ms.toFixed(0)} ms, replace ${restore.ms.toFixed(0)} ms; longest tasks ${checkTasks.longest.toFixed(0)} and ${restoreTasks.longest.toFixed(0)} ms`);
  return [
    row({
      measure: 'Restore through Exports → Backups (as a person)',
      value: total,
      baseline: rawPutMs,
      unit: 'ms',
      target: 'report',
      note: `open and check ${check.ms.toFixed(0)} ms, replace ${restore.ms.toFixed(0)} ms; longest task ${Math.max(checkTasks.longest, restoreTasks.longest).toFixed(0)} ms; file handed over as bytes (no harness transfer)`,
    }),
  ];
}
