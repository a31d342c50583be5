/**
 * The head's year in short gaps: the termly review, money without retyping, forms that ask before
 * losing work, and home's prompt to close the last year.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, dismissWelcome, expectAccessible } from './fixtures';
import { seedRecords, standardTriad } from './seed';

/** Seeds the standard triad and its year-1 plan, with "today" fixed, and opens a route. */
async function seedYear(page: Page, today: string, route: string, change?: (data: ReturnType<typeof standardTriad>) => void) {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  const data = standardTriad();
  change?.(data);
  await openApp(page, '/');
  await dismissWelcome(page);
  await seedRecords(page, {
    triads: [data.triad], schools: Object.values(data.schools), people: data.people, plans: [data.plan],
    priorities: data.priorities, objectives: data.objectives, actions: data.actions,
  });
  await page.goto(`/index.html#${route}`);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  return data;
}

const toast = (page: Page, text: string | RegExp) => page.locator('.toast').filter({ hasText: text });

test('a termly review by keyboard is monitoring, not amendment; a changed date is; the monitoring record prints the latest progress', async ({ page }) => {
  test.setTimeout(120_000);
  await seedYear(page, '2004-03-20', '/plan?year=2003');
  await page.getByRole('button', { name: 'Agree the plan' }).click();
  await page.getByLabel('Name of this version').fill('Agreed by the heads');
  await page.getByLabel('Agreed by').fill('Ann Patel');
  await page.getByRole('button', { name: 'Agree as version 1' }).click();
  await expect(page.getByText('Agreed – version 1')).toBeVisible();

  // The spring review, keyboard only: status with the arrow keys, a note, what happens next.
  await page.getByRole('link', { name: 'Termly review' }).click();
  await expect(page.getByLabel('Term', { exact: true })).toHaveValue('spring');
  await page.getByLabel('Status of action 1.1.1').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Three moderation sessions held');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Moderate the summer writing');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Status of action 1.1.2')).toBeFocused();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Research report finished early');
  await page.getByRole('button', { name: 'Save the termly review' }).focus();
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Termly review saved: 2 progress updates.')).toBeVisible();
  await expectAccessible(page, 'termly review');

  // Progress needs no reason and does not count towards a new version.
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByText('No changes since then.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Agree the amended plan/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Boys’ writing action research/ })).toContainText('Complete');

  // Progress on a past date, from the action's page: still no reason asked.
  await page.getByRole('link', { name: 'Edit action Middle leaders’ coaching programme' }).click();
  await page.getByLabel('Date of this progress').fill('12/01/2004');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'At risk' });
  await page.getByLabel('What happened').fill('Coach off sick');
  await page.getByRole('button', { name: 'Record progress' }).click();
  await expect(page.getByRole('list', { name: 'Progress updates' })).toContainText('12/01/2004 – At risk Coach off sick');
  // A changed date is an amendment: it needs a reason and counts.
  await page.getByLabel('End date').fill('16/07/2004');
  await page.getByLabel('Reason for this change').fill('Coach back after Easter');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByText('1 change since then, each recorded with its reason.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agree the amended plan (version 2)' })).toBeVisible();

  // The term's monitoring record: latest progress per action, no amendment history.
  await page.goto('/index.html#/print/monitoring?year=2003&term=spring');
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  const record = page.locator('main');
  await expect(record.getByRole('heading', { level: 1 })).toHaveText('Black Country Triad: Termly monitoring record: Spring term 2003/04');
  await expect(record.getByRole('row', { name: /Writing moderation across the three schools/ })).toContainText('Three moderation sessions heldModerate the summer writingOn track');
  await expect(record.getByRole('row', { name: /Boys’ writing action research/ })).toContainText('Complete');
  await expect(record.getByRole('row', { name: /Middle leaders’ coaching programme/ })).toContainText('Coach off sick');
  await expect(record).toContainText('Intended outcomes: More pupils reach level 4 in English');
  await expect(record).not.toContainText('Coach back after Easter');
  await expect(record).not.toContainText('End date');
});

