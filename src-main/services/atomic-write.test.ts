import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWriteError, writeFileAtomic } from './atomic-write';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the old file with the complete new one and leaves no temporary file', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    const target = path.join(dir, 'plan.pdf');
    await writeFile(target, 'old contents');
    await writeFileAtomic(target, new TextEncoder().encode('new contents'));
    expect(await readFile(target, 'utf8')).toBe('new contents');
    expect(await readdir(dir)).toEqual(['plan.pdf']);
  });

  it('leaves what was there, and no temporary file, when the write cannot finish', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    // The target is a folder with something in it, so the final rename must fail.
    const target = path.join(dir, 'backup.triadbackup');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'the old contents');
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('the old contents');
    expect(await readdir(dir)).toEqual(['backup.triadbackup']);
  });

  it('never shows a reader a torn file while many writes race', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    const target = path.join(dir, 'settings.json');
    const versions = Array.from({ length: 20 }, (_, i) => 'x'.repeat(50_000) + String(i).padStart(3, '0'));
    await writeFile(target, versions[0]!);
    const reads: string[] = [];
    const reader = (async () => {
      for (let i = 0; i < 200; i += 1) reads.push(await readFile(target, 'utf8'));
    })();
    await Promise.all(versions.map((v) => writeFileAtomic(target, new TextEncoder().encode(v))));
    await reader;
    for (const read of reads) expect(versions).toContain(read);
  });

  it('retries a rename refused because the file is open elsewhere, then succeeds', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    const target = path.join(dir, 'ledger.csv');
    await writeFile(target, 'old');
    let refusals = 2;
    const pauses: number[] = [];
    await writeFileAtomic(target, new TextEncoder().encode('new'), {
      rename: async (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
        const { rename } = await import('node:fs/promises');
        await rename(from, to);
      },
      sleep: async (ms) => {
        pauses.push(ms);
      },
    });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(pauses).toEqual([50, 100]);
    expect(await readdir(dir)).toEqual(['ledger.csv']);
  });

  it('says plainly that the file is open in another program, keeps the old file and removes the temporary one', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    const target = path.join(dir, 'Plan 2003-04.pdf');
    await writeFile(target, 'the old plan');
    let attempts = 0;
    const error = await writeFileAtomic(target, new TextEncoder().encode('the new plan'), {
      rename: async () => {
        attempts += 1;
        throw Object.assign(new Error("EPERM: operation not permitted, rename 'x' -> 'y'"), { code: 'EPERM' });
      },
      sleep: async () => undefined,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as Error).message).toBe(
      '“Plan 2003-04.pdf” could not be saved because it is open in another program (perhaps Excel or Acrobat) or the folder does not allow changes. ' +
        'Close the file there and try again, or save it under a different name. Nothing was changed.',
    );
    expect((error as Error).message).not.toMatch(/EPERM|rename/);
    expect(attempts).toBe(7);
    expect(await readFile(target, 'utf8')).toBe('the old plan');
    expect(await readdir(dir)).toEqual(['Plan 2003-04.pdf']);
  });

  it('does not retry other failures', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    let attempts = 0;
    const error = await writeFileAtomic(path.join(dir, 'x.csv'), new Uint8Array([1]), {
      rename: async () => {
        attempts += 1;
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    }).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect((error as Error).message).toMatch(/^“x\.csv” could not be saved because the disk is full/);
    expect(await readdir(dir)).toEqual([]);
  });
});
