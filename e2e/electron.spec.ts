import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Electron binary, if this machine has one; never triggers a download. */
function installedElectron(): string | null {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = installedElectron();
const reason =
  'No Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network): the real-window checks run where `npm install` downloaded Electron.';
if (!binary) console.log(`Skipping Electron end-to-end tests: ${reason}`);

test.describe('the real Electron app', () => {
  test.skip(!binary, reason);

  test('opens one locked-down window on the fixed app origin', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [root], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('h1')).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/triad-planner\/index\.html/);
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const [win] = BrowserWindow.getAllWindows();
        // Not in the typings, but Electron keeps the preferences the page was really given.
        const contents = win!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
        const wp = contents.getLastWebPreferences();
        return { sandbox: wp?.sandbox, contextIsolation: wp?.contextIsolation, nodeIntegration: wp?.nodeIntegration, webviewTag: wp?.webviewTag };
      });
      expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
      // The renderer sees window.api and nothing of Node.
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toContain('saveFile');
      // Permission requests are denied.
      expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');
      // Navigation away and new windows are refused.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/triad-planner\//);
      await page.evaluate(() => window.open('https://example.com/'));
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
