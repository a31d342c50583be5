import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeBackup, type BackupTables } from '../src-renderer/core/backup-format';
import type { LedgerEntry, Measure, Result, School, Triad } from '../src-renderer/core/model';
import { RECORD_TABLES } from '../src-renderer/core/record-schemas';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';

const at = '2004-09-01T09:00:00.000Z';

interface TriadFigures {
  name: string;
  cohort: string;
  programmeYears: number;
  /** Each school's KS2 English level 4+ in 2003 (baseline) and 2004. */
  schools: [string, number, number][];
  paymentsPence: number[];
  openCommitmentPence?: number;
  thresholdKind?: Triad['thresholdKind'];
}

/** A triad's backup file, written the way the app writes one, with known figures. */
async function triadBackup(figures: TriadFigures): Promise<Uint8Array> {
  const triadId = randomUUID();
  const measure: Measure = {
    id: randomUUID(), createdAt: at, updatedAt: at, triadId, name: 'KS2 English level 4+', unit: 'percent', higherIsBetter: true,
    sourceColumn: 'PTENGL4', derivedFrom: null, order: 1,
  };
  const triad: Triad = {
    id: triadId, createdAt: at, updatedAt: at, name: figures.name, localAuthority: 'Sandwell', cohort: figures.cohort, firstYear: 2003,
    programmeYears: figures.programmeYears, annualAllocationPence: 5_000_000, focus: 'Writing', baselineYear: 2003,
    headlineMeasureId: measure.id, improvementThreshold: 15, thresholdKind: figures.thresholdKind ?? 'percentage-points',
  };
  const schools: School[] = figures.schools.map(([name], i) => ({
    id: randomUUID(), createdAt: at, updatedAt: at, triadId, role: i === 0 ? 'coordinating' : 'partner', name, urn: String(100000 + i),
    dfeNumber: '', phase: 'Primary', address: '', postcode: '', headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '',
    interventionCategory: 'none',
  }));
  const results: Result[] = figures.schools.flatMap(([, baseline, latest], i) =>
    [[2003, baseline], [2004, latest]].map(([year, value]) => ({
      id: randomUUID(), createdAt: at, updatedAt: at, triadId, schoolId: schools[i]!.id, measureId: measure.id, year: year!, value: value!,
      source: 'manual' as const, note: '',
    })),
  );
  const lineId = randomUUID();
  const ledger = (kind: LedgerEntry['kind'], amountPence: number): LedgerEntry => ({
    id: randomUUID(), createdAt: at, updatedAt: at, triadId, year: 2003, kind, date: '2004-02-02', payee: 'Supply agency', description: '',
    amountPence, budgetLineId: lineId, actionId: null, schoolId: null, reference: '', status: kind === 'payment' ? 'paid' : 'open',
    commitmentId: null, evidenceFileId: null, overrideReason: '',
  });
  const ledgerEntries = [...figures.paymentsPence.map((p) => ledger('payment', p)), ...(figures.openCommitmentPence ? [ledger('commitment', figures.openCommitmentPence)] : [])];
  const tables = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as BackupTables;
  Object.assign(tables, {
    triads: [triad], schools, measures: [measure], results, ledgerEntries,
    budgetLines: [{ id: lineId, createdAt: at, updatedAt: at, triadId, name: 'Supply cover', order: 1, archived: false }],
  });
  return encodeBackup({ appVersion: '0.1.0', createdAt: at, tables });
}

