import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { encodeBackup, type BackupTables } from '../../src-renderer/core/backup-format';
import { nowIso } from '../../src-renderer/core/ids';
import type { TriadTables } from '../dataset';
import { timeInteractionSpan } from '../probes';
import { median, row, type BenchRow } from '../report';
import { freshLoad } from './page-tools';
import { serveFiles, stageNextOpen } from './staged-files';
import { profileOnPage } from './profile';

const ROUNDS = 1;

/** One backup file per triad, made by the app's own backup encoder. */
export async function writeTriadFiles(folder: string, triads: TriadTables[]): Promise<string[]> {
  const files: string[] = [];
  for (const [index, tables] of triads.entries()) {
    const file = path.join(folder, `triad-${String(index + 1).padStart(3, '0')}.triadbackup`);
    writeFileSync(file, await encodeBackup({ appVersion: 'bench', createdAt: nowIso(), tables: tables as unknown as BackupTables }));
    files.push(file);
  }
  return files;
}

/**
 * The LEA roll-up of every triad's file, as the link adviser does it: "Open triads' backup files",
 * all of them chosen at once. Timed from the click to the cohort tables showing every triad: the
 * app's own part, with the files handed to the page as bytes (staged-files.ts), as Electron's IPC
 * hands them over, rather than through the test harness's base64.
 */
export async function measureRollup(page: Page, distRenderer: string, files: string[]): Promise<BenchRow> {
  const count = files.length;
  const times: number[] = [];
  const arrived: number[] = [];
  const served = serveFiles(distRenderer, files);
  try {
  for (let round = 0; round < ROUNDS; round++) {
    await freshLoad(page, '/lea/rollup');
    const open = page.getByRole('button', { name: /Open triads’ backup files/ });
    await expect(open).toBeEnabled();
    await stageNextOpen(page, served.urls);
    const span = await timeInteractionSpan(
      page,
      () => open.click(),
      `(document.querySelector('.rollup-files')?.textContent ?? '').startsWith('${count} files open') && [...document.querySelectorAll('main table tbody')].some((b) => b.rows.length >= ${count})`,
      180_000,
      // The progress bar appears once the files have reached the page.
      `document.querySelector('main progress, main [role=progressbar]') !== null`,
    );
    times.push(span.ms);
    if (process.env.BENCH_PROFILE) {
      await freshLoad(page, '/lea/rollup');
      await expect(open).toBeEnabled();
      await stageNextOpen(page, served.urls);
      console.log(
        await profileOnPage(page, 'Roll-up', async () => {
          await open.click();
          await expect(page.locator('.rollup-files')).toContainText(`${count} files open`, { timeout: 180_000 });
        }),
      );
    }
    if (span.midpointMs !== null) arrived.push(span.midpointMs);
  }
  } finally {
    served.cleanUp();
  }
  const value = median(times) / 1000;
  console.log(`Roll-up of ${count} files: ${times.map((t) => t.toFixed(0)).join(', ')} ms; progress shown after ${arrived.map((t) => t.toFixed(0)).join(', ')} ms`);
  return row({
    measure: `Roll-up of ${count} triad files (the app's part)`,
    value,
    baseline: null,
    unit: 's',
    target: '≤ 2 s',
    pass: value <= 2,
    note: `${ROUNDS === 1 ? 'one run' : `median of ${ROUNDS}`}, click to every triad shown, files handed over as bytes (no harness transfer); progress shown after ${arrived.length ? (median(arrived) / 1000).toFixed(2) : '?'} s`,
  });
}
