import { test, expect, expectAccessible } from './fixtures';
import { seedRecords } from './seed';
import { Shell } from './pages/shell';

test('a save the database refuses shows a plain message and changes nothing', async ({ page }) => {
  const shell = new Shell(page);
  const data = await shell.openWithStandardTriad();
  await shell.goTo('Triad');
  // The disk is full: every write to IndexedDB is refused from now on, as Chromium refuses it.
  await page.evaluate(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.add = refuse;
  });
  await page.getByLabel('Triad name').fill('Renamed Triad');
  await page.getByRole('button', { name: 'Save triad details' }).click();
  await expect(shell.message('There is not enough free space on this computer to save this')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Triad name')).toHaveValue(data.triad.name);
});

test('an area that cannot show its data says so, keeps the rest of the app usable, and gives the detail', async ({ page }) => {
  const shell = new Shell(page);
  const data = await shell.openWithStandardTriad();
  // A record no form could make (a name that is not text), written behind the app's back.
  await seedRecords(page, { triads: [{ ...data.triad, name: { text: 'not a name' } }] });
  await page.reload();
  await expect(shell.errorPanel()).toBeVisible();
  await expect(shell.errorPanel()).toContainText('Your data is safe');
  await shell.errorPanel().getByText('Details').click();
  await expect(shell.errorPanel().locator('pre')).toContainText(/Objects are not valid as a React child|React error #31/);
  await expectAccessible(page, 'the error panel');
  // The navigation still works: another area opens.
  await shell.goTo('Exports');
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
});
