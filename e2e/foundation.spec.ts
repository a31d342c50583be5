import { test, expect, openApp, expectAccessible, dismissWelcome } from './fixtures';

test('the first run explains what the app is for, and hiding it survives a reload', async ({ page, main }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'What Triad Planner does' })).toBeVisible();
  await expect(page.getByText('No triad set up yet')).toBeVisible();
  await page.getByRole('button', { name: /hide this introduction/i }).click();
  await expect(page.getByRole('heading', { name: 'What Triad Planner does' })).toBeHidden();
  // The preference went through window.api to the real handler and into the settings file.
  expect(main.services.settings.get('preferences').welcomeDismissed).toBe(true);
  await page.reload();
  await expect(page.getByText('No triad set up yet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What Triad Planner does' })).toBeHidden();
});

test('every area can be reached with the keyboard alone and has no serious accessibility problems', async ({ page }) => {
  await openApp(page);
  await expectAccessible(page, 'home');
  const areas = ['Triad', 'Plan', 'Budget', 'Impact', 'Exports', 'LEA adviser'];
  for (const area of areas) {
    // Start from the top of the page and Tab until the area's link has focus, then press Enter.
    await page.locator('body').focus();
    await page.keyboard.press('Home');
    let reached = false;
    for (let presses = 0; presses < 20 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((name) => document.activeElement?.textContent?.trim() === name, area);
    }
    expect(reached, `Tab reaches the ${area} link`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: area, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('h1')).toBeFocused();
    await expectAccessible(page, area);
  }
});

test('a triad written in the app is still there after a reload', async ({ page }) => {
  await openApp(page, '/triad');
  await dismissWelcome(page);
  await page.getByLabel('Triad name').fill('Black Country Triad');
  await page.getByLabel('Local authority').fill('Sandwell');
  await page.getByLabel('Cohort').fill('Cohort 1, started 2003/04');
  await page.getByLabel('First programme year').selectOption({ label: '2003/04' });
  await page.getByRole('button', { name: 'Create triad' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Triad created.' })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Black Country Triad' })).toBeVisible();
  await expect(page.getByText('Sandwell · Cohort 1, started 2003/04 · programme from 2003/04 for 3 years · £50,000.00 a year')).toBeVisible();
});

test('bad input gets a clear message next to the field and nothing is written', async ({ page }) => {
  await openApp(page, '/triad');
  await page.getByLabel('Annual allocation (£)').fill('12.345');
  await page.getByRole('button', { name: 'Create triad' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the triad’s name.');
  await expect(page.getByLabel('Triad name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('"12.345" has more than two decimal places.').last()).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onsuccess = () => {
          const tx = request.result.transaction('triads', 'readonly');
          const count = tx.objectStore('triads').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(stored).toBe(0);
});

test('a foreign frame cannot use the main process', async ({ page, main }) => {
  await openApp(page);
  const before = main.services.settings.get('preferences');
  // An iframe inside the app is not the app's main frame: its requests are refused.
  const refused = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>frame</p>';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r));
    const win = frame.contentWindow as Window & { api?: { setPreferences(a: unknown): Promise<unknown> } };
    try {
      await win.api?.setPreferences({ welcomeDismissed: true });
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(refused).toBe('This request did not come from Triad Planner and was refused.');
  expect(main.services.settings.get('preferences')).toEqual(before);
});
