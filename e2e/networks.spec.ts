import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImpactLogEntry, NetworkEntry, NetworkSheetRecord } from '../src-renderer/core/model';
import { documentHash, encodeNetworkFile, type NetworkDocument, type NetworkSheet } from '../src-renderer/core/network-file';
import { AUDIT_CSV_COLUMNS } from '../src-renderer/core/network-audit';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedRecords, seedStandardTriad } from './seed';

/** Today as the app sees it, so the journey works whatever day it runs. */
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const at = `${today}T09:00:00.000Z`;
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** Lancashire networks of real schools (GIAS 2021, LA 888), written by the app's own encoder. */
function lancashire(id: string, name: string, kind: NetworkSheet['kind'], schools: [string, string, string][], coLeader: string, phone: string, focus: string): NetworkSheet {
  return {
    networkId: id, name, kind, localAuthority: 'Lancashire', startedYear: 2002, focus,
    schools: schools.map(([urn, school, area]) => ({ urn, name: school, area })),
    coLeaders: [{ name: coLeader, school: schools[0]![1], role: 'Headteacher', email: '', phone }],
    partners: [{ name: 'Edge Hill College', provides: 'Accreditation of teacher research' }],
    collaborativeWork: `${name}: shared moderation and joint staff development.`, recentActivity: `Joint training day on ${focus.toLowerCase()}.`,
    preparedOn: daysAgo(10), preparedBy: coLeader,
  };
}
const wyre = lancashire('net-wyre', 'Wyre Rural Schools Cluster', 'small-school-cluster', [['119128', 'Forton Primary School', 'Wyre'], ['119140', 'Nateby Primary School', 'Wyre'], ['119147', 'Stalmine Primary School', 'Wyre']], 'Helen Hartley', '01524 791 000', 'Writing in mixed-age classes');
const preston = lancashire('net-preston', 'Preston Networked Learning Community', 'networked-learning-community', [['119151', 'Fulwood and Cadley Primary School', 'Preston'], ['119152', 'Harris Primary School', 'Preston'], ['119128', 'Forton Primary School', 'Wyre']], 'James Patel', '01772 000 111', 'Assessment for learning');
const lancaster = lancashire('net-lancaster', 'Lancaster Excellence Cluster', 'excellence-cluster', [['119130', 'Lancaster Dallas Road Community Primary School', 'Lancaster'], ['119132', 'Lancaster Ryelands Primary School', 'Lancaster']], 'Karen Lowe', '01524 000 222', 'Gifted and talented pupils');
/** A network whose only sheet came two years ago: it has not returned one this year. */
const fylde = lancashire('net-fylde', 'Fylde Associate Network', 'associate-network', [['119145', 'Kirkham and Wesham Primary School', 'Fylde'], ['119146', 'Ansdell Primary School', 'Fylde']], 'Mark Ellis', '01253 000 333', 'Outdoor learning');

const words = (n: number, start: string) => `${start} ${Array.from({ length: n - start.split(' ').length }, (_, i) => `word${i}`).join(' ')}`;
const cameo = (sheet: NetworkSheet, title: string): NetworkDocument => ({
  document: 'cameo',
  cameo: { networkId: sheet.networkId, networkName: sheet.name, kind: sheet.kind, title, text: words(110, `${title}: pupils wrote for real audiences.`), writtenOn: today, coLeaders: sheet.coLeaders, picture: null },
});

