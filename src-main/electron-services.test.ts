import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, type createElectronStandIn } from './simulation/electron-stand-in';

// Electron's dialogs and hidden print window, driven through the SIMULATED electron module.
const temp = mkdtempSync(path.join(os.tmpdir(), 'triad-services-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const standIn = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof createElectronStandIn> }));
vi.mock('electron', async () => {
  const { createElectronStandIn: create } = await import('./simulation/electron-stand-in');
  standIn.current = create({ userData: 'unused' });
  await standIn.current.fireReady();
  return standIn.current.electron;
});
const { electronDialogs, electronPdfPrinter } = await import('./electron-services');
const layout = { landscape: false, headerTemplate: '', footerTemplate: '', marginMm: { top: 18, bottom: 16, left: 15, right: 15 } };

describe('Electron dialogs', () => {
  it('give macOS its message as well as the title, and start the open dialog at a handed-over file', async () => {
    const dialogs = electronDialogs(() => null);
    standIn.current.answers.savePath = path.join(temp, 'plan.pdf');
    expect(await dialogs.chooseSavePath({ title: 'Save PDF', defaultName: 'plan.pdf', filters: [] })).toBe(path.join(temp, 'plan.pdf'));
    expect(standIn.current.dialogsShown.at(-1)).toEqual({
      kind: 'save',
      options: { title: 'Save PDF', message: 'Save PDF', defaultPath: 'plan.pdf', filters: [] },
    });
    await dialogs.chooseOpenPaths({ title: 'Choose a return', filters: [], multiple: false, defaultPath: '/mail/x.triadreturn' });
    expect(standIn.current.dialogsShown.at(-1)!.options).toMatchObject({ title: 'Choose a return', message: 'Choose a return', defaultPath: '/mail/x.triadreturn' });
  });

  it('ask with Cancel as the default answer', async () => {
    const dialogs = electronDialogs(() => null);
    standIn.current.answers.messageResponse = 1;
    const yes = await dialogs.confirm({ message: 'Show?', detail: 'Careful', confirmLabel: 'Show in folder', cancelLabel: 'Cancel', warning: true });
    expect(yes).toBe(true);
    expect(standIn.current.dialogsShown.at(-1)!.options).toMatchObject({ type: 'warning', buttons: ['Cancel', 'Show in folder'], defaultId: 0, cancelId: 0 });
  });
});

describe('the hidden print window', () => {
  it('is destroyed after printing', async () => {
    FakeWebContents.hangScripts = false;
    const pdf = await electronPdfPrinter('/app/preload.cjs').print('/print/plan', layout);
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    expect(standIn.current.windows.at(-1)!.destroyed).toBe(true);
  });

  it('is destroyed when the export is given up, even while the page never becomes ready', async () => {
    FakeWebContents.hangScripts = true;
    const controller = new AbortController();
    void electronPdfPrinter('/app/preload.cjs').print('/print/plan', layout, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const window = standIn.current.windows.at(-1)!;
    expect(window.destroyed).toBe(false);
    controller.abort();
    expect(window.destroyed).toBe(true);
    expect((window.options.webPreferences as { sandbox: boolean; spellcheck: boolean })).toMatchObject({ sandbox: true, spellcheck: false });
    FakeWebContents.hangScripts = false;
  });
});
