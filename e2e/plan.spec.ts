import type { Page } from '@playwright/test';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedRecords, standardTriad } from './seed';

/** Reads every record of one IndexedDB table, as the app stored it. */
async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

/** A triad and its three schools and people, with no plan yet. */
async function seedTriadOnly(page: Page) {
  const data = standardTriad();
  await openApp(page);
  await seedRecords(page, { triads: [data.triad], schools: Object.values(data.schools), people: data.people });
  await page.reload();
  return data;
}

async function seedWithPlan(page: Page, change?: (data: ReturnType<typeof standardTriad>) => void) {
  const data = standardTriad();
  change?.(data);
  await openApp(page);
  await seedRecords(page, {
    triads: [data.triad], schools: Object.values(data.schools), people: data.people, plans: [data.plan],
    priorities: data.priorities, objectives: data.objectives, actions: data.actions,
  });
  await page.reload();
  return data;
}

function toast(page: Page, text: string | RegExp) {
  return page.locator('.toast').filter({ hasText: text });
}

async function addPriority(page: Page, title: string) {
  await page.getByRole('link', { name: 'Add a priority' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a priority' })).toBeVisible();
  await page.getByLabel('Priority', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Add priority' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeVisible();
}

async function addObjective(page: Page, priority: string, title: string, outcome: string) {
  await page.getByRole('link', { name: `Add an objective to priority ${priority}` }).click();
  await page.getByLabel('Objective', { exact: true }).fill(title);
  await page.getByLabel('Outcome').fill(outcome);
  await page.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(title) })).toBeVisible();
}

