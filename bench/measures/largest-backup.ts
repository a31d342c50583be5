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

/**
 * The home triad grown as a busy triad's database would grow: its ledger and impact log copied
 * `times` over, with new ids (a copy of the app holds one triad, so a bigger backup is a busier
 * triad, not more triads).
 */
function busierTriad(home: TriadTables, times: number): TriadTables {
  const grown: TriadTables = { ...home };
  for (const table of ['ledgerEntries', 'impactLog'] as const) {
    const records = home[table] ?? [];
    grown[table] = Array.from({ length: times }, (_, copy) => records.map((record) => (copy === 0 ? record : { ...record, id: `${record.id}-copy-${copy}` }))).flat();
  }
  return grown;
}

/**
 * The memory figure for the largest practical backup: the home triad with five times its ledger
 * (50,000 entries) and impact log (25,000 entries), which is more than a triad records in three
 * years (the app accepts backups up to 300 MB), imported with the app's own code. Reports the renderer's JS heap at its highest while the import
 * ran (sampled every 100 ms through the DevTools protocol, so a peak inside one long task can be
 * missed) and after it, against the page before it.
 */
export async function measureLargestBackup(page: Page, home: TriadTables, folder: string, distRenderer: string): Promise<BenchRow[]> {
  const tables = busierTriad(home, 5);
  const records = Object.values(tables).reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const bytes = await encodeBackup({ appVersion: 'bench', createdAt: nowIso(), tables: tables as unknown as BackupTables });
  const file = path.join(folder, 'busiest-triad.triadbackup');
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
        const sample = await cdp.send('Performance.getMetrics').catch(() => null);
        if (!sample) break;
        peak = Math.max(peak, sample.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const timing = await page.evaluate(() => window.__benchApp.importBackup(window.__benchBytes!)).finally(async () => {
      sampling = false;
      await sampler;
    });
    await cdp.detach();
    await page.evaluate(() => {
      delete window.__benchBytes;
    });
    const after = await usedHeapBytes(page);
    await clearDatabase(page);
    console.log(`Largest backup: ${mb(bytes.length).toFixed(1)} MB, ${records} records; imported in ${timing.totalMs.toFixed(0)} ms (parse and check ${timing.parseMs.toFixed(0)}, write ${timing.writeMs.toFixed(0)}); heap before ${mb(before).toFixed(1)} MB, peak ${mb(peak).toFixed(1)} MB, after ${mb(after).toFixed(1)} MB`);
    return [
      row({
        measure: `Largest practical backup (one busy triad, ${mb(bytes.length).toFixed(0)} MB, ${records.toLocaleString('en-GB')} records): renderer JS heap at its peak`,
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
