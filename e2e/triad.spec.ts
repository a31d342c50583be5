import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedRecords, standardTriad } from './seed';

const OFFICIAL_HEADER_FOR_E2E =
  '"URN","LA (code)","LA (name)","EstablishmentNumber","EstablishmentName","TypeOfEstablishment (name)","EstablishmentStatus (name)","OpenDate","CloseDate","PhaseOfEducation (name)","Street","Locality","Town","Postcode","TelephoneNum","HeadTitle (name)","HeadFirstName","HeadLastName"';
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

test('import the register, pick three schools, record their membership, and a fourth is refused', async ({ page, main }) => {
  // Long, and run beside other workers on two shared cores.
  test.setTimeout(240_000);
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


  // Membership, transparently: written criteria, then each school's evidence, agreement and role.
  await page.getByRole('navigation', { name: 'Triad sections' }).getByRole('link', { name: 'Membership' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Membership' })).toBeVisible();
  await page.getByLabel('New criterion for the co-ordinating role').fill('Has led successful school-to-school support');
  await page.getByRole('form', { name: 'Add a criterion for the co-ordinating role' }).getByRole('button', { name: 'Add criterion' }).click();
  await page.getByLabel('New criterion for the partner role').fill('Commits staff time to joint CPD');
  await page.getByRole('form', { name: 'Add a criterion for the partner role' }).getByRole('button', { name: 'Add criterion' }).click();
  await page.getByLabel('New criterion for the partner role').fill('Willing to share its data openly');
  await page.getByRole('form', { name: 'Add a criterion for the partner role' }).getByRole('button', { name: 'Add criterion' }).click();
  // Reorder: the data criterion first.
  await page.getByRole('button', { name: 'Move up: Willing to share its data openly' }).click();
  const partnerCriteria = page.getByRole('region', { name: 'Criteria for the partner role' }).first();
  await expect(partnerCriteria.getByRole('listitem').first()).toContainText('Willing to share its data openly');

  const hargateForm = page.getByRole('form', { name: 'Hargate Primary School' });
  await hargateForm.getByLabel('Date the school agreed to join').fill('14/07/2003');
  await hargateForm.getByLabel('Evidence: Has led successful school-to-school support').fill('Supported two schools out of serious weaknesses, 2001–03');
  await hargateForm.getByRole('button', { name: 'Save membership of Hargate Primary School' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Membership of Hargate Primary School saved.' })).toBeVisible();

  const juniorForm = page.getByRole('form', { name: 'Hamstead Junior School' });
  await juniorForm.getByLabel('Date the school agreed to join').fill('15/07/2003');
  await juniorForm.getByLabel('Evidence: Commits staff time to joint CPD').fill('Two INSET days a year given to the triad');
  await juniorForm.getByRole('button', { name: 'Save membership of Hamstead Junior School' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Membership of Hamstead Junior School saved.' })).toBeVisible();

  // The infant school wanted to co-ordinate; the LEA decided openly that it joins as a partner.
  const infantForm = page.getByRole('form', { name: 'Hamstead Infant School' });
  await infantForm.getByLabel('Date the school agreed to join').fill('21/07/2003');
  await infantForm.getByLabel('The schools and the LEA disagreed, and the LEA decided').check();
  await infantForm.getByRole('button', { name: 'Save membership of Hamstead Infant School' }).click();
  await expect(infantForm.getByRole('alert')).toContainText('Give the LEA’s reasons');
  await expect(infantForm.getByLabel('The LEA’s reasons')).toHaveAttribute('aria-invalid', 'true');
  await infantForm.getByLabel('Date of the LEA’s decision').fill('18/07/2003');
  await infantForm.getByLabel('The LEA decided', { exact: true }).selectOption({ label: 'Admitted as a partner school' });
  await infantForm.getByLabel('The LEA’s reasons').fill('Hargate has the capacity to co-ordinate; the infant school gains most as a partner.');
  await infantForm.getByRole('button', { name: 'Save membership of Hamstead Infant School' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Membership of Hamstead Infant School saved.' })).toBeVisible();
  await expectAccessible(page, 'membership');

  await page.reload();
  const record = page.getByRole('region', { name: 'The membership record' });
  await expect(record.getByRole('region', { name: 'Membership of Hargate Primary School' })).toContainText('14/07/2003');
  await expect(record.getByRole('region', { name: 'Membership of Hargate Primary School' })).toContainText('Supported two schools out of serious weaknesses');
  await expect(record.getByRole('region', { name: 'Membership of Hamstead Junior School' })).toContainText('Two INSET days a year given to the triad');
  const infantRecord = record.getByRole('region', { name: 'Membership of Hamstead Infant School' });
  await expect(infantRecord).toContainText('On 18/07/2003 the LEA decided: Admitted as a partner school.');
  await expect(infantRecord).toContainText('the infant school gains most as a partner');
  await expect(page.getByRole('form', { name: 'Hamstead Infant School' }).getByLabel('The LEA’s reasons')).toHaveValue(/gains most as a partner/);

  await page.getByRole('navigation', { name: 'Triad sections' }).getByRole('link', { name: 'Schools' }).click();
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

  // A closed school is marked, with its successor, and needs a reason before it is used.
  const closed = `${dir}/register-with-closed.csv`;
  writeFileSync(closed, [
    'URN,EstablishmentName,EstablishmentStatus (name),CloseDate,PhaseOfEducation (name),LinkURN,LinkName,LinkType',
    '103900,Hamstead Junior School,Closed,31-08-2012,Primary,140001,Hamstead Academy,Successor',
    '140001,Hamstead Academy,Open,,Primary,103900,Hamstead Junior School,Predecessor',
  ].join('\r\n'));
  main.nextOpenPaths = [closed];
  await importButton.click();
  const results = page.getByRole('region', { name: 'Matching schools' });
  await expect(results.getByRole('row', { name: /^Hamstead Junior School 103900/ })).toContainText('Closed: Closed (closed 31/08/2012)Successor: Hamstead Academy (URN 140001)');
  await page.getByRole('button', { name: 'Use this school: Hamstead Junior School' }).click();
  await page.getByRole('button', { name: 'Use this closed school' }).click();
  await expect(results).toContainText('Give the reason for adding a closed school, or choose its open successor.');
  await expect(page.getByRole('form', { name: /Add a school/ })).toHaveCount(0);
  await page.getByLabel('Why add Hamstead Junior School, which is closed?').fill('Its 2003 baseline results are under this URN');
  await page.getByRole('button', { name: 'Use this closed school' }).click();
  await expect(page.getByText('The register lists it as closed; your reason is kept with the school: “Its 2003 baseline results are under this URN”.')).toBeVisible();
  await expect(page.getByText(/Linked in the register to its successor URN 140001: the KS2 import can offer their results\./)).toBeVisible();
});

/** Opens the app with the standard seeded triad (three schools, their heads, a link adviser, a plan). */
async function openWithStandardTriad(page: Page, route: string) {
  await openApp(page, '/');
  await dismissWelcome(page);
  const data = standardTriad();
  await seedRecords(page, {
    triads: [data.triad],
    schools: Object.values(data.schools),
    people: data.people,
    plans: [data.plan],
    priorities: data.priorities,
    objectives: data.objectives,
    actions: data.actions,
  });
  await page.goto(`/index.html#${route}`);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  return data;
}

test('the triad sections are links reachable with the keyboard', async ({ page }) => {
  test.setTimeout(150_000);
  await openWithStandardTriad(page, '/triad');
  for (const section of ['Schools', 'Membership', 'People and partners', 'Focus groups', 'Details']) {
    await page.locator('h1').focus();
    let reached = false;
    for (let presses = 0; presses < 10 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((name) => document.activeElement?.textContent?.trim() === name, section);
    }
    expect(reached, `Tab reaches ${section}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Triad sections' }).getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page, `triad: ${section}`);
  }
});

test('a school’s details are checked next to each field; intervention is shown apart; removing can be undone', async ({ page }) => {
  await openWithStandardTriad(page, '/triad/schools');
  const junior = page.getByRole('region', { name: 'Hamstead Junior School' });
  await junior.getByRole('button', { name: 'Edit Hamstead Junior School' }).click();
  const form = page.getByRole('form', { name: 'Edit Hamstead Junior School' });
  await form.getByLabel('URN').fill('10389');
  await form.getByLabel('DfE number').fill('3332015');
  await form.getByRole('button', { name: 'Save school' }).click();
  await expect(form.getByText('A URN is 6 digits, for example 103905.').last()).toBeVisible();
  await expect(form.getByLabel('URN')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('A DfE number is the LA code and establishment number, for example 333/2015.').last()).toBeVisible();
  await expectAccessible(page, 'school form with errors');

  await form.getByLabel('URN').fill('103895');
  await form.getByLabel('DfE number').fill('333/2015');
  await form.getByLabel('Intervention category').selectOption({ label: 'Special measures' });
  await form.getByRole('button', { name: 'Save school' }).click();
  await expect(junior.locator('.badge.intervention')).toHaveText('Intervention: Special measures');
  await expect(junior).toContainText('Supported by intervention, which is separate from the triad’s improvement work.');

  // A second co-ordinating school is refused.
  await page.getByRole('region', { name: 'Hamstead Infant School' }).getByRole('button', { name: 'Edit Hamstead Infant School' }).click();
  await page.getByLabel('Role in the triad').selectOption({ label: 'Co-ordinating school' });
  await page.getByRole('button', { name: 'Save school' }).click();
  await expect(page.getByRole('alert')).toContainText('The triad already has its co-ordinating school.');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await junior.getByRole('button', { name: 'Remove Hamstead Junior School' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Hamstead Junior School' })).toHaveCount(0);
  await expect(page.getByText('1 still to choose.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Hamstead Junior School' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Hamstead Junior School' }).locator('.badge.intervention')).toBeVisible();
});

test('people, the LEA support team and partners beyond the network', async ({ page }) => {
  await openWithStandardTriad(page, '/triad/people');
  const addPerson = page.getByRole('form', { name: 'Add a person' });
  await addPerson.getByRole('button', { name: 'Add person' }).click();
  await expect(addPerson.getByText('Choose the school, or the LEA support team.').last()).toBeVisible();

  await addPerson.getByLabel('Where they work').selectOption({ label: 'Hargate Primary School' });
  await addPerson.getByLabel('Name').fill('Jo Evans');
  await addPerson.getByLabel('Role', { exact: true }).fill('Research/learning link teacher');
  await addPerson.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('region', { name: 'Hargate Primary School' }).getByRole('cell', { name: 'Jo Evans', exact: true })).toBeVisible();

  await addPerson.getByLabel('Where they work').selectOption({ label: 'LEA support team' });
  await addPerson.getByLabel('Name').fill('Pat Green');
  await addPerson.getByLabel('Part in the LEA support team').selectOption({ label: 'Administration officer' });
  await addPerson.getByRole('button', { name: 'Add person' }).click();
  const lea = page.getByRole('region', { name: 'LEA support team' });
  await expect(lea.getByRole('row', { name: /Pat Green/ })).toContainText('Administration officer');
  await expect(lea.getByRole('row', { name: /Dan Hughes/ })).toContainText('Link adviser');

  const addPartner = page.getByRole('form', { name: 'Add a partner beyond the network' });
  await addPartner.getByRole('button', { name: 'Add partner' }).click();
  await expect(addPartner.getByText(/Say what this partnership provides/).last()).toBeVisible();
  await addPartner.getByLabel('Partner’s name').fill('University of Wolverhampton');
  await addPartner.getByLabel('What the partnership provides').fill('Accredits teachers’ action research at master’s level');
  await addPartner.getByRole('button', { name: 'Add partner' }).click();
  await expectAccessible(page, 'people and partners');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Partners beyond the network' })).toContainText('Accredits teachers’ action research');
  await page.getByRole('button', { name: 'Edit Pat Green' }).click();
  const edit = page.getByRole('form', { name: 'Edit Pat Green' });
  await expect(edit.getByLabel('Part in the LEA support team')).toHaveValue('administration-officer');
  await edit.getByLabel('Phone').fill('0121 569 2000');
  await edit.getByRole('button', { name: 'Save person' }).click();
  await expect(lea.getByRole('row', { name: /Pat Green/ })).toContainText('0121 569 2000');
  await page.getByRole('button', { name: 'Edit University of Wolverhampton' }).click();
  await page.getByRole('form', { name: 'Edit University of Wolverhampton' }).getByLabel('Contact').fill('Dr A. Reader');
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect(page.getByRole('region', { name: 'Partners beyond the network' })).toContainText('Dr A. Reader');
  await page.getByRole('button', { name: 'Remove Pat Green' }).click();
  await expect(lea.getByRole('row', { name: /Pat Green/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lea.getByRole('row', { name: /Pat Green/ })).toBeVisible();
});

test('a focus group with a mandate, members and a meeting whose decision becomes a plan action', async ({ page }) => {
  test.setTimeout(120_000);
  const data = await openWithStandardTriad(page, '/triad/focus-groups');
  await page.getByRole('button', { name: 'Add a focus group' }).click();
  const form = page.getByRole('form', { name: 'Add a focus group' });
  await form.getByRole('button', { name: 'Add focus group' }).click();
  await expect(form.getByText('Enter the focus group’s name.').last()).toBeVisible();
  await form.getByLabel('Focus group name').fill('CPD group');
  await form.getByLabel('Mandate').fill('Plans, runs and evaluates joint CPD across the three schools');
  await form.getByLabel('This group owns continuing professional development (CPD) for the triad').check();
  await form.getByLabel('Ann Patel (Headteacher)').check();
  await form.getByLabel('Cara Lewis (Headteacher)').check();
  await form.getByRole('button', { name: 'Add focus group' }).click();

  const group = page.getByRole('region', { name: 'CPD group' });
  await expect(group).toContainText('Owns CPD');
  await expect(group).toContainText('Ann Patel (Hargate Primary School); Cara Lewis (Hamstead Infant School)');
  const meeting = group.getByRole('form', { name: 'Record a meeting of CPD group' });
  await meeting.getByLabel('Meeting date').fill('3/10/2003');
  await meeting.getByLabel('Notes').fill('Agreed the year’s CPD calendar.');
  await meeting.getByLabel('Decisions').fill('Run a joint INSET day on writing\nVisit each school’s Year 6 class');
  await meeting.getByRole('button', { name: 'Record meeting' }).click();
  await expect(group.getByRole('heading', { name: 'Meeting on 03/10/2003' })).toBeVisible();
  await expectAccessible(page, 'focus groups');

  await page.reload();
  await page.getByRole('button', { name: 'Make this a plan action: Run a joint INSET day on writing' }).click();
  await expect(page).toHaveURL(/#\/plan\/actions\/new\?meetingId=[\w-]+&decisionId=[\w-]+$/);

  // The plan prefills the action from the decision; once saved, the meeting says what it became.
  const action = page.getByRole('form', { name: 'Action' });
  await expect(action.getByLabel('What will be done')).toHaveValue('Run a joint INSET day on writing');
  await action.getByLabel('Objective').selectOption({ label: `${data.priorities[1]!.title} – ${data.objectives[1]!.title}` });
  await action.getByLabel('Owner').fill('Ann Patel');
  await action.getByLabel('Start date').fill('05/01/2004');
  await action.getByLabel('End date').fill('05/01/2004');
  await action.getByLabel('Estimated cost (£)').fill('1500');
  await action.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Action added.' })).toBeVisible();

  await page.getByRole('link', { name: 'Triad', exact: true }).click();
  await page.getByRole('navigation', { name: 'Triad sections' }).getByRole('link', { name: 'Focus groups' }).click();
  await expect(page.getByText('Became action: Run a joint INSET day on writing')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make this a plan action: Visit each school’s Year 6 class' })).toBeVisible();
});

test('a full-size Windows-1252 register imports with progress and the window stays responsive', async ({ page, main }) => {
  test.setTimeout(120_000);
  await openWithTriadOnly(page, '/triad/schools');
  // About the size of a full download: 50,000 schools in the official layout, Windows-1252, CRLF,
  // with the quirks real downloads have.
  const header = OFFICIAL_HEADER_FOR_E2E;
  const lines = [header];
  for (let i = 0; i < 50_000; i += 1) {
    const la = i % 2 ? '333' : '888';
    lines.push(
      `${110000 + i},"${la}","${la === '333' ? 'Sandwell' : 'Lancashire'}","${2000 + (i % 7000)}","School ${i}, Street ${i % 97}","Community school","Open","01-01-1900","","Primary","High Street","","Town","B1 1AA","","Mrs","Ann","Smith","Linked establishments","extra"`,
    );
  }
  lines.splice(14, 0, `,"333","Sandwell","2999","A row with no URN","Community school","Open","","","Primary","","","","","","","",""`);
  lines.push(`170000,"333","Sandwell","3300","St Thomas à Becket Catholic Primary School","Voluntary aided school","Open","01-09-1975","","Primary","Ash Road","","Walsall","WS1 1AA","","Mrs","Zoë","Brown"`);
  const file = test.info().outputPath('edubasealldata.csv');
  writeFileSync(file, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));

  main.nextOpenPaths = [file];
  await page.getByRole('button', { name: 'Import a school register (CSV)' }).click();
  await expect(page.getByText(/Reading the school register/)).toBeVisible();
  // The page answers while the worker reads the file.
  const started = Date.now();
  await page.evaluate(() => document.title);
  expect(Date.now() - started).toBeLessThan(1000);

  const report = page.getByRole('region', { name: /Import report/ });
  await expect(report).toContainText('Read 50,002 rows: kept 50,001, skipped 1.', { timeout: 60_000 });
  await expect(report).toContainText('Row 15: no URN');
  await expect(report).toContainText('Windows-1252');
  await expect(report).toContainText('50,000 rows had more fields than the header');
  await page.getByLabel('Search by name or URN').fill('Becket');
  await expect(page.getByRole('cell', { name: 'St Thomas à Becket Catholic Primary School', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Use this school: St Thomas à Becket Catholic Primary School' }).click();
  await expect(page.getByLabel('DfE number')).toHaveValue('333/3300');
  await expect(page.getByLabel('Head teacher')).toHaveValue('Mrs Zoë Brown');
});

test('membership criteria can be edited, and a deleted criterion comes back with Undo', async ({ page }) => {
  await openWithStandardTriad(page, '/triad/membership');
  const add = page.getByRole('form', { name: 'Add a criterion for the co-ordinating role' });
  await add.getByRole('button', { name: 'Add criterion' }).click();
  await expect(add.getByText(/Write the criterion/)).toBeVisible();
  await add.getByLabel('New criterion for the co-ordinating role').fill('Good Ofsted judgement');
  await add.getByRole('button', { name: 'Add criterion' }).click();
  await page.getByRole('button', { name: 'Edit criterion: Good Ofsted judgement' }).click();
  await page.getByRole('form', { name: 'Edit criterion' }).getByLabel('Criterion').fill('Good or better leadership at its last inspection');
  await page.getByRole('button', { name: 'Save criterion' }).click();
  const criteria = page.getByRole('region', { name: 'Criteria for the co-ordinating role' }).first();
  await expect(criteria.getByRole('listitem').first()).toContainText('Good or better leadership at its last inspection');
  await page.getByRole('button', { name: 'Delete criterion: Good or better leadership at its last inspection' }).click();
  await expect(criteria).toContainText('No criteria written yet.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(criteria.getByRole('listitem').first()).toContainText('Good or better leadership at its last inspection');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Criteria for the co-ordinating role' }).first()).toContainText('Good or better leadership');
});