test('the plan’s costs are allocated in one step, and a payment over an action’s allocation needs a reason', async ({ page }) => {
  test.setTimeout(120_000);
  const data = await seedYear(page, '2003-10-15', '/budget/setup');
  await expect(page.getByText('Allocated £0.00 of £50,000.00; £50,000.00 not yet allocated.')).toBeVisible();
  // Choosing a plan action fills in its estimated cost.
  const form = page.getByRole('form', { name: 'Add an allocation' });
  await form.getByLabel('Plan action').selectOption({ label: data.actions[1]!.title });
  await expect(form.getByLabel('Amount (£)')).toHaveValue('12000.00');
  await form.getByLabel('Plan action').selectOption('');

  await page.getByRole('button', { name: 'Allocate the plan’s costs' }).click();
  const proposed = page.getByRole('table', { name: 'Proposed allocations from the plan’s estimated costs' });
  await expect(proposed.getByRole('row')).toHaveCount(5);
  await page.getByRole('button', { name: 'Allocate these 4' }).click();
  await expect(page.getByText('Allocated £41,000.00 of £50,000.00; £9,000.00 not yet allocated.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Allocate the plan’s costs' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Ledger' }).click();
  const entryForm = page.getByRole('form', { name: 'Record a commitment or payment' });
  await entryForm.getByLabel('Payment').check();
  await entryForm.getByLabel('Date', { exact: true }).fill('14/10/2003');
  await entryForm.getByLabel('Amount (£)').fill('7000');
  await entryForm.getByLabel('Payee').fill('Sandwell Supply Agency');
  await entryForm.getByLabel('Budget line').selectOption({ label: 'Supply cover' });
  await entryForm.getByLabel('Plan action').selectOption({ label: `${data.actions[0]!.title} (2003/04)` });
  await entryForm.getByRole('button', { name: 'Record payment' }).click();
  const warning = entryForm.getByRole('alert');
  await expect(warning).toContainText(`This would take the action “${data.actions[0]!.title}” £1,000.00 over its allocation of £6,000.00.`);
  await warning.getByRole('button', { name: 'Record anyway' }).click();
  await expect(warning.getByLabel('Reason for going ahead')).toHaveAttribute('aria-invalid', 'true');
  await warning.getByLabel('Reason for going ahead').fill('Extra moderation day agreed by the heads');
  await warning.getByRole('button', { name: 'Record anyway' }).click();
  await expect(toast(page, 'Payment of £7,000.00 to Sandwell Supply Agency recorded.')).toBeVisible();

  // The ledger at 1280 × 800 and at 200% zoom (the same page in half the CSS pixels): the plan-action
  // column, the full text by keyboard in the row's details, and no accessibility problems.
  await page.setViewportSize({ width: 1280, height: 800 });
  const ledger = page.getByRole('table', { name: 'Ledger entries' });
  await expect(ledger.getByRole('columnheader', { name: 'Plan action' })).toBeVisible();
  await expect(ledger.getByRole('row').nth(1)).toContainText(`${data.actions[0]!.title} (2003/04)`);
  await expectAccessible(page, 'ledger at 1280 × 800');
  await page.getByRole('button', { name: 'Details of Sandwell Supply Agency 14/10/2003' }).focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details: Sandwell Supply Agency, 14/10/2003' });
  await expect(page.getByRole('heading', { name: 'Details: Sandwell Supply Agency, 14/10/2003' })).toBeFocused();
  await expect(details).toContainText('Reason given past a warningExtra moderation day agreed by the heads');
  await page.setViewportSize({ width: 640, height: 400 });
  await expectAccessible(page, 'ledger at 200% zoom');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText(/^Forecast year-end spending £42,000\.00, leaving £8,000\.00 unspent: £7,000\.00 spent, £0\.00 committed on open orders and £35,000\.00 allocated to 3 actions still to run/)).toBeVisible();
});

test('home prompts closing year 1 in September of year 2, the copy keeps the plan’s order, and leaving a form with changes asks first', async ({ page }) => {
  test.setTimeout(120_000);
  await seedYear(page, '2004-09-10', '/', (data) => {
    data.actions[0]!.status = 'complete';
    // Priority 2's first action before priority 1's second in raw order: the copy must still follow the plan.
    data.actions[2]!.order = 1;
    data.actions[1]!.order = 2;
  });
  await expect(page.getByRole('heading', { name: 'What needs doing now' })).toBeVisible();
  await page.getByRole('link', { name: 'Close the last programme year' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Close Year 1 (2003/04)' })).toBeVisible();
  const preview = page.getByRole('table', { name: /Preview of the copy into Year 2 \(2004\/05\)/ });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row').nth(1)).toContainText('Raise attainment in writing – More pupils reach level 4 in EnglishBoys’ writing action research with the university01/10/2004 to 16/07/2005');
  await expect(preview.getByRole('row').nth(2)).toContainText('Middle leaders’ coaching programme01/11/2004 to 30/06/2005');
  await expect(preview.getByRole('row').nth(3)).toContainText('Joint CPD days for all staff');
  await expect(page.getByText('£50,000.00 of £50,000.00 is unspent and uncommitted.')).toBeVisible();
  await expectAccessible(page, 'close the year');
  await page.getByRole('button', { name: 'Copy 3 unfinished actions into Year 2 (2004/05)' }).click();
  await expect(page.getByText('Nothing to carry over: 3 already copied into Year 2 (2004/05).')).toBeVisible();
  await page.getByRole('button', { name: 'Mark Year 1 (2003/04) as closed' }).click();
  await expect(page.getByRole('link', { name: 'Close the last programme year' })).toHaveCount(0);

  // Leaving a form with changes asks to keep editing or discard.
  await page.goto('/index.html#/plan/priorities/new?year=2004');
  await page.getByLabel('Priority', { exact: true }).fill('Improve attendance');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  const ask = page.getByRole('alertdialog', { name: 'You have unsaved changes' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Priority', { exact: true })).toHaveValue('Improve attendance');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { name: 'What needs doing now' })).toBeVisible();
});
