import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedStandardTriad } from './seed';

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
  'No Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network): the real-window checks run where Electron has been downloaded. ' +
  'The boot simulation (npm run test:boot) covers the main process here.';
if (!binary) console.log(`Skipping Electron end-to-end tests: ${reason}`);

/**
 * Each test gets its own data folder. On Linux Electron's userData follows XDG_CONFIG_HOME; on
 * macOS and Windows it follows the home folder, so HOME and APPDATA are pointed there too.
 */
function freshProfile(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'triad-electron-'));
}

async function launch(profile: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary!,
    args: [root],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1', XDG_CONFIG_HOME: profile, HOME: profile, APPDATA: profile },
  });
  const page = await app.firstWindow();
  await expect(page.locator('h1')).toBeVisible();
  return { app, page };
}

test.describe('the real Electron app', () => {
  test.skip(!binary, reason);

  let profile = '';
  test.beforeEach(() => {
    profile = freshProfile();
  });
  test.afterEach(() => {
    rmSync(profile, { recursive: true, force: true });
  });

  test('opens one locked-down window on the fixed app origin', async () => {
    const { app, page } = await launch(profile);
    try {
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
      // Permissions: persistent storage is granted (so Chromium does not evict the database), nothing else.
      expect(await page.evaluate(() => navigator.storage.persist())).toBe(true);
      expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
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

  test('refuses IPC from an iframe and from foreign pages, and the protocol answers 404 outside the app', async () => {
    const { app, page } = await launch(profile);
    try {
      // A frame inside the page gets no window.api (the preload runs in the main frame only)…
      const frameHasApi = await page.evaluate(async () => {
        const frame = document.createElement('iframe');
        document.body.append(frame);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const has = typeof (frame.contentWindow as unknown as { api?: unknown }).api !== 'undefined';
        frame.remove();
        return has;
      });
      expect(frameHasApi).toBe(false);
      // …and the main process refuses a request that says it came from one. ipcMain's handler table is
      // private; reaching it here is the only way to send a request as a sub-frame.
      const replies = await app.evaluate(async ({ ipcMain }) => {
        const table = (ipcMain as unknown as { _invokeHandlers: Map<string, (event: unknown, arg: unknown) => Promise<unknown>> })._invokeHandlers;
        const handler = table.get('getPreferences')!;
        return {
          subFrame: await handler({ senderFrame: { url: 'app://triad-planner/index.html', parent: {} } }, undefined),
          foreign: await handler({ senderFrame: { url: 'https://example.com/', parent: null } }, undefined),
          channels: [...table.keys()].sort(),
        };
      });
      expect(replies.subFrame).toEqual({ ok: false, error: 'This request did not come from Triad Planner and was refused.' });
      expect(replies.foreign).toEqual({ ok: false, error: 'This request did not come from Triad Planner and was refused.' });
      expect(replies.channels).toContain('reportError');
      // The protocol refuses traversal and answers 404 for missing files.
      const statuses = await page.evaluate(async () => {
        const status = async (url: string) => (await fetch(url)).status;
        return [await status('app://triad-planner/%2e%2e/main/main.cjs'), await status('app://triad-planner/missing.js')];
      });
      expect(statuses).toEqual([404, 404]);
    } finally {
      await app.close();
    }
  });

  test('exports a PDF through the hidden window, reads it back, and leaves no window behind', async () => {
    const { app, page } = await launch(profile);
    try {
      await seedStandardTriad(page);
      await page.reload();
      const pdfFile = path.join(profile, 'Black Country Triad plan.pdf');
      // The save dialog is the system's: answer it from the main process.
      await app.evaluate(({ dialog }, file) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
      }, pdfFile);
      const result = await page.evaluate(() =>
        (window as unknown as { api: { exportPdf(arg: unknown): Promise<unknown> } }).api.exportPdf({
          route: '/print/plan?year=all',
          suggestedName: 'Black Country Triad plan.pdf',
          headerText: 'Black Country Triad',
          landscape: false,
        }),
      );
      expect(result).toEqual({ saved: true, fileName: 'Black Country Triad plan.pdf' });
      const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
      expect(text).toContain('Black Country Triad');
      expect(text).toContain('Writing moderation across the three schools');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await app.close();
    }
  });

  test('keeps the data through a restart', async () => {
    const first = await launch(profile);
    try {
      await seedStandardTriad(first.page);
    } finally {
      await first.app.close();
    }
    const second = await launch(profile);
    try {
      await second.page.getByRole('link', { name: 'Triad', exact: true }).click();
      await expect(second.page.getByLabel('Triad name')).toHaveValue('Black Country Triad');
    } finally {
      await second.app.close();
    }
  });
});
