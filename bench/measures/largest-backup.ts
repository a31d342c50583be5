import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { encodeBackup, type BackupTables } from '../../src-renderer/core/backup-format';
import { nowIso } from '../../src-renderer/core/ids';
import type { TriadTables } from '../dataset';
import { row, type BenchRow } from '../report';
import { clearDatabase, usedHeapBytes } from './page-tools';
import { serveFiles } from './staged-files';

const mb = (n: number) => n / 2 ** 20;

/** Every triad's records in one set, as an LEA-wide database would hold them (one record per key). */
function allTriads(triads: TriadTables[]): TriadTables {
  const merged: Record<string, Map<unknown, object>> = {};
  for (const tables of triads) {
    for (const [name, records] of Object.entries(tables)) {
      const byKey = (merged[name] ??= new Map());
      for (const record of records ?? []) byKey.set((record as { id?: unknown; key?: unknown }).id ?? (record as { key?: unknown }).key, record);
    }
  }
  return Object.fromEntries(Object.entries(merged).map(([name, byKey]) => [name, [...byKey.values()]])) as TriadTables;
}

/**
 * The memory figure for the largest practical backup: all 100 triads' records in one file (the
 * app accepts backups up to 300 MB; a whole LEA's programme is the largest a person would make),
 * imported with the app's own code. Reports the renderer's JS heap at its highest while the import
 * ran (sampled every 100 ms through the DevTools protocol, so a peak inside one long task can be
 * missed) and after it, against the page before it.
 */
export async function measureLargestBackup(page: Page, triads: TriadTables[], folder: string, distRenderer: string): Promise<BenchRow[]> {
  const tables = allTriads(triads);
  const records = Object.values(tables).reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const bytes = await encodeBackup({ appVersion: 'bench', createdAt: nowIso(), tables: tables as unknown as BackupTables });
  const file = path.join(folder, 'whole-lea.triadbackup');
  writeFileSync(file, bytes);
  const served = serveFiles(distRenderer, [file]);
  try {
    await clearDatabase(page);
    await page.evaluate(async (url) => {
      window.__benchBytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    }, served.urls[0]!);
    const before = await usedHeapBytes(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = await cdp.send('Performance.getMetrics');
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const timing = await page.evaluate(() => window.__benchApp.importBackup(window.__benchBytes!));
    sampling = false;
    await sampler;
    await cdp.detach();
    await page.evaluate(() => {
      delete window.__benchBytes;
    });
    const after = await usedHeapBytes(page);
    await clearDatabase(page);
    console.log(`Largest backup: ${mb(bytes.length).toFixed(1)} MB, ${records} records; imported in ${timing.totalMs.toFixed(0)} ms (parse and check ${timing.parseMs.toFixed(0)}, write ${timing.writeMs.toFixed(0)}); heap before ${mb(before).toFixed(1)} MB, peak ${mb(peak).toFixed(1)} MB, after ${mb(after).toFixed(1)} MB`);
    return [
      row({
        measure: `Largest practical backup (all 100 triads, ${mb(bytes.length).toFixed(0)} MB, ${records.toLocaleString('en-GB')} records): renderer JS heap at its peak`,
        value: mb(peak),
        baseline: mb(before),
        unit: 'MB',
        target: 'report',
        note: `sampled every 100 ms during the import (${(timing.totalMs / 1000).toFixed(1)} s: parse and check ${(timing.parseMs / 1000).toFixed(1)} s, write ${(timing.writeMs / 1000).toFixed(1)} s); ${mb(after).toFixed(1)} MB after garbage collection; baseline: the page before it; the file limit is 300 MB`,
      }),
    ];
  } finally {
    served.cleanUp();
  }
}
