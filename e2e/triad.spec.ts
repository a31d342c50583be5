import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedRecords, standardTriad } from './seed';

const SANDWELL = fileURLToPath(new URL('./data/gias/sandwell-lancashire-open-schools-2021.csv', import.meta.url));

/** Opens the app with just the triad's details recorded (no schools yet). */
async function openWithTriadOnly(page: Page, route: string) {
  await openApp(page, '/');
  await dismissWelcome(page);
  await seedRecords(page, { triads: [standardTriad().triad] });
  await page.goto(`/index.html#${route}`);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
}

async function pickFromRegister(page: Page, name: string, role: 'Co-ordinating school' | 'Partner school', extra: Record<string, string>) {
  await page.getByLabel('Search by name or URN').fill(name);
  await page.getByRole('button', { name: `Use this school: ${name}` }).click();
  const form = page.getByRole('form', { name: /Add a school/ });
  await expect(form.getByLabel('School name')).toHaveValue(name);
  await form.getByLabel('Role in the triad').selectOption({ label: role });
  for (const [label, value] of Object.entries(extra)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Add school' }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

test('import the register, pick three schools from it, and a fourth is refused', async ({ page, main }) => {
  await openWithTriadOnly(page, '/triad/schools');
  await expect(page.getByRole('heading', { level: 1, name: 'Schools' })).toBeVisible();
  await expectAccessible(page, 'schools (empty)');

  main.nextOpenPaths = [SANDWELL];
  await page.getByRole('button', { name: 'Import a school register (CSV)' }).click();
  const report = page.getByRole('region', { name: /Import report/ });
  await expect(report).toContainText('Read 678 rows: kept 678, skipped 0.');

  await page.getByLabel('Local authority').selectOption({ label: 'Sandwell (333)' });
  await page.getByLabel('Phase').selectOption('Primary');
  await expect(page.getByText(/schools match/)).toBeVisible();
  const results = page.getByRole('region', { name: 'Matching schools' });
  await expect(results.getByRole('cell', { name: 'Hargate Primary School', exact: true })).toBeVisible();
  await expect(results.getByRole('cell', { name: /Preston/ })).toHaveCount(0);
  await expectAccessible(page, 'schools with the register loaded');

  await page.getByLabel('Search by name or URN').fill('103895');
  await expect(results.getByRole('row')).toHaveCount(2);
  await expect(results.getByRole('cell', { name: 'Hamstead Junior School', exact: true })).toBeVisible();

  await pickFromRegister(page, 'Hargate Primary School', 'Co-ordinating school', { 'Chair of governors': 'Mr R. Singh', 'Research/learning link teacher': 'Ms J. Evans' });
  await pickFromRegister(page, 'Hamstead Junior School', 'Partner school', { 'Head teacher': 'Mr B. Okafor' });
  await pickFromRegister(page, 'Hamstead Infant School', 'Partner school', {});
  const hargate = page.getByRole('region', { name: 'Hargate Primary School' });
  await expect(hargate).toContainText('333/2041');
  await expect(hargate).toContainText('B71 1PG');
  await expect(hargate).toContainText('Mr R. Singh');
  await expect(page.getByText('All three are chosen.')).toBeVisible();

  // A fourth school is refused with a clear message, and nothing is written.
  await page.getByLabel('Search by name or URN').fill('Albert Pritchard');
  await page.getByRole('button', { name: 'Use this school: Albert Pritchard Infant School' }).click();
  await page.getByRole('button', { name: 'Add school' }).click();
  await expect(page.getByRole('alert')).toContainText('A triad has exactly three schools');
  await expect(page.getByLabel('Role in the triad')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Albert Pritchard Infant School' })).toHaveCount(0);

  await page.reload();
  for (const name of ['Hargate Primary School', 'Hamstead Junior School', 'Hamstead Infant School']) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 3, name: 'Albert Pritchard Infant School' })).toHaveCount(0);
});

test('a binary file, an empty file and a CSV that is not a register each get a clear message', async ({ page, main }) => {
  await openWithTriadOnly(page, '/triad/schools');
  const dir = test.info().outputPath();
  const binary = `${dir}/schools.csv`;
  const empty = `${dir}/empty.csv`;
  const ledger = `${dir}/ledger.csv`;
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]));
  writeFileSync(empty, '');
  writeFileSync(ledger, 'Date,Payee,Amount\r\n01/09/2003,Supply cover,120.00\r\n');
  const importButton = page.getByRole('button', { name: 'Import a school register (CSV)' });

  main.nextOpenPaths = [binary];
  await importButton.click();
  await expect(page.getByRole('alert')).toContainText('schools.csv: This is not a CSV file');
  await expect(page.getByRole('alert')).toContainText('Nothing has been changed.');
  await expectAccessible(page, 'register import error');

  main.nextOpenPaths = [empty];
  await importButton.click();
  await expect(page.getByRole('alert')).toContainText('empty.csv: The file is empty');

  main.nextOpenPaths = [ledger];
  await importButton.click();
  await expect(page.getByRole('alert')).toContainText('ledger.csv: This file is not a school register');
  await expect(page.getByRole('region', { name: /Import report/ })).toHaveCount(0);
});
