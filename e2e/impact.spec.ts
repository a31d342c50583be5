import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedRecords, seedStandardTriad, standardTriad } from './seed';
import type { LedgerEntry, Measure, Objective, Result } from '../src-renderer/core/model';

const KS2_SAMPLE = fileURLToPath(new URL('./data/ks2/ks2final-2018-19-sample.csv', import.meta.url));
const GIAS_SAMPLE = fileURLToPath(new URL('./data/gias/gias-all-fields-sample.csv', import.meta.url));
const at = '2004-01-01T09:00:00.000Z';

// Each test walks a whole journey through several views on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

async function openImpact(page: Page, route = '/impact'): Promise<void> {
  await page.getByRole('link', { name: 'Impact', exact: true }).click();
  if (route !== '/impact') await page.goto(`/index.html#${route}`);
  await expect(page.locator('h1')).toBeVisible();
}

function summaryOf(page: Page, measure: string) {
  return page.getByRole('region', { name: measure, exact: true });
}

test('results typed by hand give the change from baseline and the shares for both threshold kinds; bad values are refused', async ({ page }) => {
  await openApp(page);
  await dismissWelcome(page);
  await seedStandardTriad(page);
  await page.reload();
  await openImpact(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Impact' })).toBeVisible();
  await expect(page.getByLabel('Measure')).toHaveValue(/.+/);
  await expect(page.getByRole('heading', { name: 'Results: KS2 % level 4+ in English' })).toBeVisible();

  // A value over 100% is refused next to its box, and nothing is written.
  await page.getByLabel('Hargate Primary School, 2003').fill('101');
  await page.getByLabel('Hamstead Junior School, 2003').fill('-5');
  await page.getByRole('button', { name: 'Save results' }).click();
  await expect(page.getByRole('alert')).toContainText('enter a value from 0 to 100 (you entered 101)');
  await expect(page.getByLabel('Hargate Primary School, 2003')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Hamstead Junior School, 2003')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('triad-planner');
    open.onsuccess = () => { const r = open.result.transaction('results').objectStore('results').count(); r.onsuccess = () => resolve(r.result); };
  }))).toBe(0);

  // Baselines (2003) and results (2004): Hargate +9 points (+15% exactly), Junior +20 (+40%), Infant +15 points exactly (+37.5%).
  const typed: [string, string, string][] = [
    ['Hargate Primary School', '60', '69'],
    ['Hamstead Junior School', '50', '70'],
    ['Hamstead Infant School', '40', '55%'],
  ];
  for (const [school, baseline, latest] of typed) {
    await page.getByLabel(`${school}, 2003`).fill(baseline);
    await page.getByLabel(`${school}, 2004`).fill(latest);
  }
  await page.getByRole('button', { name: 'Save results' }).click();
  await expect(page.getByText('Results saved: 6 saved, 0 removed.')).toBeVisible();

  const english = summaryOf(page, 'KS2 % level 4+ in English');
  await expect(english).toContainText('Schools improved on their 2003 results: 3 of 3 schools (100%)');
  // Percentage points: the +15 tie does not count as "more than 15".
  await expect(english).toContainText('Schools improved by more than 15 percentage points: 1 of 3 schools (33%)');
  const hargate = english.getByRole('row', { name: /Hargate Primary School/ });
  await expect(hargate).toContainText('60%');
  await expect(hargate).toContainText('69%');
  await expect(hargate).toContainText('+9 points');
  await expect(hargate).toContainText('+15%');
  // The headline (average of English and maths) is missing without maths results, never worked out from English alone.
  await expect(page.getByText('Headline measure: KS2 headline: English and maths, the average of KS2 % level 4+ in English and KS2 % level 4+ in maths.')).toBeVisible();
  await expect(summaryOf(page, 'KS2 headline: English and maths')).toContainText('not available (no school has both results)');

  // National figures give the rate: triad average +14.7 points against national +2 → 7.3×.
  await page.getByLabel('National, 2003').fill('70');
  await page.getByLabel('National, 2004').fill('72');
  await page.getByRole('button', { name: 'Save comparisons' }).click();
  await expect(english).toContainText('Triad average change: +14.7 points; national: +2 points — 7.3× the national rate');
  await expect(page.getByRole('figure', { name: /The triad against national/ })).toBeVisible();
  await expectAccessible(page, 'impact results');

  // Relative per cent: Junior and Infant are above; Hargate's exactly 15% is not.
  await page.getByRole('link', { name: 'Impact settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact settings' })).toBeVisible();
  await page.getByLabel('Relative per cent (60% to 69% is a 15% relative improvement)').check();
  await expect(page.getByText('Printed beside every figure as: “Schools with more than 15% relative improvement”')).toBeVisible();
  await expectAccessible(page, 'impact settings');
  await page.getByRole('button', { name: 'Save baseline and threshold' }).click();
  await expect(page.getByText('Impact settings saved: improvement threshold is more than 15% relative improvement.')).toBeVisible();
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(english).toContainText('Schools with more than 15% relative improvement: 2 of 3 schools (67%)');
  await expect(english.getByRole('columnheader', { name: 'With more than 15% relative improvement' })).toBeVisible();

  // It all survives a restart.
  await page.reload();
  await expect(summaryOf(page, 'KS2 % level 4+ in English')).toContainText('2 of 3 schools (67%)');
  await expect(page.getByLabel('Hamstead Infant School, 2004')).toHaveValue('55');
});

