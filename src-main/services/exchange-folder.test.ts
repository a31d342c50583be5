import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../ipc/dispatch';
import { APP_ORIGIN } from '../security';
import { createTestMain, type TestMain } from '../test/harness';
import type { OpenedFile, RefusedFile } from '../ipc-contract';
import { readExchangeFolder, saveToExchangeFolder } from './exchange-folder';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const textOf = (file: OpenedFile | RefusedFile) => ('bytes' in file ? new TextDecoder().decode(file.bytes) : `refused: ${file.error}`);

describe('the exchange folder', () => {
  let root: string;
  let folder: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'triad-exchange-'));
    folder = path.join(root, 'Shared with the LEA');
    await mkdir(folder);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('refuses to save or read before a folder is chosen', async () => {
    await expect(saveToExchangeFolder(null, 'network-file', 'Sheet.triadnetwork', bytesOf('x'))).rejects.toThrow('No exchange folder has been chosen yet');
    await expect(readExchangeFolder(null, 'network-file')).rejects.toThrow('No exchange folder has been chosen yet');
  });

  it('saves under the suggested name with its extension, and never replaces a file already there', async () => {
    expect(await saveToExchangeFolder(folder, 'network-file', 'Identification sheet Wyre', bytesOf('first'))).toBe('Identification sheet Wyre.triadnetwork');
    expect(await saveToExchangeFolder(folder, 'network-file', 'Identification sheet Wyre.triadnetwork', bytesOf('second'))).toBe('Identification sheet Wyre (2).triadnetwork');
    expect(await saveToExchangeFolder(folder, 'network-file', 'Identification sheet Wyre.triadnetwork', bytesOf('third'))).toBe('Identification sheet Wyre (3).triadnetwork');
    expect(await readFile(path.join(folder, 'Identification sheet Wyre.triadnetwork'), 'utf8')).toBe('first');
    expect(await readFile(path.join(folder, 'Identification sheet Wyre (2).triadnetwork'), 'utf8')).toBe('second');
    // No temporary files are left behind.
    expect((await readdir(folder)).sort()).toHaveLength(3);
  });

  it('never writes outside the folder, whatever the name says', async () => {
    for (const name of ['../escape.triadreturn', '..\\escape.triadreturn', '/etc/escape.triadreturn', 'sub/dir/escape.triadreturn', '..']) {
      const saved = await saveToExchangeFolder(folder, 'partner-return', name, bytesOf('x'));
      expect(saved).not.toMatch(/[/\\]/);
      expect(saved.endsWith('.triadreturn')).toBe(true);
    }
    expect(await readdir(root)).toEqual(['Shared with the LEA']);
    expect(await readdir(folder)).toHaveLength(5);
  });

  it('reads only files of the purpose: not sub-folders, links, hidden or other files', async () => {
    await writeFile(path.join(folder, 'wyre.triadnetwork'), 'wyre');
    await writeFile(path.join(folder, 'Preston.TRIADNETWORK'), 'preston');
    await writeFile(path.join(folder, 'north.triadreturn'), 'return');
    await writeFile(path.join(folder, 'notes.txt'), 'notes');
    await writeFile(path.join(folder, '.wyre.triadnetwork.1234.tmp'), 'half');
    await mkdir(path.join(folder, 'old.triadnetwork'));
    await writeFile(path.join(root, 'secret.triadnetwork'), 'secret');
    await symlink(path.join(root, 'secret.triadnetwork'), path.join(folder, 'link.triadnetwork'));

    const networkFiles = await readExchangeFolder(folder, 'network-file');
    expect(networkFiles.map((f) => f.name)).toEqual(['Preston.TRIADNETWORK', 'wyre.triadnetwork']);
    expect(networkFiles.map(textOf)).toEqual(['preston', 'wyre']);
    const returns = await readExchangeFolder(folder, 'partner-return');
    expect(returns.map((f) => f.name)).toEqual(['north.triadreturn']);
  });

  it('refuses a file larger than the purpose allows, without reading it', async () => {
    await writeFile(path.join(folder, 'huge.triadnetwork'), Buffer.alloc(10 * 1024 * 1024 + 1));
    const [file] = await readExchangeFolder(folder, 'network-file');
    expect(file).toMatchObject({ name: 'huge.triadnetwork', error: expect.stringContaining('larger than the 10 MB') });
  });

  it('says plainly when the folder is missing, as when a memory stick is taken out', async () => {
    await rm(folder, { recursive: true });
    await expect(readExchangeFolder(folder, 'network-file')).rejects.toThrow(/cannot be found\. If it is on a memory stick or network drive, connect it/);
    await expect(saveToExchangeFolder(folder, 'network-file', 'x', bytesOf('x'))).rejects.toThrow(/cannot be found/);
  });
});

describe('the exchange folder through the IPC handlers', () => {
  let main: TestMain;
  beforeEach(async () => {
    main = await createTestMain();
  });
  afterEach(() => main.cleanup());

  it('is chosen only in a folder dialog, remembered, used and forgotten', async () => {
    const folder = path.join(main.root, 'exchange');
    await mkdir(folder);
    expect(await main.handlers.getExchangeFolder(undefined)).toEqual({ folder: null });
    main.nextFolder = null;
    expect(await main.handlers.chooseExchangeFolder(undefined)).toEqual({ folder: null });
    main.nextFolder = folder;
    expect(await main.handlers.chooseExchangeFolder(undefined)).toEqual({ folder });
    expect(main.asked.filter((a) => a.kind === 'folder')).toHaveLength(2);
    // Cancelling a later dialog keeps the folder already chosen.
    main.nextFolder = null;
    expect(await main.handlers.chooseExchangeFolder(undefined)).toEqual({ folder });

    const saved = await main.handlers.saveToExchangeFolder({ purpose: 'network-file', suggestedName: 'Sheet', bytes: bytesOf('sheet') });
    expect(saved).toEqual({ fileName: 'Sheet.triadnetwork' });
    const { files } = await main.handlers.readExchangeFolder({ purpose: 'network-file' });
    expect(files.map((f) => [f.name, textOf(f)])).toEqual([['Sheet.triadnetwork', 'sheet']]);

    expect(await main.handlers.forgetExchangeFolder(undefined)).toEqual({ folder: null });
    await expect(main.handlers.readExchangeFolder({ purpose: 'network-file' })).rejects.toThrow('No exchange folder has been chosen yet');
  });

  it('takes no path from the page: other purposes and extra fields are refused before any handler runs', async () => {
    const folder = path.join(main.root, 'exchange');
    await mkdir(folder);
    main.nextFolder = folder;
    await main.handlers.chooseExchangeFolder(undefined);
    const app = { url: `${APP_ORIGIN}/index.html#/`, isMainFrame: true };
    const backup = await dispatch(main.handlers, 'saveToExchangeFolder', app, { purpose: 'backup', suggestedName: 'x', bytes: bytesOf('x') });
    expect(backup.ok).toBe(false);
    const withPath = await dispatch(main.handlers, 'saveToExchangeFolder', app, { purpose: 'network-file', suggestedName: 'x', bytes: bytesOf('x'), folder: '/tmp' });
    expect(withPath.ok).toBe(false);
    const choosing = await dispatch(main.handlers, 'chooseExchangeFolder', app, { folder: '/tmp' });
    expect(choosing.ok).toBe(false);
    expect(await readdir(folder)).toEqual([]);
    expect(await main.handlers.getExchangeFolder(undefined)).toEqual({ folder });
  });
});
