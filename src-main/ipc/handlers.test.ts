import { readFile, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestMain, type TestMain } from '../test/harness';
import { dispatch } from './dispatch';
import { describeReadProblem } from '../services/file-read-problems';
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

  it('refuses a chosen file that has gone or cannot be read with a plain reason, and still opens the others', async () => {
    main = await createTestMain();
    const present = path.join(main.root, 'spring.triadreturn');
    await writeFile(present, '{}');
    const gone = path.join(main.root, 'autumn.triadreturn');
    main.nextOpenPaths = [gone, present];
    const reply = await dispatch(main.handlers, 'openFiles', app, { purpose: 'partner-return', multiple: true });
    expect(reply.ok && reply.value).toEqual({
      files: [
        { name: 'autumn.triadreturn', size: 0, error: expect.stringMatching(/^autumn\.triadreturn is no longer there: .*Nothing was read\.$/) },
        { name: 'spring.triadreturn', size: 2, bytes: new TextEncoder().encode('{}') },
      ],
    });
    expect(describeReadProblem('marks.csv', Object.assign(new Error('busy'), { code: 'EBUSY' }))).toMatch(/open in another program or locked/);
    expect(describeReadProblem('marks.csv', Object.assign(new Error('io'), { code: 'EIO' }))).toMatch(/still be downloading from cloud storage/);
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
    expect(reply).toEqual({ ok: true, value: { outcome: 'opened', fileName: '_.._outside.txt' } });
    const files = await readdir(main.services.dataFolder.openedEvidenceDir);
    expect(files).toEqual(['_.._outside.txt']);
  });

  it('opens only documents and pictures; anything else is offered as "Show in folder" with a warning', async () => {
    main = await createTestMain();
    const bytes = new TextEncoder().encode('MZ');
    for (const name of ['minutes.hta', 'setup.exe', 'notes.js', 'report.pdf.lnk', 'notes\u202Efdp.exe', 'READ ME']) {
      main.asked = [];
      main.nextConfirm = false;
      const reply = await dispatch(main.handlers, 'openEvidence', app, { name, bytes });
      expect(reply.ok && (reply.value as { outcome: string }).outcome, name).toBe('not-opened');
      expect(main.asked.map((a) => a.kind)).toEqual(['confirm']);
      expect(main.asked[0]!.options).toMatchObject({ confirmLabel: 'Show in folder', warning: true });
    }
    // Nothing was written, nothing was handed to the system.
    expect(await readdir(main.services.dataFolder.openedEvidenceDir).catch(() => [])).toEqual([]);
    expect(main.handedToSystem).toEqual([]);

    // The disguised name is shown as it really is: bidi control gone, real extension last.
    main.asked = [];
    main.nextConfirm = true;
    const shown = await dispatch(main.handlers, 'openEvidence', app, { name: 'notes\u202Efdp.exe', bytes });
    expect(shown).toEqual({ ok: true, value: { outcome: 'shown-in-folder', fileName: 'notesfdp.exe' } });
    expect(String(main.asked[0]!.options.message)).toContain('“notesfdp.exe”');
    expect(String(main.asked[0]!.options.detail)).toContain('a .exe file');
    expect(main.handedToSystem).toEqual([
      { action: 'show-in-folder', path: path.join(main.services.dataFolder.openedEvidenceDir, 'notesfdp.exe') },
    ]);

    // A real document opens straight away, with no question.
    main.asked = [];
    const opened = await dispatch(main.handlers, 'openEvidence', app, { name: 'Lesson Observation.PDF', bytes: new TextEncoder().encode('%PDF') });
    expect(opened).toEqual({ ok: true, value: { outcome: 'opened', fileName: 'Lesson Observation.PDF' } });
    expect(main.asked).toEqual([]);
    expect(main.handedToSystem.at(-1)?.action).toBe('open');
  });

  it('says when no program on this computer opens a document', async () => {
    main = await createTestMain({ opener: { open: async () => false, showInFolder: () => undefined } });
    const reply = await dispatch(main.handlers, 'openEvidence', app, { name: 'scores.ods', bytes: new TextEncoder().encode('x') });
    expect(reply).toEqual({ ok: true, value: { outcome: 'no-program', fileName: 'scores.ods' } });
  });

  it('adds the missing extension to a saved file, and asks before replacing a file of that name', async () => {
    main = await createTestMain();
    const bytes = new TextEncoder().encode('backup');
    main.nextSavePath = path.join(main.root, 'North triad');
    const saved = await dispatch(main.handlers, 'saveFile', app, { purpose: 'backup', suggestedName: '../../North/triad', bytes });
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'North triad.triadbackup' } });
    // The suggested name reached the dialog as a plain name, with no folders in it.
    expect(main.asked[0]!.options.defaultName).toBe('_.._North_triad');
    main.asked = [];
    main.nextConfirm = false;
    const refused = await dispatch(main.handlers, 'saveFile', app, { purpose: 'backup', suggestedName: 'x', bytes: new TextEncoder().encode('new') });
    expect(refused).toEqual({ ok: true, value: { saved: false } });
    expect(main.asked.map((a) => a.kind)).toEqual(['save', 'confirm']);
    expect(await readFile(path.join(main.root, 'North triad.triadbackup'), 'utf8')).toBe('backup');
  });

  it('starts the open dialog at a file the system handed the app, once', async () => {
    main = await createTestMain();
    const file = path.join(main.root, 'Spring return.triadreturn');
    expect(main.services.openedFiles.offer(file)).toBe(true);
    expect(await dispatch(main.handlers, 'getOpenedFile', app, undefined)).toEqual({
      ok: true,
      value: { purpose: 'partner-return', name: 'Spring return.triadreturn' },
    });
    await dispatch(main.handlers, 'openFiles', app, { purpose: 'backup', multiple: false });
    expect(main.asked.at(-1)!.options.defaultPath).toBeUndefined();
    await dispatch(main.handlers, 'openFiles', app, { purpose: 'partner-return', multiple: false });
    expect(main.asked.at(-1)!.options.defaultPath).toBe(file);
    await dispatch(main.handlers, 'openFiles', app, { purpose: 'partner-return', multiple: false });
    expect(main.asked.at(-1)!.options.defaultPath).toBeUndefined();
  });

  it('offers a network sheet the system handed the app to the LEA directory’s import', async () => {
    main = await createTestMain();
    const file = path.join(main.root, 'Preston NLC.triadnetwork');
    expect(main.services.openedFiles.offer(file)).toBe(true);
    expect(await dispatch(main.handlers, 'getOpenedFile', app, undefined)).toEqual({ ok: true, value: { purpose: 'network-file', name: 'Preston NLC.triadnetwork' } });
    await dispatch(main.handlers, 'openFiles', app, { purpose: 'network-file', multiple: true });
    expect(main.asked.at(-1)!.options.defaultPath).toBe(file);
    expect(main.services.openedFiles.offer(path.join(main.root, 'notes.txt'))).toBe(false);
  });

  it('records a renderer’s error report in the main process’s log, refusing oversized reports', async () => {
    main = await createTestMain();
    const reply = await dispatch(main.handlers, 'reportError', app, { message: 'Budget failed to draw', stack: 'at Budget\nat App', area: 'Budget' });
    expect(reply).toEqual({ ok: true, value: { logged: true } });
    const log = await readFile(main.services.errorLog.file, 'utf8');
    expect(log).toMatch(/\[renderer\] \(Budget\) Budget failed to draw\n {4}at Budget\n {4}at App\n$/);
    const tooLong = await dispatch(main.handlers, 'reportError', app, { message: 'x'.repeat(2001) });
    expect(tooLong.ok).toBe(false);
    const withPath = await dispatch(main.handlers, 'reportError', app, { message: 'x', file: '/etc/passwd' });
    expect(withPath.ok).toBe(false);
  });
});
