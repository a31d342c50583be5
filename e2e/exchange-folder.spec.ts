import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeNetworkFile } from '../src-renderer/core/network-file';
import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';
import { seedStandardTriad } from './seed';

test('a head saves a sheet into the exchange folder and the LEA adviser reads what is new from it', async ({ page, main }) => {
  const folder = path.join(main.root, 'LEA exchange');
  mkdirSync(folder);
  const today = new Date().toISOString().slice(0, 10);

  // ---- The head chooses the folder (the main process's own dialog) and saves the sheet into it ----
  await openApp(page);
  await dismissWelcome(page);
  await seedStandardTriad(page);
  await page.reload();
  await page.getByRole('link', { name: 'Exports', exact: true }).click();
  const sheetSection = page.getByRole('region', { name: 'Network identification sheet for the LEA' });
  await expect(sheetSection.getByRole('button', { name: 'Save to the exchange folder' })).toHaveCount(0);
  main.nextFolder = folder;
  await sheetSection.getByRole('button', { name: 'Choose an exchange folder…' }).click();
  await expect(sheetSection.getByText(`Exchange folder (the LEA reads from it): ${folder}`)).toBeVisible();
  await sheetSection.getByRole('button', { name: 'Add a co-leader' }).click();
  await sheetSection.getByLabel('Co-leader 1: name').fill('Ann Patel');
  await sheetSection.getByLabel('Co-leader 1: school').fill('Hargate Primary School');
  await sheetSection.getByLabel('Co-leader 1: telephone').fill('0121 553 0000');
  await sheetSection.getByLabel('LA area of Hargate Primary School').fill('West Bromwich');
  await sheetSection.getByLabel('Our collaborative work').fill('Three schools moderate writing together and research boys’ writing with the university.');
  await sheetSection.getByRole('button', { name: 'Save to the exchange folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Identification sheet saved in the exchange folder as Identification sheet Black Country Triad .*\.triadnetwork/ })).toBeVisible();
  // The cameo's section learnt of the folder too.
  const cameoSection = page.getByRole('region', { name: 'Newsletter cameo for the LEA' });
  await cameoSection.getByLabel('Cameo text').fill(`Black Country writing: three schools moderated writing together this term. ${'More words follow here. '.repeat(30)}`);
  await cameoSection.getByRole('button', { name: 'Save cameo to the exchange folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Cameo saved in the exchange folder as Newsletter cameo Black Country Triad/ })).toBeVisible();
  expect(readdirSync(folder)).toHaveLength(2);

  // Another network's sheet arrives in the folder, and a file that is not the app's.
  const wyre = {
    networkId: 'net-wyre', name: 'Wyre Rural Schools Cluster', kind: 'small-school-cluster' as const, localAuthority: 'Lancashire', startedYear: 2002, focus: 'Writing in mixed-age classes',
    schools: [{ urn: '119128', name: 'Forton Primary School', area: 'Wyre' }, { urn: '119140', name: 'Nateby Primary School', area: 'Wyre' }],
    coLeaders: [{ name: 'Helen Hartley', school: 'Forton Primary School', role: 'Headteacher', email: '', phone: '01524 791 000' }],
    partners: [], collaborativeWork: 'Shared moderation.', recentActivity: 'Joint training day.', preparedOn: today, preparedBy: 'Helen Hartley',
  };
  writeFileSync(path.join(folder, 'wyre.triadnetwork'), await encodeNetworkFile({ appVersion: '0.2.0', createdAt: `${today}T09:00:00.000Z`, content: { document: 'identification-sheet', sheet: wyre } }));
  writeFileSync(path.join(folder, 'notes.txt'), 'not a network file');

  // ---- The LEA adviser reads the folder into the directory ----
  await page.getByRole('link', { name: 'LEA adviser', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Directory of networks', level: 1 })).toBeVisible();
  await expect(page.getByText(folder, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Read new files from the exchange folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Read the exchange folder: 3 new files of 3.' })).toBeVisible();
  await expect(page.getByText(/^2 networks, \d+ schools\.$/)).toBeVisible();
  const networks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Sheet received' }) });
  await expect(networks.getByRole('row', { name: /Black Country Triad/ })).toBeVisible();
  await expect(networks.getByRole('row', { name: /Wyre Rural Schools Cluster/ })).toBeVisible();
  await expectAccessible(page, 'directory with the exchange folder');

  // Reading again adds nothing.
  await page.getByRole('button', { name: 'Read new files from the exchange folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Read the exchange folder: 0 new files of 3.' })).toBeVisible();
  await expect(page.getByText(/^2 networks, \d+ schools\.$/)).toBeVisible();

  // A folder that has gone (a memory stick taken out) is explained, not a crash.
  main.nextFolder = path.join(main.root, 'unplugged');
  mkdirSync(main.nextFolder);
  await page.getByRole('button', { name: 'Choose another exchange folder…' }).click();
  await expect(page.getByText(main.nextFolder, { exact: true })).toBeVisible();
  rmSync(main.nextFolder, { recursive: true });
  await page.getByRole('button', { name: 'Read new files from the exchange folder' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be found. If it is on a memory stick or network drive, connect it');
});