test('KS2 import: wrong files refused, the year from the file, replaced values shown and confirmed, Undo; era breaks refused; small cohorts flagged', async ({ page, main }) => {
  const data = standardTriad();
  // Give the triad's schools real URNs from the sample file.
  data.schools.coordinating = { ...data.schools.coordinating, name: 'Anstey Junior School', urn: '115851' };
  data.schools.partnerA = { ...data.schools.partnerA, name: 'Knightwood Primary School', urn: '131717' };
  data.schools.partnerB = { ...data.schools.partnerB, name: 'Beaulieu Village Primary School', urn: '115861' };
  await openApp(page);
  await dismissWelcome(page);
  await seedRecords(page, { triads: [data.triad], schools: Object.values(data.schools), plans: [data.plan], priorities: data.priorities, objectives: data.objectives, actions: data.actions });
  await page.reload();
  await openImpact(page, '/impact/settings');

  // The head tracks the expected-standard measures, and sets 2018 as the baseline.
  for (const [name, column] of [
    ['KS2 % meeting the expected standard in reading', 'PTREAD_EXP'],
    ['KS2 % of disadvantaged pupils meeting the expected standard in RWM', 'PTRWM_EXP_FSM6CLA1A'],
  ] as const) {
    await page.getByLabel('Measure name').fill(name);
    await page.getByLabel('Usual KS2 file column').fill(column);
    await page.getByRole('button', { name: 'Add measure' }).click();
    await expect(page.getByText(`Measure “${name}” added.`)).toBeVisible();
  }
  await page.getByLabel('Baseline results year').fill('2018');
  await page.getByRole('button', { name: 'Save baseline and threshold' }).click();
  await expect(page.getByText(/Impact settings saved/)).toBeVisible();

  // 2018 baselines typed by hand with their pupil numbers, and one 2019 value already stored.
  const reading = 'KS2 % meeting the expected standard in reading';
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact' })).toBeVisible();
  await page.getByLabel('Measure', { exact: true }).selectOption({ label: reading });
  for (const [school, value, pupils] of [['Anstey Junior School', '70', '58'], ['Knightwood Primary School', '70', '60'], ['Beaulieu Village Primary School', '75', '8']] as const) {
    await page.getByLabel(`${school}, 2018`).fill(value);
    await page.getByLabel(`Eligible pupils at ${school} in 2018`).fill(pupils);
  }
  await page.getByLabel('Anstey Junior School, 2019').fill('70');
  await page.getByRole('button', { name: 'Save results' }).click();
  await expect(page.getByText('Results saved: 4 saved, 0 removed.')).toBeVisible();
  const storedValues = () => page.evaluate(() => new Promise<number[]>((resolve) => {
    const open = indexedDB.open('triad-planner');
    open.onsuccess = () => { const r = open.result.transaction('results').objectStore('results').getAll(); r.onsuccess = () => resolve((r.result as { value: number }[]).map((x) => x.value).sort()); };
  }));
  const before = await storedValues();
  expect(before).toEqual([70, 70, 70, 75]);

  // Wrong files: a school register and a finance file are refused, saying what they look like; nothing changes.
  const folder = await mkdtemp(path.join(os.tmpdir(), 'impact-e2e-'));
  const finance = path.join(folder, 'cfr-2019.csv');
  await writeFile(finance, 'URN,LAEstab,School Name,I01 Funds delegated by the LA,E01 Teaching staff,Total Income\r\n115851,8502001,Anstey Junior School,100,200,300\r\n');
  await page.getByRole('link', { name: 'Import KS2 results' }).click();
  main.nextOpenPaths = [GIAS_SAMPLE];
  await page.getByRole('button', { name: 'Choose a KS2 results file…' }).click();
  await expect(page.getByRole('alert')).toContainText('gias-all-fields-sample.csv was not imported. This is not a KS2 results file. It looks like a school register (Get Information About Schools): it has columns such as “EstablishmentNumber”, “EstablishmentName”');
  await expect(page.getByRole('alert')).toContainText('The app expected a DfE Key Stage 2 performance-tables file, with columns such as RECTYPE, URN, TELIG and PTREAD_EXP');
  main.nextOpenPaths = [finance];
  await page.getByRole('button', { name: 'Choose a KS2 results file…' }).click();
  await expect(page.getByRole('alert')).toContainText('cfr-2019.csv was not imported. This is not a KS2 results file. It looks like a school finance file (Consistent Financial Reporting, CFR)');
  await expect(page.getByRole('button', { name: /^Import \d+ results$/ })).toHaveCount(0);
  expect(await storedValues()).toEqual(before);

  // The real KS2 file: the year comes from its name, never the baseline; eligible pupils from TELIG.
  main.nextOpenPaths = [KS2_SAMPLE];
  await page.getByRole('button', { name: 'Choose a KS2 results file…' }).click();
  await expect(page.getByText('12 school rows read. Found 3 of the triad’s 3 schools by URN: Anstey Junior School, Beaulieu Village Primary School, Knightwood Primary School.')).toBeVisible();
  await expect(page.getByLabel('Results year')).toHaveValue('2019');
  await expect(page.getByText('Taken from the file’s name')).toBeVisible();
  await expect(page.getByLabel('Column for eligible pupils')).toHaveValue('TELIG');
  await expect(page.getByLabel(`Column for ${reading}`)).toHaveValue('PTREAD_EXP');
  // A level 4+ measure cannot take 2019 expected-standard results.
  await page.getByLabel('Column for KS2 % level 4+ in English').selectOption('PTREAD_EXP');
  await expect(page.getByText(/KS2 % level 4\+ in English \(PTREAD_EXP\): KS2 % level 4\+ in English is a level 4\+ measure, reported only up to 2015; 2019 results are from the expected-standard era/).first()).toBeVisible();
  await page.getByLabel('Column for KS2 % level 4+ in English').selectOption({ label: 'Do not import' });
  await expect(page.getByText('Knightwood Primary School, KS2 % of disadvantaged pupils meeting the expected standard in RWM (PTRWM_EXP_FSM6CLA1A): suppressed (SUPP) to protect small groups — left missing, not counted as 0.')).toBeVisible();

  // Importing into the baseline year needs an explicit choice.
  await page.getByLabel('Results year').fill('2018');
  await page.getByRole('button', { name: 'Import 4 results' }).click();
  await expect(page.getByText('2018 is the baseline year. Tick the box below if these really are the baseline results.')).toBeVisible();
  await page.getByLabel('Results year').fill('2019');

  // The preview shows the value stored now and the one that would replace it.
  await expect(page.getByText('1 value stored now will be replaced (marked “Replaces”).')).toBeVisible();
  const anstey = page.getByRole('row', { name: new RegExp(`Anstey Junior School ${reading}`) });
  await expect(anstey).toContainText('PTREAD_EXP70%Replaces: 78%60');
  await expectAccessible(page, 'KS2 import preview');
  await page.getByRole('button', { name: 'Import 4 results' }).click();
  const confirm = page.getByRole('alert', { name: 'Confirm replacing stored values' });
  await expect(confirm).toContainText(`Anstey Junior School, ${reading}, 2019: 70% → 78%`);
  expect(await storedValues()).toEqual(before);
  await confirm.getByRole('button', { name: 'Replace 1 value and import' }).click();
  const done = page.getByRole('status', { name: 'Import finished' });
  await expect(done.getByRole('heading', { name: 'Imported 4 results from ks2final-2018-19-sample.csv' })).toBeVisible();
  await expect(done).toContainText('1 stored value was replaced.');
  expect((await main.services.backups.list()).map((b) => b.reason)).toContain('before results import');

  // Undo restores the replaced value and removes the rest, in one go; then the head imports again.
  await done.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByText('Import of ks2final-2018-19-sample.csv undone: 3 results removed and 1 replaced value restored.')).toBeVisible();
  expect(await storedValues()).toEqual(before);
  main.nextOpenPaths = [KS2_SAMPLE];
  await page.getByRole('button', { name: 'Choose a KS2 results file…' }).click();
  await page.getByRole('button', { name: 'Import 4 results' }).click();
  await page.getByRole('button', { name: 'Replace 1 value and import' }).click();
  await expect(done.getByRole('heading', { name: 'Imported 4 results from ks2final-2018-19-sample.csv' })).toBeVisible();

  // The computed changes with the pupils they rest on; Beaulieu's 8 pupils are flagged.
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact' })).toBeVisible();
  await page.getByLabel('Measure', { exact: true }).selectOption({ label: reading });
  await expect(page.getByLabel('Anstey Junior School, 2019')).toHaveValue('78');
  await expect(page.getByLabel('Eligible pupils at Anstey Junior School in 2019')).toHaveValue('60');
  const summary = summaryOf(page, reading);
  await expect(summary).toContainText('Schools improved on their 2018 results: 3 of 3 schools (100%)');
  await expect(summary).toContainText('Small cohort (10 or fewer eligible pupils): Beaulieu Village Primary School rests on 8 pupils (1 pupil = 12.5 points)');
  await expect(summary.getByRole('row', { name: /Knightwood/ })).toContainText('60 (1 pupil = 1.7 points)');
  await expect(summary.getByRole('row', { name: /Beaulieu/ })).toContainText('8 (1 pupil = 12.5 points) — small cohort');
  // Suppressed values are missing, not 0.
  await expect(summaryOf(page, 'KS2 % of disadvantaged pupils meeting the expected standard in RWM').getByRole('row', { name: /Knightwood/ })).toContainText('No result');
  await expectAccessible(page, 'impact with pupils');

  // An era-crossing comparison is refused: a 2003 baseline against 2019 expected-standard results.
  await page.getByRole('link', { name: 'Impact settings' }).click();
  await page.getByLabel('Baseline results year').fill('2003');
  await page.getByRole('button', { name: 'Save baseline and threshold' }).click();
  await expect(page.getByText(/Impact settings saved/)).toBeVisible();
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact' })).toBeVisible();
  await page.getByLabel('Measure', { exact: true }).selectOption({ label: reading });
  const refusal = /No comparison: the 2003 baseline is from the level 4\+ era \(up to 2015\) and 2019 results are from the expected-standard era \(2016 onward\)/;
  await expect(page.getByRole('form', { name: `Results for ${reading}` })).toContainText(refusal);
  await expect(summaryOf(page, reading)).toContainText(refusal);
  await expect(summaryOf(page, reading)).toContainText('Schools improved on their 2003 results: not available');
});

