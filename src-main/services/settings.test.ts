import { mkdtemp, rm, writeFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfSettings } from './conf-settings';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('settings', () => {
  it('starts from defaults and round-trips through the file on disk', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'settings-'));
    const first = createConfSettings(dir);
    expect(first.get('preferences')).toEqual({ welcomeDismissed: false, autoBackupMinutes: 15 });
    first.set('windowBounds', { x: 10, y: 20, width: 1200, height: 800, maximised: false });
    first.set('preferences', { welcomeDismissed: true, autoBackupMinutes: 30 });
    const second = createConfSettings(dir);
    expect(second.get('windowBounds')).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximised: false });
    expect(second.get('preferences')).toEqual({ welcomeDismissed: true, autoBackupMinutes: 30 });
  });

  it('refuses values outside the schema', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'settings-'));
    const store = createConfSettings(dir);
    expect(() => store.set('windowBounds', { width: 10, height: 10, maximised: false })).toThrow();
  });

  it('falls back to defaults when the file is corrupt', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'settings-'));
    createConfSettings(dir).set('preferences', { welcomeDismissed: true, autoBackupMinutes: 15 });
    const [file] = (await readdir(dir)).filter((f) => f.endsWith('.json'));
    await writeFile(path.join(dir, file!), '{ not json');
    expect(createConfSettings(dir).get('preferences')).toEqual({ welcomeDismissed: false, autoBackupMinutes: 15 });
  });
});
