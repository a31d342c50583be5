import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedRecords, seedStandardTriad, type StandardTriad } from './seed';

/** Opens the app, seeds the standard triad and its draft plan, and reloads at a route. */
async function withTriad(page: Page, route: string): Promise<StandardTriad> {
  await openApp(page, '/');
  await dismissWelcome(page);
  const seeded = await seedStandardTriad(page);
  await page.goto(`/index.html#${route}`);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  return seeded;
}

/** The seeded programme ran 2003–06; today is long after it, so the head picks its first year. */
async function chooseFirstYear(page: Page): Promise<void> {
  await page.getByLabel('Programme year').selectOption({ label: 'Year 1 (2003/04)' });
}

/** A headline figure as the head reads it, e.g. "Remaining" → "£46,500.00". */
function figure(page: Page, label: string) {
  return page.locator('.budget-figures > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

function penceOf(pounds: string): number {
  const [whole, fraction = '00'] = pounds.replace(/[£,]/g, '').split('.');
  return Number(whole) * 100 + Math.sign(Number(whole) || 1) * Number(fraction.padEnd(2, '0'));
}

async function storedCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onsuccess = () => {
          const count = request.result.transaction(name, 'readonly').objectStore(name).count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
        request.onerror = () => reject(request.error);
      }),
    table,
  );
}

