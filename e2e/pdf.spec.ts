import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Action, BudgetLine, LedgerEntry, Measure, Result } from '../src-renderer/core/model';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedRecords, seedStandardTriad, type StandardTriad } from './seed';

const at = '2003-09-01T09:00:00.000Z';
const EXTRA_ACTIONS = 36;

/** The standard triad, with enough actions that the table runs over several pages, some spending and results. */
async function seedTriadWithLongPlan(page: Page): Promise<StandardTriad & { extraTitles: string[] }> {
  await openApp(page);
  await dismissWelcome(page);
  const data = await seedStandardTriad(page);
  const { coordinating, partnerA, partnerB } = data.schools;
  const extra: Action[] = Array.from({ length: EXTRA_ACTIONS }, (_, i) => ({
    ...data.actions[3]!,
    id: randomUUID(),
    title: `Peer observation round ${String(i + 1).padStart(2, '0')} with written feedback for each teacher`,
    leadSchoolId: [coordinating, partnerA, partnerB][i % 3]!.id,
    order: 3 + i,
    estimatedCostPence: 25_000 + i * 100,
  }));
  const line: BudgetLine = { id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, name: 'Supply cover for CPD', order: 1, archived: false };
  const entry = (date: string, amountPence: number): LedgerEntry => ({
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, year: 2003, kind: 'payment', date, payee: 'Sandwell supply agency',
    description: 'Cover', amountPence, budgetLineId: line.id, actionId: null, schoolId: null, reference: '', status: 'paid', commitmentId: null,
    evidenceFileId: null, overrideReason: '',
  });
  const measure: Measure = {
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, name: 'KS2 English level 4+', unit: 'percent', higherIsBetter: true,
    sourceColumn: 'PTENGL4', derivedFrom: null, order: 1,
  };
  const result = (schoolId: string, year: number, value: number): Result => ({
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, schoolId, measureId: measure.id, year, value, source: 'manual', note: '',
  });
  await seedRecords(page, {
    actions: extra,
    budgetLines: [line],
    ledgerEntries: [entry('2003-11-20', 123_450), entry('2004-05-10', 50_000)],
    measures: [measure],
    results: [result(coordinating.id, 2003, 63), result(coordinating.id, 2004, 80), result(partnerA.id, 2003, 70), result(partnerA.id, 2004, 72), result(partnerB.id, 2003, 58), result(partnerB.id, 2004, 55)],
    triads: [{ ...data.triad, headlineMeasureId: measure.id }],
  });
  await page.reload();
  return { ...data, extraTitles: extra.map((a) => a.title) };
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

test('the head exports the whole programme’s improvement plan as a PDF fit for governors', async ({ page, main }) => {
  const data = await seedTriadWithLongPlan(page);
  await page.getByRole('link', { name: 'Exports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Triad Improvement Plan (PDF)' })).toBeVisible();
  await expectAccessible(page, 'exports with PDF forms');
  await page.getByLabel('Plan for').selectOption({ label: 'The whole programme (2003/04 to 2005/06)' });
  // Every section is chosen to start with.
  for (const label of ['Cover page', 'Actions', 'Budget summary', 'Impact summary with charts', 'Sign-off block']) {
    await expect(page.getByRole('checkbox', { name: new RegExp(label) })).toBeChecked();
  }
  const target = path.join(main.root, 'plan.pdf');
  main.nextSavePath = target;
  await page.getByRole('button', { name: 'Export plan as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved plan.pdf.' })).toBeVisible({ timeout: 45_000 });

  expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pageCount(target);
  expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(/Title:\s+Black Country Triad: Triad Improvement Plan 2003\/04 to 2005\/06/);
  expect(pages).toBeGreaterThanOrEqual(4);
  const text = pdfText(target);
  const pageTexts = text.split('\f').filter((p) => p.trim() !== '');
  expect(pageTexts).toHaveLength(pages);
  pageTexts.forEach((pageText, i) => {
    expect(pageText, `page ${i + 1} header`).toContain('Black Country Triad');
    expect(pageText, `page ${i + 1} footer`).toContain(`Page ${i + 1} of ${pages}`);
  });
  // The cover, then the sections in order.
  const order = [
    'Triad Improvement Plan 2003/04 to 2005/06', 'Hamstead Junior School', 'Focus and priorities', 'Year 1 (2003/04): Triad Improvement Plan 2003/04',
    'Priority 1: Raise attainment in writing', 'Success criteria', 'Budget summary', 'Impact against the 2003 baseline', 'Amendment history', 'Membership record', 'Sign-off',
  ];
  let from = 0;
  for (const heading of order) {
    const at = text.indexOf(heading, from);
    expect(at, `"${heading}" after position ${from}`).toBeGreaterThan(-1);
    from = at;
  }
  // The actions table's rows, in order: each row's reference and the start of its title (long
  // titles wrap inside their cell), then its lead, dates, cost and status on the same line.
  const rows = [
    ['1.1.1', data.actions[0]!.title],
    ['1.1.2', data.actions[1]!.title],
    ['2.1.1', data.actions[2]!.title],
    ['2.1.2', data.actions[3]!.title],
    ...data.extraTitles.map((title, i) => [`2.1.${i + 3}`, title]),
  ] as const;
  let last = -1;
  for (const [ref, title] of rows) {
    const start = title.split(' ').slice(0, 3).join(' ');
    const position = text.search(new RegExp(`${ref.replace(/\./g, '\\.')}\\s+${start}`));
    expect(position, `action ${ref} "${title}" after the one before`).toBeGreaterThan(last);
    last = position;
  }
  // Each action's row: its lead, dates, cost and status beside its title.
  expect(text).toMatch(/1\.1\.1\s+Writing moderation across the[^\n]*Hargate Primary[^\n]*15\/09\/2003\s+£6,000\.00\s+Not/);
  expect(text).toMatch(/2\.1\.3\s+Peer observation round 01[^\n]*Hargate Primary[^\n]*05\/01\/2004\s+£250\.00\s+Not/);
  expect(text).toMatch(/to 31\/03\/2004/);
  // The actions table runs over more than one page and repeats its header row there.
  const actionPages = pageTexts.filter((p) => p.includes('Peer observation round'));
  expect(actionPages.length).toBeGreaterThan(1);
  for (const p of actionPages) expect(p).toMatch(/Action, latest progress and milestone\s+Lead\s+Dates\s+Cost\s+Status/);
  expect(text).toContain('KS2 English level 4+');
  expect(text).toContain('Academic year 2003/04 (01/09/2003 to 31/08/2004)');

  // Fonts: the bundled Source Sans 3, embedded.
  const fonts = execFileSync('pdffonts', [target], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font, font).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  // Every font is the bundled Source Sans 3 (the header and footer included): no system font crept in.
  for (const font of fonts) expect(font.split(/\s+/)[0]).toMatch(/^[A-Z]{6}\+SourceSans3/);
});

