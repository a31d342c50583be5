import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { encodeNetworkFile, type NetworkSheet } from '../../src-renderer/core/network-file';
import { NETWORK_KINDS } from '../../src-renderer/core/network-kinds';
import { nowIso } from '../../src-renderer/core/ids';
import type { TestMain } from '../../src-main/test/harness';
import { row, type BenchRow } from '../report';
import { freshLoad } from './page-tools';
import { serveFiles, stageNextOpen } from './staged-files';

export const DIRECTORY_NETWORKS = 100;
export const DIRECTORY_SCHOOLS = 700;

/**
 * One identification sheet per network, made by the app's own encoder: 100 networks of every
 * kind sharing 700 schools (each network has 7 + a neighbour's school, so schools sit in more
 * than one network as they do in an authority).
 */
export async function writeNetworkSheets(folder: string): Promise<string[]> {
  const files: string[] = [];
  const school = (n: number) => ({ urn: String(2_000_000 + (n % DIRECTORY_SCHOOLS)), name: `Bench Primary School ${(n % DIRECTORY_SCHOOLS) + 1}`, area: `Area ${(n % 12) + 1}` });
  for (let i = 0; i < DIRECTORY_NETWORKS; i++) {
    const sheet: NetworkSheet = {
      networkId: `bench-network-${i + 1}`, name: `Bench Network ${i + 1}`, kind: NETWORK_KINDS[i % NETWORK_KINDS.length]!, localAuthority: 'Lancashire',
      startedYear: 2000 + (i % 5), focus: ['Writing', 'Mathematics', 'Leadership', 'Assessment for learning'][i % 4]!,
      schools: [...Array.from({ length: 7 }, (_, j) => school(i * 7 + j)), school(i * 7 + 7)],
      coLeaders: [{ name: `Co-leader ${i + 1}`, school: `Bench Primary School ${i * 7 + 1}`, role: 'Headteacher', email: `head${i + 1}@example.org`, phone: '01772 000000' }],
      partners: [{ name: 'Edge Hill College', provides: 'Accreditation' }],
      collaborativeWork: 'Shared moderation and joint staff development across the network. '.repeat(4), recentActivity: 'Joint training day.',
      preparedOn: nowIso().slice(0, 10), preparedBy: `Co-leader ${i + 1}`,
    };
    const file = path.join(folder, `network-${String(i + 1).padStart(3, '0')}.triadnetwork`);
    writeFileSync(file, await encodeNetworkFile({ appVersion: 'bench', createdAt: nowIso(), content: { document: 'identification-sheet', sheet } }));
    files.push(file);
  }
  return files;
}

/**
 * The adviser's directory: import 100 sheets chosen at once (click to the directory showing them
 * all), search it (typing a school to the count of matches), and export the booklet (click to the
 * PDF saved). Timed around Playwright's waits, so each figure includes their polling (≤ 100 ms).
 */
export async function measureDirectory(page: Page, main: TestMain, files: string[], distRenderer: string): Promise<BenchRow[]> {
  await freshLoad(page, '/lea');
  const importButton = page.getByRole('button', { name: 'Import network files…' });
  await expect(importButton).toBeEnabled();
  // Handed over as bytes, as Electron's IPC does, so the figure is the app's part (staged-files.ts).
  const served = serveFiles(distRenderer, files);
  await stageNextOpen(page, served.urls).finally(() => served.cleanUp());
  let started = performance.now();
  await importButton.click();
  await expect(page.getByText(`${DIRECTORY_NETWORKS} networks, ${DIRECTORY_SCHOOLS} schools.`)).toBeVisible({ timeout: 180_000 });
  const importMs = performance.now() - started;

  started = performance.now();
  await page.getByLabel('School or URN').fill('Bench Primary School 77');
  await expect(page.getByText(/of 100 networks match\./)).toBeVisible({ timeout: 30_000 });
  const searchMs = performance.now() - started;
  await page.getByLabel('School or URN').fill('');

  main.nextSavePath = path.join(main.root, 'booklet.pdf');
  started = performance.now();
  await page.getByRole('button', { name: 'Export booklet as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved booklet.pdf.' })).toBeVisible({ timeout: 180_000 });
  const bookletMs = performance.now() - started;
  console.log(`Directory: import of ${files.length} sheets ${importMs.toFixed(0)} ms; search ${searchMs.toFixed(0)} ms; booklet PDF ${bookletMs.toFixed(0)} ms`);
  const size = `${DIRECTORY_NETWORKS} networks, ${DIRECTORY_SCHOOLS} schools`;
  return [
    row({ measure: `Directory import of ${files.length} sheets`, value: importMs / 1000, baseline: null, unit: 's', target: 'report', note: `${size}; one run, click to the directory showing every network; files handed over as bytes (no harness transfer)` }),
    row({ measure: 'Directory search by school', value: searchMs, baseline: null, unit: 'ms', target: 'report', note: `${size}; typing a school name to the count of matches` }),
    row({ measure: 'Directory booklet PDF', value: bookletMs / 1000, baseline: null, unit: 's', target: 'report', note: `${size}; click to the PDF saved` }),
  ];
}