test('log entries with evidence linked to an action, and the evidence chain from its spend to its movement', async ({ page, main }) => {
  const data = standardTriad();
  const triadId = data.triad.id;
  const measure = (id: string, name: string, order: number, derivedFrom: Measure['derivedFrom'] = null): Measure => ({
    id, createdAt: at, updatedAt: at, triadId, name, unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom, order,
  });
  const measures = [
    measure('m-english', 'KS2 % level 4+ in English', 1),
    measure('m-maths', 'KS2 % level 4+ in maths', 2),
    measure('m-headline', 'KS2 headline: English and maths', 3, { method: 'average', measureIds: ['m-english', 'm-maths'] }),
  ];
  const { coordinating, partnerA, partnerB } = data.schools;
  const result = (schoolId: string, year: number, value: number): Result => ({
    id: `${schoolId}-${year}`, createdAt: at, updatedAt: at, triadId, schoolId, measureId: 'm-english', year, value, source: 'manual', note: '',
  });
  const results = [result(coordinating.id, 2003, 63), result(coordinating.id, 2004, 72), result(partnerA.id, 2003, 58), result(partnerA.id, 2004, 66), result(partnerB.id, 2003, 70), result(partnerB.id, 2004, 71)];
  const writing: Objective = {
    ...data.objectives[0]!,
    successCriteria: [
      { kind: 'measure', measureId: 'm-english', schoolId: null, from: 63, to: 70, byDate: '2005-07-31', description: 'KS2 English level 4+' },
      { kind: 'qualitative', description: 'Boys say they enjoy writing' },
    ],
  };
  const moderation = data.actions[0]!;
  const ledger = (id: string, kind: LedgerEntry['kind'], status: LedgerEntry['status'], amountPence: number, description: string): LedgerEntry => ({
    id, createdAt: at, updatedAt: at, triadId, year: 2003, kind, date: '2004-02-10', payee: 'Supply agency', description, amountPence,
    budgetLineId: 'line-cover', actionId: moderation.id, schoolId: null, reference: '', status, commitmentId: null, evidenceFileId: null, overrideReason: '',
  });
  await openApp(page);
  await dismissWelcome(page);
  await seedRecords(page, {
    triads: [{ ...data.triad, headlineMeasureId: 'm-headline' }], schools: Object.values(data.schools), people: data.people, plans: [data.plan],
    priorities: data.priorities, objectives: [writing, data.objectives[1]!], actions: data.actions, measures, results,
    ledgerEntries: [
      ledger('l1', 'payment', 'paid', 125_000, 'Supply cover for moderation'),
      ledger('l2', 'commitment', 'open', 40_000, 'Summer moderation day'),
      ledger('l3', 'payment', 'cancelled', 99_900, 'Cancelled booking'),
    ],
  });
  await page.reload();
  await openImpact(page, '/impact/log');
  await expect(page.getByRole('heading', { level: 1, name: 'Impact log' })).toBeVisible();
  await expect(page.getByText('No entries yet.')).toBeVisible();

  const folder = await mkdtemp(path.join(os.tmpdir(), 'impact-evidence-'));
  const notes = path.join(folder, 'moderation-notes.txt');
  await writeFile(notes, 'Year 6 writing moderated across the triad: judgements now agree.');
  const tooBig = path.join(folder, 'lesson-video.mp4');
  await writeFile(tooBig, Buffer.alloc(21 * 1024 * 1024));

  // First entry, linked to the moderation action, with a file (and one over the limit, refused).
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const form = page.getByRole('form', { name: 'New impact log entry' });
  await form.getByLabel('Summary').fill('Moderation judgements now agree');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(form.getByRole('alert')).toContainText('Enter who recorded this.');
  await form.getByLabel('Date').fill('14/05/2004');
  await form.getByLabel('Kind of evidence').selectOption({ label: 'Lesson observation' });
  await form.getByLabel('Recorded by').fill('Ann Patel');
  await form.getByLabel('Hargate Primary School').check();
  await form.getByLabel('Detail').fill('Year 6 teachers from all three schools agreed levels on 30 scripts.');
  await form.getByRole('group', { name: 'Plan actions this speaks to' }).getByLabel(moderation.title).check();
  await form.getByLabel('Tags').fill('writing, moderation');
  await form.getByLabel('Level of impact').selectOption({ label: '4. Use of new knowledge and skills' });
  main.nextOpenPaths = [notes, tooBig];
  await form.getByRole('button', { name: 'Attach evidence files…' }).click();
  await expect(form.getByText(/lesson-video\.mp4 was not attached/)).toBeVisible();
  await expect(form.getByText('moderation-notes.txt (1 KB)')).toBeVisible();
  await expectAccessible(page, 'new log entry');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Impact log entry “Moderation judgements now agree” saved with 1 evidence file.')).toBeVisible();

  // Second entry, not linked to the action.
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await form.getByLabel('Date').fill('20/06/2004');
  await form.getByLabel('Kind of evidence').selectOption({ label: 'Pupil voice' });
  await form.getByLabel('Recorded by').fill('Ben Okafor');
  await form.getByLabel('Summary').fill('Pupils value response partners');
  await form.getByLabel('Tags').fill('AfL');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Entries (2 of 2)' })).toBeVisible();

  // Search and filter.
  await page.getByLabel('Action').selectOption({ label: moderation.title });
  await expect(page.getByRole('heading', { name: 'Entries (1 of 2)' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Moderation judgements now agree' })).toBeVisible();
  await page.getByLabel('Action').selectOption({ label: 'All actions' });
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Pupil voice' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'All kinds' });
  await page.getByLabel('Search text').fill('30 scripts');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByLabel('Search text').fill('');
  await page.getByLabel('From date').fill('01/06/2004');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByLabel('From date').fill('');
  await page.getByLabel('Tag').selectOption('moderation');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByLabel('Tag').selectOption({ label: 'All tags' });
  await page.getByLabel('School').selectOption({ label: 'Hargate Primary School' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByLabel('School').selectOption({ label: 'All schools' });
  await page.getByLabel('A timeline by month').check();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('heading', { name: 'June 2004' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('heading', { name: 'May 2004' })).toBeVisible();
  await expectAccessible(page, 'impact log timeline');

  // The evidence file was copied into the app and opens from its copy.
  await page.getByRole('button', { name: 'Open moderation-notes.txt' }).click();
  await expect.poll(async () => readFile(path.join(main.root, 'user-data', 'opened-evidence', 'moderation-notes.txt'), 'utf8').catch(() => '')).toContain('judgements now agree');

  // Edit an entry.
  await page.getByRole('button', { name: 'Edit entry “Pupils value response partners”' }).click();
  const editForm = page.getByRole('form', { name: 'Edit “Pupils value response partners”' });
  await editForm.getByLabel('Summary').fill('Pupils value talk partners');
  await editForm.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('article', { name: 'Pupils value talk partners' })).toBeVisible();

  // Delete with undo.
  await page.getByRole('button', { name: 'Delete entry “Pupils value talk partners”' }).click();
  await expect(page.getByRole('heading', { name: 'Entries (1 of 1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Entries (2 of 2)' })).toBeVisible();

  // The programme summary: what did the money buy.
  await page.getByRole('link', { name: 'Evidence chain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence chain' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(writing.title) });
  await expect(row).toContainText('£1,250.00');
  await expect(row).toContainText('£400.00');
  await expect(row).toContainText('KS2 % level 4+ in English: +6 points');
  // How far up the chain the objective's evidence reaches: the graded entry speaks to one of its actions.
  await expect(row).toContainText('Evidence reaches level 4 of 5 (use of new knowledge and skills)');
  await expectAccessible(page, 'evidence chain summary');

  // The chain for the action: its spend, its aim, its movement and the log entry that speaks to it.
  await page.getByRole('link', { name: `Evidence chain for ${moderation.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Evidence chain: ${moderation.title}` })).toBeVisible();
  const cost = page.getByRole('region', { name: 'What it cost' });
  await expect(cost).toContainText('Spent: £1,250.00; open commitments: £400.00; estimated in the plan: £6,000.00.');
  await expect(cost.getByRole('row', { name: /Cancelled booking/ })).toContainText('Cancelled');
  await expect(page.getByRole('region', { name: 'What it aimed at' })).toContainText(
    'KS2 % level 4+ in English for the triad from 63% to 70% by 31/07/2005 (KS2 English level 4+) — not yet known: no 2005 results for every school against a target of 70%',
  );
  const moved = page.getByRole('region', { name: 'What moved on its measures' });
  await expect(moved).toContainText('2003 baseline to 2004: triad average change +6 points');
  await expect(moved.getByRole('row', { name: /Hargate/ })).toContainText('+9 points');
  const log = page.getByRole('region', { name: 'What the impact log says' });
  await expect(log).toContainText('14/05/2004, Lesson observation: Moderation judgements now agree (Ann Patel; 1 evidence file)');
  await expect(log).not.toContainText('Pupils value talk partners');
  await expectAccessible(page, 'evidence chain for an action');
});