test('a head sends a sheet and a cameo; the LEA adviser keeps the directory, forum, newsletter and audit', async ({ page, main }) => {
  const file = (name: string) => path.join(main.root, name);

  // ---- The co-ordinating head: identification sheet and cameo, drafted from the app's records ----
  await openApp(page);
  await dismissWelcome(page);
  const triad = await seedStandardTriad(page);
  const impact = (summary: string, date: string): ImpactLogEntry => ({
    id: randomUUID(), createdAt: at, updatedAt: at, triadId: triad.triad.id, date, kind: 'cpd-evaluation', author: 'Ann Patel',
    schoolIds: [triad.schools.coordinating.id], summary, detail: '', objectiveIds: [], actionIds: [], tags: [], evidenceFileIds: [],
  });
  await seedRecords(page, { impactLog: [impact('Writing moderation day across the three schools', daysAgo(20)), impact('Boys’ writing research shared with governors', daysAgo(5))] });
  await page.reload();
  await page.getByRole('link', { name: 'Exports', exact: true }).click();
  const sheetSection = page.getByRole('region', { name: 'Network identification sheet for the LEA' });
  await expect(sheetSection.getByLabel('Network name')).toHaveValue('Black Country Triad');
  await expect(sheetSection.getByLabel('Recent activity')).toHaveValue(/Boys’ writing research shared with governors/);
  await sheetSection.getByRole('button', { name: 'Export identification sheet for the LEA' }).click();
  // No co-leader yet: the head is told before anything is saved.
  await expect(sheetSection.getByRole('alert')).toContainText('co-leader');
  await sheetSection.getByRole('button', { name: 'Add a co-leader' }).click();
  await sheetSection.getByLabel('Co-leader 1: name').fill('Ann Patel');
  await sheetSection.getByLabel('Co-leader 1: school').fill('Hargate Primary School');
  await sheetSection.getByLabel('Co-leader 1: telephone').fill('0121 553 0000');
  await sheetSection.getByLabel('LA area of Hargate Primary School').fill('West Bromwich');
  await sheetSection.getByLabel('Our collaborative work').fill('Three schools moderate writing together and research boys’ writing with the university.');
  main.nextSavePath = file('black-country.triadnetwork');
  await sheetSection.getByRole('button', { name: 'Export identification sheet for the LEA' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Identification sheet saved as black-country.triadnetwork' })).toBeVisible();
  main.nextSavePath = file('sheet.pdf');
  await sheetSection.getByRole('button', { name: 'Export identification sheet as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved sheet.pdf.' })).toBeVisible({ timeout: 45_000 });
  const sheetPdf = pdfText(file('sheet.pdf'));
  expect(sheetPdf).toContain('Black Country Triad');
  expect(sheetPdf).toMatch(/Hargate Primary School \(URN 103905, West Bromwich\)/);
  expect(sheetPdf).toContain('Ann Patel, Hargate Primary School, 0121 553 0000');
  expect(execFileSync('pdfinfo', [file('sheet.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);

  const cameoSection = page.getByRole('region', { name: 'Newsletter cameo for the LEA' });
  await expect(cameoSection.getByLabel('Cameo text')).toHaveValue(/Writing moderation day across the three schools\./);
  await cameoSection.getByRole('button', { name: 'Export cameo for the LEA' }).click();
  await expect(cameoSection.getByRole('alert')).toContainText('A cameo is 100 to 150 words');
  await cameoSection.getByLabel('Cameo text').fill(words(120, 'Black Country writing: three schools moderated writing together this term.'));
  main.nextSavePath = file('black-country-cameo.triadnetwork');
  await cameoSection.getByRole('button', { name: 'Export cameo for the LEA' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cameo saved as black-country-cameo.triadnetwork' })).toBeVisible();
  await expectAccessible(page, 'exports with the identification sheet and cameo');

  // ---- The LEA adviser: a directory of networks of different kinds ----
  const oldSheet: NetworkSheet = { ...fylde, preparedOn: `${Number(today.slice(0, 4)) - 2}-10-01` };
  const oldRecord: NetworkSheetRecord = { id: randomUUID(), createdAt: at, updatedAt: at, networkId: fylde.networkId, receivedOn: oldSheet.preparedOn, fileName: 'fylde.triadnetwork', contentHash: await documentHash({ document: 'identification-sheet', sheet: oldSheet }), sheet: oldSheet };
  const oldEntry: NetworkEntry = { id: fylde.networkId, createdAt: at, updatedAt: at, name: fylde.name, kind: fylde.kind, latestSheetId: oldRecord.id, receivedOn: oldRecord.receivedOn };
  await seedRecords(page, { networks: [oldEntry], networkSheets: [oldRecord] });
  const made = { appVersion: '0.2.0', createdAt: at };
  const outgoing: [string, NetworkDocument][] = [
    ['wyre.triadnetwork', { document: 'identification-sheet', sheet: wyre }],
    ['preston.triadnetwork', { document: 'identification-sheet', sheet: preston }],
    ['lancaster.triadnetwork', { document: 'identification-sheet', sheet: lancaster }],
    ['wyre-cameo-1.triadnetwork', cameo(wyre, 'Wyre writers')],
    ['wyre-cameo-2.triadnetwork', cameo(wyre, 'Wyre outdoors')],
    ['preston-cameo.triadnetwork', cameo(preston, 'Preston feedback')],
  ];
  for (const [name, content] of outgoing) writeFileSync(file(name), await encodeNetworkFile({ ...made, content }));
  writeFileSync(file('register.csv'), 'URN,EstablishmentName\n119128,Forton Primary School\n');
  const folder = [...outgoing.map(([name]) => file(name)), file('black-country.triadnetwork'), file('black-country-cameo.triadnetwork'), file('register.csv')];

  await page.getByRole('link', { name: 'LEA adviser', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Directory of networks', level: 1 })).toBeVisible();
  main.nextOpenPaths = folder;
  await page.getByRole('button', { name: 'Import network files…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '8 files imported' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('register.csv: This file is not a Triad Planner network file.');
  await expect(page.getByText('5 networks, 12 schools.')).toBeVisible();
  // The same files again change nothing.
  main.nextOpenPaths = folder.slice(0, 3);
  await page.getByRole('button', { name: 'Import network files…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'wyre.triadnetwork: Wyre Rural Schools Cluster, already held: nothing changed' })).toBeVisible();
  await expect(page.getByText('5 networks, 12 schools.')).toBeVisible();

  const networks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Sheet received' }) });
  await page.getByLabel('Kind').selectOption({ label: 'Small-school cluster' });
  await expect(networks.getByRole('row')).toHaveCount(2);
  await expect(networks.getByRole('row', { name: /Wyre Rural Schools Cluster/ })).toBeVisible();
  await page.getByLabel('Kind').selectOption({ label: 'Any kind' });
  // A school appears in every network it belongs to.
  await page.getByLabel('School or URN').fill('Forton');
  await expect(page.getByText('2 of 5 networks match.')).toBeVisible();
  await page.getByLabel('School or URN').fill('');
  await page.getByLabel('Co-leader').fill('lowe');
  await expect(networks.getByRole('row', { name: /Lancaster Excellence Cluster/ })).toBeVisible();
  await page.getByLabel('Co-leader').fill('');
  const missing = page.getByRole('list', { name: /Not returned a sheet in/ });
  await expect(missing.getByRole('listitem')).toHaveCount(1);
  await expect(missing).toContainText('Fylde Associate Network');
  await expectAccessible(page, 'directory of networks');

  main.nextSavePath = file('directory.csv');
  await page.getByRole('button', { name: 'Export directory as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved directory.csv.' })).toBeVisible();
  const csv = readFileSync(file('directory.csv'), 'utf8');
  expect(csv).toContain('Wyre Rural Schools Cluster,Small-school cluster,Lancashire,2002/03,Writing in mixed-age classes,3,Helen Hartley');
  expect(csv).toContain('Forton Primary School,119128,Wyre,Preston Networked Learning Community,Networked learning community');
  expect(csv).toContain('Forton Primary School,119128,Wyre,Wyre Rural Schools Cluster,Small-school cluster');
  main.nextSavePath = file('booklet.pdf');
  await page.getByRole('button', { name: 'Export booklet as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved booklet.pdf.' })).toBeVisible({ timeout: 45_000 });
  const booklet = pdfText(file('booklet.pdf'));
  expect(booklet).toContain('The work of our networks');
  expect(booklet).toContain('5 networks and 12 schools');
  expect(booklet).toContain('School-by-network index');
  expect(booklet).toMatch(/Forton Primary School\s+119128\s+Preston Networked Learning Community\s+\(networked learning community\);\s+Wyre Rural\s+Schools Cluster/);

  // ---- Co-leaders forum ----
  await page.getByRole('link', { name: 'Co-leaders forum' }).click();
  await page.getByLabel('Term').fill('Autumn term');
  await page.getByLabel('Wyre Rural Schools Cluster').check();
  await page.getByLabel('Preston Networked Learning Community').check();
  await expect(page.getByLabel('Impact knowledge from Wyre Rural Schools Cluster')).toHaveValue(/Joint training day on writing in mixed-age classes/);
  await page.getByLabel('Impact knowledge from Preston Networked Learning Community').fill('Peer feedback raised the quality of pupils’ redrafting.');
  await page.getByLabel('Recurring themes').fill('Moderation of writing\nRelease time for co-leaders');
  await page.getByLabel('Follow-ups for the LEA').fill('Broker supply cover for the spring forum');
  await page.getByRole('button', { name: 'Save forum meeting' }).click();
  await expect(page.getByText(/, Autumn term: 2 networks\./)).toBeVisible();
  main.nextSavePath = file('forum.pdf');
  await page.getByRole('button', { name: /Export minutes of .* as PDF/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved forum.pdf.' })).toBeVisible({ timeout: 45_000 });
  const minutes = pdfText(file('forum.pdf'));
  expect(minutes).toContain('Co-leaders forum: minutes');
  expect(minutes).toContain('Peer feedback raised the quality of pupils’ redrafting.');
  expect(minutes).toContain('Broker supply cover for the spring forum');

  // ---- Newsletter: a network once per issue unless chosen again ----
  await page.getByRole('link', { name: 'Newsletter' }).click();
  await page.getByLabel('Introduction').fill('Welcome to this half-year’s news from our networks.');
  await page.getByRole('button', { name: 'Add to issue: Wyre writers' }).click();
  await page.getByRole('button', { name: 'Add to issue: Preston feedback' }).click();
  await page.getByRole('button', { name: 'Add to issue: Black Country Triad' }).click();
  await expect(page.getByRole('button', { name: 'Add again: Wyre outdoors' })).toBeVisible();
  await page.getByRole('button', { name: 'Move Preston feedback up' }).click();
  await expect(page.getByRole('list').filter({ hasText: 'chosen again' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add again: Wyre outdoors' }).click();
  await expect(page.getByText('Wyre outdoors (Wyre Rural Schools Cluster), chosen again')).toBeVisible();
  main.nextSavePath = file('newsletter.pdf');
  await page.getByRole('button', { name: 'Export newsletter as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved newsletter.pdf.' })).toBeVisible({ timeout: 45_000 });
  const newsletter = pdfText(file('newsletter.pdf'));
  expect(newsletter.indexOf('Preston feedback')).toBeLessThan(newsletter.indexOf('Wyre writers'));
  expect(newsletter).toContain('Contact the co-leaders');
  expect(newsletter).toContain('Helen Hartley (Wyre Rural Schools Cluster): 01524 791 000');
  expect(newsletter).toContain('Ann Patel (Black Country Triad): 0121 553 0000');
  await expectAccessible(page, 'newsletter');

  // ---- Audit: two questionnaires on visits, four from a CSV, a known set of figures ----
  await page.getByRole('link', { name: 'Audit' }).click();
  const enter = async (urn: string, school: string, fields: Record<string, string>) => {
    await page.getByLabel('URN').fill(urn);
    await page.getByLabel('School', { exact: true }).fill(school);
    for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Save questionnaire' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Questionnaire for ${school} saved.` })).toBeVisible();
  };
  await enter('119128', 'Forton Primary School', { 'Small-school cluster': 'Wyre Rural', 'Networked learning community': 'Preston NLC' });
  await enter('119153', 'Kennington Primary School', {});
  const row = (urn: string, school: string, kinds: Partial<Record<string, string>>) =>
    AUDIT_CSV_COLUMNS.map((column) => ({ URN: urn, School: school, 'LA area': 'Lancashire', Date: '01/11/2004' } as Record<string, string>)[column] ?? kinds[column] ?? '').join(',');
  writeFileSync(file('audit.csv'), [
    AUDIT_CSV_COLUMNS.join(','),
    row('119140', 'Nateby Primary School', { 'Small-school cluster': 'Wyre Rural' }),
    row('119147', 'Stalmine Primary School', { 'Small-school cluster': 'Wyre Rural' }),
    row('119151', 'Fulwood and Cadley Primary School', { 'Networked learning community': 'Preston NLC', 'Excellence cluster': 'Preston EiC' }),
    row('119152', 'Harris Primary School', { 'Excellence cluster': 'Preston EiC' }),
  ].join('\n'));
  main.nextOpenPaths = [file('audit.csv')];
  await page.getByRole('button', { name: 'Import responses from a CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '4 questionnaires imported from audit.csv.' })).toBeVisible();
  const figures = page.getByRole('list', { name: 'Audit figures in brief' });
  await expect(figures).toHaveText(/6 schools audited.*5 schools in formal networks.*2 schools in 1 networked learning community.*3 schools in 1 small-school cluster.*2 schools in 1 excellence cluster.*2 schools in more than one network.*1 school in no network/s);
  const behind = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Which schools' }) });
  await expect(behind.getByRole('row', { name: /In no network/ })).toContainText('Kennington Primary School (119153)');
  await expect(behind.getByRole('row', { name: /In more than one network/ })).toContainText('Forton Primary School (119128); Fulwood and Cadley Primary School (119151)');
  await expectAccessible(page, 'audit');
  main.nextSavePath = file('audit.pdf');
  await page.getByRole('button', { name: 'Export audit report as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved audit.pdf.' })).toBeVisible({ timeout: 45_000 });
  const audit = pdfText(file('audit.pdf'));
  expect(audit).toContain('5 schools in formal networks');
  expect(audit).toContain('1 school in no network');
  expect(audit).toContain('Kennington Primary School (119153)');
});