test('the link adviser opens three triads’ backups read-only and sees the cohort figures', async ({ page, main }) => {
  const files = {
    'oldbury.triadbackup': await triadBackup({
      name: 'Oldbury Triad', cohort: 'Cohort 1', programmeYears: 3, paymentsPence: [1_234_567],
      schools: [['Oldbury Primary', 60, 80], ['Langley Junior', 70, 72], ['Causeway Green Primary', 55, 50]],
    }),
    'tipton.triadbackup': await triadBackup({
      name: 'Tipton Triad', cohort: 'Cohort 1', programmeYears: 2, paymentsPence: [4_000_000], openCommitmentPence: 500_000,
      schools: [['Tipton St John', 40, 58], ['Great Bridge Primary', 65, 66], ['Burnt Tree Primary', 50, 50]],
    }),
    'wednesbury.triadbackup': await triadBackup({
      name: 'Wednesbury Triad', cohort: 'Cohort 2', programmeYears: 3, paymentsPence: [], thresholdKind: 'relative-percent',
      // +16 is above the threshold; +15 exactly is improved but not *more than* 15 points.
      schools: [['Wednesbury Oak', 30, 46], ['Old Park Primary', 80, 95], ['Mesty Croft Primary', 45, 60]],
    }),
    'register.csv': new TextEncoder().encode('URN,EstablishmentName\n103905,Hargate Primary School\n'),
  };
  const paths = Object.entries(files).map(([name, bytes]) => {
    const file = path.join(main.root, name);
    writeFileSync(file, bytes);
    return file;
  });

  await openApp(page);
  await dismissWelcome(page);
  // The roll-up lives in the LEA adviser's workspace, as one of its tabs.
  await page.getByRole('link', { name: 'LEA adviser', exact: true }).click();
  await page.getByRole('link', { name: 'Triads roll-up', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No files open' })).toBeVisible();
  await expectAccessible(page, 'roll-up before opening files');
  main.nextOpenPaths = paths;
  await page.getByRole('button', { name: 'Open triads’ backup files…' }).click();

  // The file that is not a backup is named; the three backups still open.
  await expect(page.getByRole('alert')).toContainText('One file was not included');
  await expect(page.getByRole('alert')).toContainText('register.csv: This file is not a Triad Planner backup.');
  await expect(page.getByText('3 files open: oldbury.triadbackup, tipton.triadbackup, wednesbury.triadbackup.')).toBeVisible();

  const money = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Allocation' }) });
  await expect(money.getByRole('row', { name: /Oldbury Triad/ })).toContainText('£150,000.00£0.00£12,345.67£137,654.33');
  await expect(money.getByRole('row', { name: /Tipton Triad/ })).toContainText('£100,000.00£5,000.00£40,000.00£55,000.00');
  await expect(money.getByRole('row', { name: /Wednesbury Triad/ })).toContainText('£150,000.00£0.00£0.00£150,000.00');

  const schools = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Headline measure' }) });
  await expect(schools.getByRole('row', { name: /Causeway Green Primary/ })).toContainText('55 (2003)50 (2004)−5 points−9.1%No');
  await expect(schools.getByRole('row', { name: /Old Park Primary/ })).toContainText('+15 points+18.8%Yes');
  await expect(schools.getByRole('row', { name: /Wednesbury Oak/ })).toContainText('Yes, by more than the threshold');

  const shares = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Improved on baseline' }) });
  await expect(shares.getByRole('columnheader', { name: 'Improved by more than 15 percentage points' })).toBeVisible();
  await expect(shares.getByRole('row', { name: /Cohort 1/ })).toContainText('Cohort 126666.7% (4)33.3% (2)');
  await expect(shares.getByRole('row', { name: /Cohort 2/ })).toContainText('Cohort 2133100% (3)33.3% (1)');
  await expect(shares.getByRole('row', { name: /All cohorts/ })).toContainText('All cohorts39977.8% (7)33.3% (3)');
  await expectAccessible(page, 'roll-up with three triads');

  // The files disagree on the threshold: the roll-up says so and which reading it shows.
  const settings = page.getByRole('status', { name: 'Threshold settings in the files' });
  await expect(settings).toContainText(
    'The files disagree on the improvement threshold: Oldbury Triad and Tipton Triad: more than 15 percentage points; Wednesbury Triad: more than 15% relative improvement. The roll-up started from more than 15 percentage points, the reading most triads use',
  );
  await expect(settings).toContainText('Showing: more than 15 percentage points.');
  // "15%" and "15 points" are both understood; the tables stay.
  await page.getByLabel('Threshold', { exact: true }).fill('15%');
  await expect(shares.getByRole('row', { name: /All cohorts/ })).toContainText('77.8% (7)33.3% (3)');
  await page.getByLabel('Threshold', { exact: true }).fill('15 points');
  await expect(settings).toContainText('Showing: more than 15 percentage points.');
  await expect(shares.getByRole('row', { name: /All cohorts/ })).toContainText('77.8% (7)33.3% (3)');
  await page.getByLabel('Threshold', { exact: true }).fill('15');

  // The threshold kind is the adviser's choice, and the table says which.
  await page.getByLabel('Measured as').selectOption({ label: 'Relative change (% of the baseline)' });
  await expect(settings).toContainText('Showing: more than 15% relative improvement.');
  await expect(shares.getByRole('columnheader', { name: 'Improved by more than 15% relative improvement' })).toBeVisible();
  // 80 → 95 is 15 points but 18.8% of its baseline; 45 → 60 is 33.3%.
  await expect(shares.getByRole('row', { name: /All cohorts/ })).toContainText('77.8% (7)55.6% (5)');
  await page.getByLabel('Measured as').selectOption({ label: 'Percentage points' });

  // Nothing was written into this copy's own database.
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onsuccess = () => {
          const count = request.result.transaction('triads', 'readonly').objectStore('triads').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(stored).toBe(0);

  // CSV: UTF-8 with a byte-order mark, read back.
  const csvPath = path.join(main.root, 'rollup.csv');
  main.nextSavePath = csvPath;
  await page.getByRole('button', { name: 'Export roll-up as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved rollup.csv.' })).toBeVisible();
  const bytes = readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv).toContain('Cohort 1,Oldbury Triad,Sandwell,150000.00,0.00,12345.67,137654.33');
  expect(csv).toContain('Cohort 1,Tipton Triad,Sandwell,100000.00,5000.00,40000.00,55000.00');
  expect(csv).toContain('Cohort 2,Wednesbury Triad,Wednesbury Oak,Co-ordinating,KS2 English level 4+,2003,30,2004,46,16,53.33,Yes,Yes');
  expect(csv).toContain('All cohorts,3,9,9,7,77.8,3,33.3');

  // PDF: the print window reads the roll-up left for it in the settings table.
  const pdfPath = path.join(main.root, 'rollup.pdf');
  main.nextSavePath = pdfPath;
  await page.getByRole('button', { name: 'Export roll-up as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved rollup.pdf.' })).toBeVisible({ timeout: 45_000 });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('LEA roll-up: 3 triads, 9 schools');
  expect(text).toMatch(/All cohorts \(LEA total\)\s+3\s+9\s+9\s+77\.8% \(7\)\s+33\.3% \(3\)/);
  expect(text).toMatch(/Tipton Triad\s+£100,000\.00\s+£5,000\.00\s+£40,000\.00\s+£55,000\.00/);
  expect(text).toContain('Page 1 of');
  // Landscape A4: 842 × 595 points.
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+84\d\.\d+ x 595\.\d+ pts \(A4\)/);
});

test('forty triads’ files open at once and add up', async ({ page, main }) => {
  const paths: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const file = path.join(main.root, `triad-${String(i + 1).padStart(2, '0')}.triadbackup`);
    writeFileSync(file, await triadBackup({ name: `Triad ${i + 1}`, cohort: `Cohort ${(i % 2) + 1}`, programmeYears: 3, paymentsPence: [100], schools: [['A', 50, 60], ['B', 50, 40], ['C', 50, 70]] }));
    paths.push(file);
  }
  await openApp(page, '/lea/rollup');
  main.nextOpenPaths = paths;
  await page.getByRole('button', { name: 'Open triads’ backup files…' }).click();
  await expect(page.getByText('40 files open:')).toBeVisible({ timeout: 30_000 });
  const shares = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Improved on baseline' }) });
  await expect(shares.getByRole('row', { name: /All cohorts/ })).toContainText('All cohorts4012012066.7% (80)33.3% (40)');
});
