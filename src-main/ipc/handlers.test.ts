import { readFile, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestMain, type TestMain } from '../test/harness';
import { dispatch } from './dispatch';
import { APP_ORIGIN } from '../security';

let main: TestMain | null = null;
afterEach(async () => {
  await main?.cleanup();
  main = null;
});

const app = { url: `${APP_ORIGIN}/index.html#/`, isMainFrame: true };

describe('IPC dispatch', () => {
  it('answers the app’s own frame', async () => {
    main = await createTestMain();
    const reply = await dispatch(main.handlers, 'getPreferences', app, undefined);
    expect(reply).toEqual({ ok: true, value: { welcomeDismissed: false, autoBackupMinutes: 15 } });
  });

  it('refuses a foreign page, an iframe and a missing frame', async () => {
    main = await createTestMain();
    for (const sender of [
      { url: 'https://example.com/', isMainFrame: true },
      { url: `${APP_ORIGIN}/index.html`, isMainFrame: false },
      { url: 'file:///etc/passwd', isMainFrame: true },
      null,
    ]) {
      const reply = await dispatch(main.handlers, 'setPreferences', sender, { welcomeDismissed: true });
      expect(reply).toEqual({ ok: false, error: 'This request did not come from Triad Planner and was refused.' });
    }
    expect(main.services.settings.get('preferences').welcomeDismissed).toBe(false);
  });

  it('refuses unknown methods and bad arguments with a clear message, changing nothing', async () => {
    main = await createTestMain();
    expect(await dispatch(main.handlers, 'deleteEverything', app, undefined)).toEqual({
      ok: false,
      error: 'There is no such request: deleteEverything.',
    });
    const bad = await dispatch(main.handlers, 'setPreferences', app, { autoBackupMinutes: -5 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^The request to setPreferences was not valid \(autoBackupMinutes\)/);
    const extra = await dispatch(main.handlers, 'setPreferences', app, { welcomeDismissed: true, path: '/tmp/x' });
    expect(extra.ok).toBe(false);
    expect(main.services.settings.get('preferences')).toEqual({ welcomeDismissed: false, autoBackupMinutes: 15 });
  });

  it('takes no path from the renderer: saveFile writes only where the dialog chose', async () => {
    main = await createTestMain();
    const bytes = new TextEncoder().encode('a,b\n1,2\n');
    const withPath = await dispatch(main.handlers, 'saveFile', app, {
      purpose: 'csv-export',
      suggestedName: 'ledger.csv',
      bytes,
      path: path.join(main.root, 'evil.csv'),
    });
    expect(withPath.ok).toBe(false);
    main.nextSavePath = path.join(main.root, 'chosen.csv');
    const saved = await dispatch(main.handlers, 'saveFile', app, { purpose: 'csv-export', suggestedName: 'ledger.csv', bytes });
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'chosen.csv' } });
    expect(await readFile(path.join(main.root, 'chosen.csv'), 'utf8')).toBe('a,b\n1,2\n');
    main.nextSavePath = null;
    expect(await dispatch(main.handlers, 'saveFile', app, { purpose: 'csv-export', suggestedName: 'x.csv', bytes })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('reads opened files, refusing those over the size limit', async () => {
    main = await createTestMain();
    const small = path.join(main.root, 'register.csv');
    await writeFile(small, 'URN,EstablishmentName\n1,A\n');
    const big = path.join(main.root, 'photo.jpg');
    await writeFile(big, Buffer.alloc(21 * 1024 * 1024));
    main.nextOpenPaths = [small];
    const opened = await dispatch(main.handlers, 'openFiles', app, { purpose: 'register-csv', multiple: false });
    expect(opened.ok && opened.value).toMatchObject({ files: [{ name: 'register.csv', size: 26 }] });
    main.nextOpenPaths = [big];
    const refused = await dispatch(main.handlers, 'openFiles', app, { purpose: 'evidence', multiple: false });
    expect(refused.ok && refused.value).toEqual({
      files: [{ name: 'photo.jpg', size: 21 * 1024 * 1024, error: expect.stringMatching(/21 MB, larger than the 20 MB/) }],
    });
  });

  it('prints only print-view routes', async () => {
    main = await createTestMain();
    const reply = await dispatch(main.handlers, 'exportPdf', app, {
      route: 'https://example.com/',
      suggestedName: 'plan.pdf',
      headerText: 'North Triad',
      landscape: false,
    });
    expect(reply.ok).toBe(false);
  });

  it('keeps opened evidence inside the data folder whatever its name', async () => {
    main = await createTestMain();
    const reply = await dispatch(main.handlers, 'openEvidence', app, {
      name: '../../outside.txt',
      bytes: new TextEncoder().encode('observation notes'),
    });
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    const files = await readdir(main.services.dataFolder.openedEvidenceDir);
    expect(files).toEqual(['_.._outside.txt']);
  });
});