async function addAction(page: Page, objective: string, a: { title: string; lead: string; start: string; end: string; cost: string }) {
  await page.getByRole('link', { name: `Add an action to objective ${objective}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
  await page.getByLabel('What will be done').fill(a.title);
  await page.getByLabel('Lead school').selectOption({ label: a.lead });
  await page.getByLabel('Owner').fill('Ann Patel');
  await page.getByLabel('Start date').fill(a.start);
  await page.getByLabel('End date').fill(a.end);
  await page.getByLabel('Estimated cost (£)').fill(a.cost);
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('cell', { name: new RegExp(`^${a.title}`) })).toBeVisible();
}

test('a head plans year 1, agrees it, amends an action with a reason, and sees the history and the difference after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await seedTriadOnly(page);
  await openApp(page, '/plan');
  await dismissWelcome(page);
  await page.getByLabel('Programme year').selectOption({ label: 'Year 1 (2003/04)' });
  await expect(page.getByRole('heading', { name: 'No plan for Year 1 (2003/04) yet' })).toBeVisible();
  await expectAccessible(page, 'plan with no plan yet');
  await page.getByRole('button', { name: 'Start the plan for Year 1 (2003/04)' }).click();
  await expect(page.getByText('Draft – not yet agreed.', { exact: false })).toBeVisible();

  await addPriority(page, 'Raise attainment in writing');
  await expectAccessible(page, 'plan with a priority');
  await page.getByRole('link', { name: 'Add an objective to priority Raise attainment in writing' }).click();
  await expect(page.getByText('The triad has no measures yet')).toBeVisible();
  await expectAccessible(page, 'objective form');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await addObjective(page, 'Raise attainment in writing', 'More pupils reach level 4 in English', 'Pupils write at length in every class');
  await page.getByRole('link', { name: 'Add an action to objective More pupils reach level 4 in English' }).click();
  await expectAccessible(page, 'action form');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await addAction(page, 'More pupils reach level 4 in English', { title: 'Writing moderation', lead: 'Hargate Primary School', start: '15/09/2003', end: '31/03/2004', cost: '6000' });
  await addAction(page, 'More pupils reach level 4 in English', { title: 'Boys’ writing research', lead: 'Hamstead Junior School', start: '01/10/2003', end: '16/07/2004', cost: '£12,000.50' });
  await addPriority(page, 'Develop leadership capacity');
  await addObjective(page, 'Develop leadership capacity', 'Middle leaders lead triad CPD', 'Every middle leader leads one session');
  await addAction(page, 'Middle leaders lead triad CPD', { title: 'Coaching programme', lead: 'Hamstead Infant School', start: '01/11/2003', end: '30/06/2004', cost: '8000' });
  await expect(page.getByText('2 priorities, 3 actions, estimated cost £26,000.50.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Boys’ writing research/ })).toContainText('£12,000.50');

  // Agree the plan as version 1.
  await page.getByRole('button', { name: 'Agree the plan' }).click();
  await page.getByLabel('Name of this version').fill('Agreed at the heads’ meeting');
  await page.getByLabel('Agreed by').fill('Ann Patel');
  await page.getByLabel('Date agreed').fill('20/09/2003');
  await page.getByRole('button', { name: 'Agree as version 1' }).click();
  await expect(page.getByText('Agreed – version 1')).toBeVisible();
  await expectAccessible(page, 'agreed plan');

  // Amend an action: the reason is required.
  await page.getByRole('link', { name: 'Edit action Writing moderation' }).click();
  await page.getByLabel('End date').fill('30/04/2004');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByLabel('Reason for this change')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The plan has been agreed: say why you are making this change.').first()).toBeVisible();
  await page.getByLabel('Reason for this change').fill('Supply cover delayed the moderation sessions');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByRole('row', { name: /Writing moderation/ })).toContainText('30/04/2004');
  await expect(page.getByText('1 change since then, each recorded with its reason.')).toBeVisible();

  // After a restart, the history and the difference are still there.
  await page.reload();
  await page.getByRole('link', { name: 'History and versions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan history and versions' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Agreed versions and changes, oldest first' });
  await expect(history.getByRole('row').nth(1)).toContainText('Version 1 agreed: Agreed at the heads’ meeting (agreed by Ann Patel)');
  await expect(history.getByRole('row').nth(2)).toContainText('Changed action “Writing moderation”: End date: 31/03/2004 → 30/04/2004');
  await expect(history.getByRole('row').nth(2)).toContainText('Supply cover delayed the moderation sessions');
  const differences = page.getByRole('list', { name: 'Differences' });
  await expect(differences.getByRole('listitem')).toHaveCount(1);
  await expect(differences).toContainText('Changed action “Writing moderation”');
  await expect(differences.getByRole('row', { name: /End date/ })).toContainText('31/03/2004');
  await expect(differences.getByRole('row', { name: /End date/ })).toContainText('30/04/2004');
  await expectAccessible(page, 'history');

  // Re-agree as version 2 and compare the two agreed versions.
  await page.getByRole('link', { name: /Back to the plan/ }).click();
  await page.getByRole('button', { name: 'Agree the amended plan (version 2)' }).click();
  await page.getByLabel('Name of this version').fill('Renegotiated in the spring term');
  await page.getByRole('button', { name: 'Agree as version 2' }).click();
  await expect(page.getByText('Agreed – version 2')).toBeVisible();
  await page.getByRole('link', { name: 'History and versions' }).click();
  await page.getByLabel('Compare', { exact: true }).selectOption({ label: 'Version 1 – Agreed at the heads’ meeting (20/09/2003)' });
  await page.getByLabel('with', { exact: true }).selectOption('2');
  await expect(page.getByRole('list', { name: 'Differences' })).toContainText('Changed action “Writing moderation”');
  await page.getByLabel('Compare', { exact: true }).selectOption('2');
  await expect(page.getByText('No differences: the two are the same.')).toBeVisible();

  const changes = await readTable<{ reason: string; change: string }>(page, 'changeLog');
  expect(changes.map((c) => [c.change, c.reason])).toEqual([['update', 'Supply cover delayed the moderation sessions']]);
  const versions = await readTable<{ version: number }>(page, 'planVersions');
  expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
});

test('an action outside its programme year gets a message next to the field and nothing is written', async ({ page }) => {
  const data = await seedWithPlan(page);
  await openApp(page, `/plan/actions/new?objectiveId=${data.objectives[0]!.id}`);
  await dismissWelcome(page);
  await page.getByLabel('What will be done').fill('Summer school');
  await page.getByLabel('Start date').fill('01/08/2004');
  await page.getByLabel('End date').fill('30/09/2004');
  await page.getByRole('button', { name: 'Add action' }).click();
  const message = 'The end date must fall within the programme year 2003/04 (01/09/2003 to 31/08/2004).';
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field.invalid .error')).toHaveText([message]);
  await page.getByLabel('End date').fill('31/08/2004');
  await page.getByRole('button', { name: 'Add a milestone' }).click();
  await page.getByLabel('Milestone 1 date').fill('15/07/2004');
  await page.getByLabel('Milestone 1', { exact: true }).fill('Mid-point review');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.locator('.field.invalid .error')).toHaveText(['The milestone must fall within the action’s dates (01/08/2004 to 31/08/2004).']);
  expect((await readTable(page, 'actions')).length).toBe(4);
});

test('deleting a priority takes its objectives and actions, and Undo brings them all back', async ({ page }) => {
  await seedWithPlan(page);
  await openApp(page, '/plan?year=2003');
  await dismissWelcome(page);
  await expect(page.getByRole('heading', { name: 'Priority 1: Raise attainment in writing' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete priority Raise attainment in writing' }).click();
  await expect(toast(page, 'Deleted priority “Raise attainment in writing” with 1 objective and 2 actions.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Raise attainment in writing/ })).toBeHidden();
  await expect(page.getByText('1 priority, 2 actions')).toBeVisible();
  expect((await readTable(page, 'actions')).length).toBe(2);
  await toast(page, 'Deleted priority').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Priority 1: Raise attainment in writing' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Writing moderation across the three schools/ })).toBeVisible();
  await expect(page.getByText('2 priorities, 4 actions')).toBeVisible();

  // The same plan read as a document, and the priority form.
  await page.getByRole('link', { name: 'View as a document' }).click();
  const document = page.locator('article.plan-document');
  await expect(document.getByRole('heading', { name: 'Priority 1: Raise attainment in writing' })).toBeVisible();
  await expect(document.getByRole('row', { name: /^Joint CPD days for all staff/ })).toContainText('Hargate Primary School');
  await expect(document.getByRole('row', { name: /^Joint CPD days for all staff/ })).toContainText('05/01/2004');
  await expect(document.getByRole('row', { name: /^Joint CPD days for all staff/ })).toContainText('£15,000.00');
  await expect(document).toContainText('KS2 English level 4+ from 63% to 70% by July 2005');
  await expectAccessible(page, 'plan document');
  await page.getByRole('link', { name: 'Back to editing the plan' }).click();
  await page.getByRole('link', { name: 'Edit priority Develop leadership capacity' }).click();
  await expect(page.getByLabel('Priority', { exact: true })).toHaveValue('Develop leadership capacity');
  await expectAccessible(page, 'priority form');
});

test('unfinished actions are copied into next year once, dates a year on', async ({ page }) => {
  await seedWithPlan(page, (data) => {
    data.actions[0]!.status = 'complete';
  });
  await openApp(page, '/plan?year=2003');
  await dismissWelcome(page);
  await page.getByRole('button', { name: 'Copy unfinished actions into Year 2 (2004/05)' }).click();
  await expect(toast(page, 'Copied 3 unfinished actions into Year 2 (2004/05).')).toBeVisible();
  await page.getByRole('button', { name: 'Copy unfinished actions into Year 2 (2004/05)' }).click();
  await expect(toast(page, 'Nothing new to copy into Year 2 (2004/05). 3 had already been copied.')).toBeVisible();
  await page.getByLabel('Programme year').selectOption({ label: 'Year 2 (2004/05)' });
  await expect(page.getByText('2 priorities, 3 actions')).toBeVisible();
  await expect(page.getByRole('row', { name: /Boys’ writing action research/ })).toContainText('01/10/2004 to 16/07/2005');
  await expect(page.getByRole('cell', { name: /^Writing moderation/ })).toBeHidden();
});

test('a focus-group decision becomes a plan action and is linked to it', async ({ page }) => {
  const meetingId = crypto.randomUUID();
  const data = await seedWithPlan(page);
  const at = '2003-10-01T09:00:00.000Z';
  const group = { id: crypto.randomUUID(), createdAt: at, updatedAt: at, triadId: data.triad.id, name: 'Writing focus group', mandate: 'Writing', memberIds: [], ownsCpd: false };
  await seedRecords(page, {
    focusGroups: [group],
    meetings: [{ id: meetingId, createdAt: at, updatedAt: at, focusGroupId: group.id, date: '2003-10-01', notes: '', decisions: [{ id: 'd1', text: 'Run a book-talk club for boys', actionId: null }] }],
  });
  await page.reload();
  await openApp(page, `/plan/actions/new?meetingId=${meetingId}&decisionId=d1`);
  await dismissWelcome(page);
  await expect(page.getByLabel('What will be done')).toHaveValue('Run a book-talk club for boys');
  await expect(page.getByText('decision “Run a book-talk club for boys”')).toBeVisible();
  await page.getByLabel('Objective').selectOption({ label: 'Raise attainment in writing – More pupils reach level 4 in English' });
  await page.getByLabel('Focus group').selectOption({ label: 'Writing focus group' });
  await page.getByLabel('Start date').fill('03/11/2003');
  await page.getByLabel('End date').fill('02/04/2004');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('cell', { name: /^Run a book-talk club for boys/ })).toBeVisible();
  const actions = await readTable<{ id: string; title: string; focusGroupId: string }>(page, 'actions');
  const created = actions.find((a) => a.title === 'Run a book-talk club for boys')!;
  expect(created.focusGroupId).toBe(group.id);
  const meetings = await readTable<{ decisions: { actionId: string | null }[] }>(page, 'meetings');
  expect(meetings[0]!.decisions[0]!.actionId).toBe(created.id);
});

test('the home view shows this year’s plan at a glance: status counts, due, overdue and changes since agreement', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2004-04-05T10:00:00'));
  await seedWithPlan(page, (data) => {
    data.actions[2]!.milestones = [{ id: 'm1', date: '2004-04-14', description: 'Coaching review with the link adviser', done: false }];
    data.actions[3]!.status = 'on-track';
  });
  await openApp(page, '/');
  await dismissWelcome(page);
  await expect(page.getByRole('heading', { name: 'Year 1 (2003/04) at a glance' })).toBeVisible();
  const counts = page.getByRole('table', { name: 'Number of actions in each status, for each priority' });
  await expect(counts.getByRole('row', { name: /Develop leadership capacity/ })).toHaveText(/Develop leadership capacity110002/);
  const due = page.getByRole('table', { name: 'Due in the next 14 days' });
  await expect(due.getByRole('row')).toHaveCount(2);
  await expect(due.getByRole('row').nth(1)).toContainText('14/04/2004Milestone: Coaching review with the link adviserMiddle leaders’ coaching programme');
  const overdue = page.getByRole('table', { name: 'Overdue actions' });
  await expect(overdue.getByRole('row')).toHaveCount(2);
  await expect(overdue.getByRole('row').nth(1)).toContainText('Writing moderation across the three schools31/03/2004Not started5');
  await expect(page.getByText('The plan has not been agreed yet, so changes are not being recorded.')).toBeVisible();
  await expectAccessible(page, 'home at a glance');

  // Agree the plan, change an action with a reason: home lists the change.
  await page.getByRole('link', { name: 'Open the plan' }).click();
  await page.getByRole('button', { name: 'Agree the plan' }).click();
  await page.getByLabel('Name of this version').fill('Agreed by the heads');
  await page.getByLabel('Agreed by').fill('Ann Patel');
  await page.getByRole('button', { name: 'Agree as version 1' }).click();
  await expect(page.getByText('Agreed – version 1')).toBeVisible();
  await page.getByRole('button', { name: 'Delete action Joint CPD days for all staff' }).click();
  await page.getByLabel('Reason – delete action joint cpd days for all staff').fill('Covered by the LEA’s own CPD days');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(toast(page, 'Deleted action “Joint CPD days for all staff”.')).toBeVisible();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByText('Deleted action “Joint CPD days for all staff”. Reason: Covered by the LEA’s own CPD days')).toBeVisible();
});

test('the plan and home views are honest when there is no triad', async ({ page }) => {
  await openApp(page, '/plan');
  await expect(page.getByRole('heading', { name: 'No triad set up yet' })).toBeVisible();
  await expectAccessible(page, 'plan without a triad');
});

test('an objective’s success criterion can be a target on one of the triad’s measures', async ({ page }) => {
  const data = standardTriad();
  await openApp(page);
  const at = '2003-09-01T09:00:00.000Z';
  await seedRecords(page, {
    triads: [data.triad], schools: Object.values(data.schools), plans: [data.plan], priorities: data.priorities,
    measures: [{ id: 'm-english', createdAt: at, updatedAt: at, triadId: data.triad.id, name: 'KS2 English level 4+', unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom: null, order: 1 }],
  });
  await page.reload();
  await openApp(page, `/plan/objectives/new?priorityId=${data.priorities[0]!.id}`);
  await dismissWelcome(page);
  await expect(page.getByText('The triad has no measures yet')).toBeHidden();
  await page.getByLabel('Objective', { exact: true }).fill('More pupils reach level 4 in English');
  await page.getByRole('button', { name: 'Remove success criterion 1' }).click();
  await page.getByRole('button', { name: 'Add a target on a measure' }).click();
  await page.getByLabel('Measure').selectOption({ label: 'KS2 English level 4+' });
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Hamstead Junior School' });
  await page.getByLabel('From', { exact: true }).fill('63');
  await page.getByLabel('Target').fill('170');
  await page.getByLabel('By', { exact: true }).fill('31/07/2004');
  await page.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByLabel('Target')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('A percentage must be between 0 and 100.');
  await expectAccessible(page, 'objective form with a measure target');
  await page.getByLabel('Target').fill('70');
  await page.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Objective 1.1: More pupils reach level 4 in English' })).toBeVisible();
  await expect(page.getByText('KS2 English level 4+ from 63% to 70% by 31/07/2004 (Hamstead Junior School)')).toBeVisible();
  // The plan says whether the target was met, from the results: none for 2004 yet.
  await expect(page.getByText('KS2 English level 4+ from 63% to 70% by 31/07/2004 (Hamstead Junior School) — not yet known: no 2004 results against a target of 70%')).toBeVisible();
});