test('the head sets the allocation, allocates, records commitments and payments, passes an overspend warning and exports the CSV', async ({ page, main }) => {
  // A long journey through four views with five accessibility checks: give it room on a busy machine.
  test.setTimeout(180_000);
  const seeded = await withTriad(page, '/budget/setup');
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation and budget lines' })).toBeVisible();
  await expectAccessible(page, 'budget allocation and lines');
  await chooseFirstYear(page);

  // The year's allocation: the default is the triad's £50,000; this year it is £48,000.
  const allocation = page.getByLabel('Allocation for this year (£)');
  await expect(allocation).toHaveValue('50000.00');
  await allocation.fill('48,000');
  await page.getByRole('button', { name: 'Save allocation' }).click();
  await expect(page.getByText('Available this year: £48,000.00')).toBeVisible();

  // The default lines are there; add one of the head's own.
  await expect(page.getByLabel('Name of Higher-education partnership and accreditation')).toBeVisible();
  await page.getByLabel('New budget line').fill('Residential visits');
  await page.getByRole('button', { name: 'Add budget line' }).click();
  await expect(page.getByLabel('Name of Residential visits')).toBeVisible();

  // Allocations across a line, an action and a school.
  const allocationForm = page.getByRole('form', { name: 'Add an allocation' });
  await allocationForm.getByLabel('Amount (£)').fill('20000');
  await allocationForm.getByLabel('Budget line', { exact: true }).selectOption({ label: 'Supply cover' });
  await allocationForm.getByLabel('Plan action').selectOption({ label: seeded.actions[0]!.title });
  await allocationForm.getByLabel('School').selectOption({ label: 'Hamstead Junior School' });
  await allocationForm.getByRole('button', { name: 'Add allocation' }).click();
  await expect(page.getByText('Allocated £20,000.00 of £48,000.00; £28,000.00 not yet allocated.')).toBeVisible();

  // Going past the year's money is a warning the head can pass only with a reason.
  await allocationForm.getByLabel('Amount (£)').fill('30000');
  await allocationForm.getByLabel('Budget line', { exact: true }).selectOption({ label: 'CPD and training' });
  await allocationForm.getByRole('button', { name: 'Add allocation' }).click();
  await expect(allocationForm.getByRole('alert')).toContainText('This would allocate £2,000.00 more than the £48,000.00 available.');
  await allocationForm.getByRole('button', { name: 'Allocate anyway' }).click();
  await expect(allocationForm.getByText('Give a reason of at least a few words')).toBeVisible();
  await allocationForm.getByLabel('Reason for going ahead').fill('Governors expect the carry-forward from the LEA');
  await allocationForm.getByRole('button', { name: 'Allocate anyway' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Over-allocated' })).toContainText('allocations exceed the money available by £2,000.00');
  await expect(page.getByRole('cell', { name: 'Governors expect the carry-forward from the LEA' })).toBeVisible();

  // The ledger: an order placed, then paid.
  await page.getByRole('navigation', { name: 'Budget' }).getByRole('link', { name: 'Ledger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledger' })).toBeVisible();
  await expect(figure(page, 'Remaining')).toHaveText('£48,000.00');
  const entryForm = page.getByRole('form', { name: 'Record a commitment or payment' });
  await entryForm.getByLabel('Date', { exact: true }).fill('15/10/2003');
  await entryForm.getByLabel('Amount (£)').fill('1,500.00');
  await entryForm.getByLabel('Payee').fill('Sandwell Supply Agency');
  await entryForm.getByLabel('Reference').fill('PO-1001');
  await entryForm.getByLabel('Description').fill('Cover for writing moderation');
  await entryForm.getByLabel('Budget line').selectOption({ label: 'Supply cover' });
  await entryForm.getByLabel('Plan action').selectOption({ label: `${seeded.actions[0]!.title} (2003/04)` });
  await entryForm.getByLabel('School').selectOption({ label: 'Hargate Primary School' });
  await entryForm.getByRole('button', { name: 'Record commitment' }).click();
  await expect(figure(page, 'Committed')).toHaveText('£1,500.00');
  await expect(figure(page, 'Remaining')).toHaveText('£46,500.00');
  await expectAccessible(page, 'budget ledger');

  await page.getByRole('button', { name: 'Mark Sandwell Supply Agency 15/10/2003 as paid' }).click();
  await page.getByLabel('Date paid').fill('30/10/2003');
  await page.getByRole('button', { name: 'Record payment' }).click();
  await expect(figure(page, 'Committed')).toHaveText('£0.00');
  await expect(figure(page, 'Spent')).toHaveText('£1,500.00');
  await expect(figure(page, 'Remaining')).toHaveText('£46,500.00');

  // A payment, then one that overspends the year: the warning, a reason, and on it goes.
  await entryForm.getByLabel('Payment').check();
  await entryForm.getByLabel('Date', { exact: true }).fill('12/11/2003');
  await entryForm.getByLabel('Amount (£)').fill('2000');
  await entryForm.getByLabel('Payee').fill('University of Wolverhampton');
  await entryForm.getByLabel('Budget line').selectOption({ label: 'Higher-education partnership and accreditation' });
  await entryForm.getByRole('button', { name: 'Record payment' }).click();
  await expect(figure(page, 'Remaining')).toHaveText('£44,500.00');

  await entryForm.getByLabel('Payment').check();
  await entryForm.getByLabel('Date', { exact: true }).fill('20/01/2004');
  await entryForm.getByLabel('Amount (£)').fill('45000');
  await entryForm.getByLabel('Payee').fill('Dudley Conference Centre');
  await entryForm.getByLabel('Budget line').selectOption({ label: 'Meetings and events' });
  await entryForm.getByRole('button', { name: 'Record payment' }).click();
  const warning = entryForm.getByRole('alert');
  await expect(warning).toContainText("This would overspend the year's budget by £500.00 (£44,500.00 is left).");
  await expect(figure(page, 'Remaining')).toHaveText('£44,500.00');
  await warning.getByLabel('Reason for going ahead').fill('Agreed at the heads meeting: the LEA tops up in March');
  await warning.getByRole('button', { name: 'Record anyway' }).click();
  await expect(figure(page, 'Remaining')).toHaveText('-£500.00');
  await expect(figure(page, 'Spent')).toHaveText('£48,500.00');

  // Export the ledger and read the file back: it opens in a spreadsheet and its totals match the screen.
  const ledgerPath = path.join(main.root, 'ledger.csv');
  main.nextSavePath = ledgerPath;
  await page.getByRole('button', { name: 'Export these entries as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ledger saved as ledger.csv.' })).toBeVisible();
  const bytes = await readFile(ledgerPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text).toContain('\r\n');
  const all = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  // One row per commitment (its payment folded in), each other payment, then a totals row.
  const rows = all.filter((r) => r['Type'] !== 'Total');
  expect(rows).toHaveLength(3);
  const csvSpent = rows.reduce((total, r) => total + penceOf(r['Spent (£)']!), 0);
  expect(csvSpent).toBe(penceOf((await figure(page, 'Spent').textContent())!));
  expect(penceOf(all.find((r) => r['Type'] === 'Total')!['Spent (£)']!)).toBe(csvSpent);
  expect(rows.map((r) => r['Date']).sort()).toEqual(['12/11/2003', '15/10/2003', '20/01/2004']);
  expect(rows.find((r) => r['Payee'] === 'Sandwell Supply Agency')).toMatchObject({ Type: 'Commitment', Status: 'Paid', 'Spent (£)': '1500.00', 'Payments against it': '30/10/2003 1500.00' });
  expect(rows.find((r) => r['Payee'] === 'Dudley Conference Centre')).toMatchObject({
    'Amount (£)': '45000.00',
    'Budget line': 'Meetings and events',
    'Reason for going past a warning': 'Agreed at the heads meeting: the LEA tops up in March',
  });

  // The overview: the figures by line, school and action, the chart and the forecast.
  await page.getByRole('navigation', { name: 'Budget' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
  await expect(page.getByText('Showing academic year 2003/04 (01/09/2003 to 31/08/2004).')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Overspent' })).toContainText('by £500.00');
  const byLine = page.getByRole('table', { name: /^By budget line/ });
  await expect(byLine.getByRole('row', { name: /^Supply cover/ })).toContainText('£20,000.00£0.00£1,500.00£18,500.00');
  await expect(byLine.getByRole('row', { name: /^Total/ })).toContainText('£50,000.00£0.00£48,500.00-£500.00');
  await expect(page.getByRole('table', { name: /^By school/ }).getByRole('row', { name: /^Hargate Primary School/ })).toContainText('£1,500.00');
  await expect(page.locator('.spend-profile svg').first()).toBeVisible();
  await page.getByText('Show the monthly figures as a table').click();
  await expect(page.getByRole('row', { name: /^Jan 2004/ })).toContainText('£45,000.00');
  await expect(page.getByRole('heading', { name: 'Forecast year-end position' })).toBeVisible();
  await expectAccessible(page, 'budget overview');

  const summaryPath = path.join(main.root, 'summary.csv');
  main.nextSavePath = summaryPath;
  await page.getByRole('button', { name: 'Export summary as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Budget summary saved as summary.csv.' })).toBeVisible();
  const summaryRows = Papa.parse<Record<string, string>>((await readFile(summaryPath, 'utf8')).slice(1), { header: true, skipEmptyLines: true }).data;
  expect(summaryRows[0]).toMatchObject({ Period: 'academic year 2003/04 (01/09/2003 to 31/08/2004)', Breakdown: 'Total', 'Spent (£)': '48500.00', 'Remaining (£)': '-500.00' });

  // The financial-year view says so, and shows only what is dated in it.
  await page.getByLabel('Financial year (April to March)').check();
  await page.getByLabel('Financial year', { exact: true }).selectOption({ label: '2003-04' });
  await expect(page.getByText('Showing financial year 2003-04 (01/04/2003 to 31/03/2004).')).toBeVisible();
  await expect(figure(page, 'Spent')).toHaveText('£48,500.00');
  await page.getByLabel('Financial year', { exact: true }).selectOption({ label: '2004-05' });
  await expect(figure(page, 'Spent')).toHaveText('£0.00');

  // It all survives a restart.
  await page.reload();
  await chooseFirstYear(page);
  await expect(figure(page, 'Remaining')).toHaveText('-£500.00');
});

test('a commitment gets its invoice attached, and a deleted entry comes back with undo', async ({ page, main }) => {
  await withTriad(page, '/budget/ledger');
  await chooseFirstYear(page);
  const entryForm = page.getByRole('form', { name: 'Record a commitment or payment' });
  await entryForm.getByLabel('Date', { exact: true }).fill('01/12/2003');
  await entryForm.getByLabel('Amount (£)').fill('-50');
  await entryForm.getByLabel('Payee').fill('Smith & Sons, Booksellers');
  await entryForm.getByRole('button', { name: 'Record commitment' }).click();
  await expect(entryForm.getByText('The amount cannot be negative.').last()).toBeVisible();
  await expect(entryForm.getByText('Choose a budget line.').last()).toBeVisible();
  expect(await storedCount(page, 'ledgerEntries')).toBe(0);
  await entryForm.getByLabel('Amount (£)').fill('250.50');
  await entryForm.getByLabel('Budget line').selectOption({ label: 'Resources and ICT' });
  await entryForm.getByRole('button', { name: 'Record commitment' }).click();
  await expect(figure(page, 'Committed')).toHaveText('£250.50');

  const invoice = path.join(main.root, 'invoice.pdf');
  await writeFile(invoice, '%PDF-1.4 invoice');
  main.nextOpenPaths = [invoice];
  await page.getByRole('button', { name: 'Attach evidence to Smith & Sons, Booksellers 01/12/2003' }).click();
  await expect(page.getByRole('button', { name: 'Open evidence for Smith & Sons, Booksellers 01/12/2003' })).toBeVisible();
  expect(await storedCount(page, 'evidenceFiles')).toBe(1);
  await page.getByRole('button', { name: 'Open evidence for Smith & Sons, Booksellers 01/12/2003' }).click();

  await page.getByRole('button', { name: 'Delete Smith & Sons, Booksellers 01/12/2003' }).click();
  await expect(figure(page, 'Committed')).toHaveText('£0.00');
  expect(await storedCount(page, 'evidenceFiles')).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(figure(page, 'Committed')).toHaveText('£250.50');
  expect(await storedCount(page, 'evidenceFiles')).toBe(1);
});

test('a CSV from the finance system with one bad row imports nothing and names the row', async ({ page, main }) => {
  await withTriad(page, '/budget/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import from a finance system' })).toBeVisible();
  await expectAccessible(page, 'budget import');
  const header = 'Transaction Date,Supplier,Details,Net,Cost centre,Invoice No';
  const bad = path.join(main.root, 'finance-bad.csv');
  await writeFile(
    bad,
    '\uFEFF' +
      [
        header,
        '15/10/2003,Sandwell Supply Agency,Cover,"1,250.00",Supply cover,INV-1',
        '03/11/2003,Edge Hill University,Accreditation,12.345,Higher-education partnership and accreditation,INV-2',
        '10/11/2003,Hargate Stationers,Paper,99.99,Resources and ICT,INV-3',
      ].join('\r\n'),
  );
  main.nextOpenPaths = [bad];
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await expect(page.getByRole('heading', { name: 'Match the columns of finance-bad.csv' })).toBeVisible();
  // The columns were matched from their names; the head can see and change each.
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('3');
  await expect(page.getByRole('table', { name: /rows as they will be read/ })).toContainText('Edge Hill University');
  await expectAccessible(page, 'budget import preview');
  await page.getByRole('button', { name: 'Check and import 3 rows' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(problems).toContainText('Row 3, Amount: "12.345" has more than two decimal places.');
  expect(await storedCount(page, 'ledgerEntries')).toBe(0);

  // A file with the wrong columns is refused the same way.
  const wrong = path.join(main.root, 'wrong.csv');
  await writeFile(wrong, 'Name,Email\r\nAnn,ann@example.org\r\n');
  main.nextOpenPaths = [wrong];
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await page.getByRole('button', { name: 'Check and import 1 rows' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('Choose the column that holds the amount');
  expect(await storedCount(page, 'ledgerEntries')).toBe(0);

  // Corrected, the whole file goes in.
  const good = path.join(main.root, 'finance-good.csv');
  await writeFile(good, (await readFile(bad, 'utf8')).replace('12.345', '12.35'));
  main.nextOpenPaths = [good];
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await page.getByRole('button', { name: 'Check and import 3 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 ledger entries from finance-good.csv.' })).toBeVisible();
  expect(await storedCount(page, 'ledgerEntries')).toBe(3);
  // A safety copy of the data as it was went to the automatic backups first.
  expect((await main.services.backups.list()).map((b) => b.reason)).toContain('before ledger import');
  await page.getByRole('navigation', { name: 'Budget' }).getByRole('link', { name: 'Ledger' }).click();
  await chooseFirstYear(page);
  await expect(figure(page, 'Spent')).toHaveText('£1,362.34');
});

test('a year of 10,000 ledger entries filters and sorts in a virtualised, labelled table', async ({ page }) => {
  // Seeding 10,000 records and checking the page on a busy shared machine takes a while; speed is the benchmark's job.
  test.setTimeout(180_000);
  const seeded = await withTriad(page, '/budget/ledger');
  await expect(figure(page, 'Remaining')).toHaveText('£50,000.00');
  // The default lines are made on first visit.
  await expect(page.getByLabel('Filter by budget line').locator('option', { hasText: 'Administration' })).toBeAttached();
  const lineIds = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onsuccess = () => {
          const all = request.result.transaction('budgetLines', 'readonly').objectStore('budgetLines').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve((all.result as { id: string; order: number }[]).sort((a, b) => a.order - b.order).map((l) => l.id));
          };
          all.onerror = () => reject(all.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const at = '2003-09-01T09:00:00.000Z';
  const entries = Array.from({ length: 10_000 }, (_, i) => ({
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: seeded.triad.id, year: 2003, kind: 'payment',
    date: `${i % 12 < 4 ? 2003 : 2004}-${String(((i % 12) + 8) % 12 + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    payee: i === 4242 ? 'Zebra Learning Ltd' : `Supplier ${i}`, description: `Item ${i}`, amountPence: 1 + ((i * 37) % 500),
    budgetLineId: lineIds[i % lineIds.length], actionId: null, schoolId: null, reference: `R${i}`, status: 'paid',
    commitmentId: null, evidenceFileId: null, overrideReason: '',
  }));
  await seedRecords(page, { ledgerEntries: entries });
  await page.reload();
  await chooseFirstYear(page);
  const table = page.getByRole('table', { name: 'Ledger entries' });
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  await expect(page.getByText('Showing 10,000 of 10,000 entries')).toBeVisible();
  // Only the rows in view are in the page.
  expect(await table.getByRole('row').count()).toBeLessThan(60);

  await page.getByLabel('Search').fill('zebra');
  await expect(page.getByText('Showing 1 of 10,000 entries')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Zebra Learning Ltd');
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Filter by budget line').selectOption({ label: 'Administration' });
  await expect(page.getByText(/Showing 1,428 of 10,000 entries/)).toBeVisible();
  await page.getByLabel('From date').fill('01/01/2004');
  await page.getByLabel('To date').fill('31/01/2004');
  await expect(page.getByText(/Showing 1\d\d of 10,000 entries/)).toBeVisible();

  // Amounts sort largest first on the first click, then the other way.
  await page.getByRole('button', { name: 'Amount' }).click();
  await expect(page.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: /Date/ })).not.toHaveAttribute('aria-sort');
  const firstAmount = penceOf((await table.getByRole('row').nth(1).getByRole('cell').nth(4).textContent())!);
  const secondAmount = penceOf((await table.getByRole('row').nth(2).getByRole('cell').nth(4).textContent())!);
  expect(firstAmount).toBeGreaterThanOrEqual(secondAmount);
  await page.getByRole('button', { name: 'Amount' }).click();
  await expect(page.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute('aria-sort', 'ascending');
  const smallest = penceOf((await table.getByRole('row').nth(1).getByRole('cell').nth(4).textContent())!);
  expect(smallest).toBeLessThanOrEqual(penceOf((await table.getByRole('row').nth(2).getByRole('cell').nth(4).textContent())!));
  expect(smallest).toBeLessThan(firstAmount);
  await expectAccessible(page, 'budget ledger with 10,000 entries');
});
