import { mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { buildRollup, type RollupTriadInput } from '../src-renderer/core/rollup';
import type { School, Triad } from '../src-renderer/core/model';
import { test, expect, openApp, dismissWelcome } from './fixtures';
import { adversarialTriad, seedRecords } from './seed';
import { bodyWords, outlineTitles, pdfFonts, pdfInfo, pointSize, readPages, smallestPointSize, wordsOutside, type PdfPage } from './pdf-check';

/**
 * The documents a head hands to governors, partner heads and the LEA, made from data as awkward
 * as a real triad's, then read back with poppler as a reader's software would.
 */

const MARGINS = { top: 18, bottom: 16, left: 15, right: 15 };
const A4 = { short: 595.3, long: 841.9 };
const keep = path.join('test-results', 'print-documents');

function penceOf(pounds: string): number {
  const negative = pounds.trim().startsWith('-');
  const [whole, fraction = '00'] = pounds.replace(/[£,\s-]/g, '').split('.');
  return (negative ? -1 : 1) * (Number(whole) * 100 + Number(fraction.padEnd(2, '0')));
}

function figure(page: Page, label: string) {
  return page.locator('.budget-figures > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

/** A roll-up of 12 triads in two cohorts, one with the 120-character school name. */
function rollupStash(longSchoolName: string) {
  const at = '2006-09-01T09:00:00.000Z';
  const inputs: RollupTriadInput[] = Array.from({ length: 12 }, (_, t) => {
    const triad: Triad = {
      id: `t${t}`, createdAt: at, updatedAt: at, name: t === 0 ? 'Black Country Triad with the Ynysŵen and Łódź partnership schools' : `Triad ${t + 1}`,
      localAuthority: 'Sandwell', cohort: `Cohort ${(t % 2) + 1}, started ${2003 + (t % 2)}/0${4 + (t % 2)}`, firstYear: 2003, programmeYears: 3,
      annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: `m${t}`, improvementThreshold: 15, thresholdKind: 'percentage-points',
    };
    const schools: School[] = [0, 1, 2].map((s) => ({
      id: `t${t}s${s}`, createdAt: at, updatedAt: at, triadId: triad.id, role: s === 0 ? 'coordinating' : 'partner',
      name: t === 0 && s === 0 ? longSchoolName : `School ${t + 1}.${s + 1} Primary`, urn: '', dfeNumber: '', phase: 'Primary', address: '', postcode: '',
      headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none',
    }));
    return {
      triad, schools,
      measures: [{ id: `m${t}`, createdAt: at, updatedAt: at, triadId: triad.id, name: 'KS2 English level 4+', unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom: null, order: 1 }],
      results: schools.flatMap((s, i) => [
        { id: `${s.id}a`, createdAt: at, updatedAt: at, triadId: triad.id, schoolId: s.id, measureId: `m${t}`, year: 2003, value: 60 + i, source: 'manual' as const, note: '' },
        { id: `${s.id}b`, createdAt: at, updatedAt: at, triadId: triad.id, schoolId: s.id, measureId: `m${t}`, year: 2005, value: 60 + i + ((t + i) % 4) * 6 - 3, source: 'manual' as const, note: '' },
      ]),
      budgetYears: [], budgetLines: [], allocations: [], ledgerEntries: [],
    };
  });
  const rollup = buildRollup(inputs, { threshold: 15, thresholdKind: 'percentage-points' });
  return { rollup, fileNames: inputs.map((i) => `${i.triad.name} backup 2006-07-20.triad`), preparedAt: at };
}

interface Checked {
  pages: PdfPage[];
  text: string;
}

/** The checks every document must pass; returns the pages for the document's own checks. */
function checkDocument(file: string, { landscape, headings, uniqueBookmarks = true }: { landscape: boolean; headings: string[]; uniqueBookmarks?: boolean }): Checked {
  const pages = readPages(file);
  const name = path.basename(file);
  expect(pages.length, name).toBeGreaterThan(0);
  for (const page of pages) {
    expect.soft(Math.abs(page.width - (landscape ? A4.long : A4.short)), `${name} page ${page.number} width ${page.width}`).toBeLessThan(2);
  }
  // Nothing scaled down: the smallest body text is 10pt.
  const body = bodyWords(pages, MARGINS);
  const smallest = smallestPointSize(body);
  const tiny = body.filter((w) => pointSize(w) < 9.95).slice(0, 5).map((w) => `p${w.page} "${w.text}" ${pointSize(w).toFixed(1)}pt`);
  expect.soft(tiny, `${name}: words below 10pt`).toEqual([]);
  // Nothing cut off: every word inside the printable area.
  const outside = wordsOutside(pages, MARGINS).slice(0, 5).map((w) => `p${w.page} "${w.text}" x ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)}`);
  expect.soft(outside, `${name}: words outside the content box`).toEqual([]);
  const text = pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
  for (const heading of headings) expect.soft(text, `${name}: column heading "${heading}"`).toContain(heading);
  // The bundled font, all three weights, embedded; no system font.
  const fonts = pdfFonts(file);
  for (const font of fonts) {
    expect.soft(font.embedded, `${name}: ${font.name} embedded`).toBe(true);
    expect.soft(font.name, `${name}: ${font.name} is the bundled font`).toMatch(/^[A-Z]{6}\+SourceSans3/);
  }
  const weights = new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')));
  for (const weight of ['Regular', 'Semibold', 'Bold']) expect.soft([...weights].join(' '), `${name}: ${weight} weight`).toMatch(new RegExp(weight, 'i'));
  // Metadata a reader's window and file list show.
  const info = pdfInfo(file);
  for (const key of ['Title', 'Author', 'Subject']) expect.soft(info[key] ?? '', `${name}: ${key}`).not.toBe('');
  // Bookmarks once each.
  const outline = outlineTitles(readFileSync(file));
  expect.soft(outline.length, `${name}: bookmarks`).toBeGreaterThan(0);
  expect.soft(outline.filter((t) => /^(.+?)\s*\1$/.test(t)), `${name}: bookmarks written twice over`).toEqual([]);
  // A whole-programme plan has an "Objective 1.1" in each year; any other document names each heading once.
  if (uniqueBookmarks) expect.soft(new Set(outline).size, `${name}: bookmarks once each (${outline.join(' | ')})`).toBe(outline.length);
  console.log(`${name}: ${pages.length} pages, smallest body text ${smallest.toFixed(1)}pt`);
  mkdirSync(keep, { recursive: true });
  copyFileSync(file, path.join(keep, name));
  return { pages, text };
}

test('the head hands governors the plan, budget and roll-up as PDFs, and the ledger as a CSV whose sums match the screen', async ({ page, main }) => {
  test.setTimeout(360_000);
  await openApp(page);
  await dismissWelcome(page);
  const data = adversarialTriad();
  const stash = rollupStash(data.longSchoolName);
  await seedRecords(page, { ...data.records, settings: [{ key: 'rollup:print', value: stash }] });
  await page.reload();

  async function exportPlan(option: string, file: string) {
    await openApp(page, '/exports');
    await page.getByLabel('Plan for').selectOption({ label: option });
    main.nextSavePath = path.join(main.root, file);
    await page.getByRole('button', { name: 'Export plan as PDF' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved ${file}.` })).toBeVisible({ timeout: 90_000 });
    return main.nextSavePath;
  }

  const planHeadings = ['School', 'Role', 'URN', 'LA/establishment number', 'Action, latest progress and milestone', 'Lead', 'Dates', 'Cost', 'Status', 'Name', 'Signature', 'Date'];
  const impactHeadings = ['Baseline', 'Latest', 'Change', 'Improved'];

  // Year 1: agreed, then amended. Its state is on every page, and its impact uses 2004's results only.
  const amended = checkDocument(await exportPlan('Year 1 (2003/04)', 'plan-2003-04.pdf'), { landscape: false, headings: [...planHeadings, ...impactHeadings, 'What happened', 'Reason given'] });
  amended.pages.forEach((p) => expect(p.text.replace(/\s+/g, ' '), `amended plan page ${p.number}`).toContain('Agreed version 1, with 3 changes since'));
  expect(amended.text).toContain('2004 results compared with the 2003 baseline');
  expect(amended.text).not.toMatch(/200[56] results/);
  expect(amended.text).toContain(data.longSchoolName.split(' ').slice(-3).join(' '));
  expect(amended.text).toContain('KS2 writing level 5+ has no results yet, so it is left out.');
  // Each action's latest progress update, as the head recorded it in monitoring.
  expect(amended.text.replace(/\s+/g, ' ')).toContain('Progress 01/12/2003 (Not started): Term 1: two of three schools have started');
  // Sign-off: every head, all three chairs of governors and the LEA link adviser, in boxes at least 15 mm tall.
  const signOffPage = amended.pages.at(-1)!;
  const signers = signOffPage.words.filter((w) => w.text === 'Headteacher,' || w.text === 'Chair' || (w.text === 'LEA' && signOffPage.words.some((v) => v.text === 'link' && Math.abs(v.yMin - w.yMin) < 1)));
  expect(signers.map((w) => w.text)).toEqual(['Headteacher,', 'Headteacher,', 'Headteacher,', 'Chair', 'Chair', 'Chair', 'LEA']);
  const rowTops = signers.map((w) => w.yMin).sort((a, b) => a - b);
  for (let i = 1; i < rowTops.length; i++) expect(rowTops[i]! - rowTops[i - 1]!, `sign-off row ${i} height`).toBeGreaterThanOrEqual((15 * 72) / 25.4);
  expect(amended.text).not.toContain('Show the figures');

  // Year 2: a draft. "DRAFT" on every page, and no sign-off as if agreed.
  const unsigned = planHeadings.filter((h) => h !== 'Signature' && h !== 'Name');
  const draft = checkDocument(await exportPlan('Year 2 (2004/05)', 'plan-2004-05.pdf'), { landscape: false, headings: unsigned });
  draft.pages.forEach((p) => expect(p.text, `draft plan page ${p.number}`).toContain('DRAFT'));
  expect(draft.text).not.toContain('We agree this');
  expect(draft.text).not.toContain('Signature');

  // The whole programme shows the trend.
  const whole = checkDocument(await exportPlan('The whole programme (2003/04 to 2005/06)', 'plan-2003-06.pdf'), { landscape: false, headings: [...unsigned, ...impactHeadings], uniqueBookmarks: false });
  expect(whole.text).toContain('2006 results compared with the 2003 baseline');

  // The budget summary for a year, stating its calendar.
  await openApp(page, '/exports');
  await page.getByLabel('Year', { exact: true }).selectOption({ label: 'Academic year 2004/05' });
  main.nextSavePath = path.join(main.root, 'budget-2004-05.pdf');
  await page.getByRole('button', { name: 'Export budget summary as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved budget-2004-05.pdf.' })).toBeVisible({ timeout: 90_000 });
  const budget = checkDocument(main.nextSavePath, {
    landscape: false,
    headings: ['Budget line', 'School', 'Action', 'Allocated', 'Committed', 'Spent', 'Remaining', 'Month', 'Programme year'],
  });
  expect(budget.text).toContain('This report uses the academic year, 1 September to 31 August.');
  expect(budget.text).toContain('Forecast');
  expect(budget.text).toContain(data.longLineName.split(' ').slice(-3).join(' '));

  // The LEA roll-up, on A4 turned sideways.
  main.nextSavePath = path.join(main.root, 'rollup.pdf');
  await page.evaluate(() => (window as unknown as { api: { exportPdf(r: object): Promise<unknown> } }).api.exportPdf({ route: '/print/rollup', suggestedName: 'LEA roll-up.pdf', headerText: 'LEA roll-up', landscape: true, author: 'Sandwell', subject: 'Triads’ impact and money by cohort, Sandwell' }));
  const rollup = checkDocument(main.nextSavePath, {
    landscape: true,
    headings: ['Cohort', 'Triads', 'Schools', 'With results', 'Improved on baseline', 'Allocation', 'Committed', 'Spent', 'Remaining', 'Triad', 'School', 'Baseline', 'Latest', 'Improved'],
  });
  expect(rollup.text).toContain('All cohorts');
  expect(rollup.text).toContain(data.longSchoolName.split(' ').slice(-3).join(' '));

  // The ledger as a spreadsheet reads it: its sums are the screen's spent and committed.
  await openApp(page, '/budget/ledger');
  await page.getByLabel('Programme year').selectOption({ label: 'Year 2 (2004/05)' });
  const spent = penceOf((await figure(page, 'Spent').textContent())!);
  const committed = penceOf((await figure(page, 'Committed').textContent())!);
  expect(spent).toBeGreaterThan(0);
  expect(committed).toBeGreaterThan(0);
  main.nextSavePath = path.join(main.root, 'ledger-2004-05-academic.csv');
  await page.getByRole('button', { name: 'Export these entries as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ledger saved as ledger-2004-05-academic.csv.' })).toBeVisible();
  expect(main.asked.filter((a) => a.kind === 'save').at(-1)?.options['defaultName']).toBe('ledger-2004-05-academic.csv');
  const rows = Papa.parse<Record<string, string>>(readFileSync(main.nextSavePath, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const entries = rows.filter((r) => r['Type'] !== 'Total');
  const total = rows.find((r) => r['Type'] === 'Total')!;
  const sum = (column: string) => entries.reduce((t, r) => t + penceOf(r[column] || '0'), 0);
  expect(sum('Spent (£)')).toBe(spent);
  expect(sum('Still committed (£)')).toBe(committed);
  expect(penceOf(total['Spent (£)']!)).toBe(spent);
  expect(penceOf(total['Still committed (£)']!)).toBe(committed);
  // One row per commitment: the payment against it is folded into its row.
  expect(entries.filter((r) => r['Payee'] === 'University of Wolverhampton')).toHaveLength(1);
});
