import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

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
});
