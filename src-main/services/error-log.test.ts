import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorLog } from './error-log';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('ErrorLog', () => {
  it('appends one entry per error, with its time, source and area, and no control characters', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'log-'));
    const log = new ErrorLog(path.join(dir, 'logs'), () => new Date('2026-11-30T10:00:00Z'));
    expect(log.record({ source: 'renderer', area: 'Budget', message: 'Cannot read "amount"\r\n2026 [main] forged' })).toBe(true);
    expect(log.recordError(new Error('disk full'), 'request saveFile')).toBe(true);
    const text = await readFile(log.file, 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('2026-11-30T10:00:00.000Z [renderer] (Budget) Cannot read "amount"  2026 [main] forged');
    expect(lines[1]).toBe('2026-11-30T10:00:00.000Z [main] (request saveFile) disk full');
    expect(lines[2]).toMatch(/^ {4}Error: disk full$/);
  });

  it('rotates at 256 KB, keeping two older files', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'log-'));
    const log = new ErrorLog(dir);
    for (let i = 0; i < 4; i += 1) {
      await writeFile(log.file, 'x'.repeat(256 * 1024));
      log.record({ source: 'main', message: `entry ${i}` });
    }
    expect((await readdir(dir)).sort()).toEqual(['errors.1.log', 'errors.2.log', 'errors.log']);
    expect(await readFile(log.file, 'utf8')).toMatch(/entry 3\n$/);
  });

  it('never throws when the folder cannot be written', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'log-'));
    await writeFile(path.join(dir, 'not-a-folder'), '');
    const log = new ErrorLog(path.join(dir, 'not-a-folder', 'logs'));
    expect(log.record({ source: 'main', message: 'lost' })).toBe(false);
  });
});