test('the head chooses sections and one year', async ({ page, main }) => {
  await seedTriadWithLongPlan(page);
  await openApp(page, '/exports?action=plan-pdf');
  await expect(page.getByLabel('Plan for')).toBeFocused();
  await page.getByLabel('Plan for').selectOption({ label: 'Year 1 (2003/04)' });
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: 'Export plan as PDF' }).click();
  await expect(page.getByText('Choose at least one section to include.')).toBeVisible();
  await page.getByRole('checkbox', { name: /Actions/ }).check();
  await page.getByRole('checkbox', { name: /Sign-off/ }).check();
  const target = path.join(main.root, 'year1.pdf');
  main.nextSavePath = target;
  await page.getByRole('button', { name: 'Export plan as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved year1.pdf.' })).toBeVisible({ timeout: 45_000 });
  const text = pdfText(target);
  expect(text).toContain('Black Country Triad: Triad Improvement Plan 2003/04');
  expect(text).toContain('Writing moderation across the');
  expect(text).toContain('Sign-off');
  // The standard plan is a draft: it says so, and is not printed for signature as if agreed.
  expect(text).toContain('DRAFT — not yet agreed');
  expect(text).toContain('This copy is for discussion.');
  expect(text).not.toContain('Signature');
  expect(text).not.toContain('Focus and priorities');
  expect(text).not.toContain('Budget summary');
});

test('the head exports the budget summary as a PDF that says which calendar it uses', async ({ page, main }) => {
  await seedTriadWithLongPlan(page);
  await page.getByRole('link', { name: 'Exports', exact: true }).click();
  await page.getByLabel('Calendar').selectOption({ label: 'Financial year (1 April to 31 March)' });
  await page.getByLabel('Year', { exact: true }).selectOption({ label: 'Financial year 2003-04' });
  const target = path.join(main.root, 'budget.pdf');
  main.nextSavePath = target;
  await page.getByRole('button', { name: 'Export budget summary as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved budget.pdf.' })).toBeVisible({ timeout: 45_000 });
  const text = pdfText(target);
  expect(text).toContain('Black Country Triad: budget summary');
  expect(text).toContain('This report uses the financial year, 1 April to 31 March.');
  expect(text).toContain('Financial year 2003-04 (01/04/2003 to 31/03/2004)');
  // Only the November payment falls in 2003-04; May 2004 is the next financial year.
  expect(text).toMatch(/Spent\s+£1,234\.50/);
  expect(text).toMatch(/Supply cover for CPD\s+£0\.00\s+£1,234\.50/);
  expect(text).toMatch(/Page 1 of \d/);
  expect(text).toContain('Programme total');
});

test('the print view itself passes the accessibility checks', async ({ page }) => {
  test.setTimeout(150_000);
  await seedTriadWithLongPlan(page);
  await page.goto('/index.html#/print/plan?year=all&sections=cover,focus,objectives,actions,budget,impact,amendments,membership,signoff');
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expectAccessible(page, 'plan print view');
  await page.goto('/index.html#/print/budget?calendar=academic&year=2003');
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expectAccessible(page, 'budget print view');
});

test('a triad name of 300 characters exports every PDF', async ({ page, main }) => {
  const data = await seedTriadWithLongPlan(page);
  const longName = `The Black Country and Sandwell Primary Leadership Triad ${'for collaborative writing improvement '.repeat(7)}`.slice(0, 300);
  expect(longName).toHaveLength(300);
  await seedRecords(page, { triads: [{ ...data.triad, name: longName }] });
  await openApp(page, '/exports');
  for (const [button, file] of [
    ['Export plan as PDF', 'long-plan.pdf'],
    ['Export budget summary as PDF', 'long-budget.pdf'],
  ] as const) {
    main.nextSavePath = path.join(main.root, file);
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved ${file}.` })).toBeVisible({ timeout: 45_000 });
    expect(pdfText(main.nextSavePath)).toContain('The Black Country and Sandwell');
  }
});
