import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AutoBackupInfo, OpenedFile } from '../ipc-contract';
import { writeFileAtomic } from './atomic-write';
import type { DataFolder } from './data-folder';

const FILE_PATTERN = /^auto-(\d{8}T\d{6}Z)-([a-z0-9-]{1,44})\.triadbackup$/;
const MAX_KEPT = 10;
const KEPT_FROM_TODAY = 3;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function dateFromStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)!;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}

function slug(reason: string): string {
  return reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'backup';
}

/**
 * Which periodic backups to keep (safety copies are kept apart, see `safetyCopiesToKeep`): the newest 3 from today, then the newest one of each earlier day, up to
 * 10 in all. `backups` may be in any order; the result is newest first.
 */
export function backupsToKeep<T extends { createdAt: string }>(backups: T[], now: Date): T[] {
  const today = now.toISOString().slice(0, 10);
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const kept: T[] = [];
  const daysSeen = new Set<string>();
  let fromToday = 0;
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (day >= today) {
      if (fromToday < KEPT_FROM_TODAY) {
        kept.push(backup);
        fromToday += 1;
      }
    } else if (!daysSeen.has(day)) {
      daysSeen.add(day);
      kept.push(backup);
    }
  }
  return kept.slice(0, MAX_KEPT);
}

/** A safety copy is the one taken before a restore, an import, a return merge or an upgrade ("before …"). */
export function isSafetyCopy(backup: { reason: string }): boolean {
  return backup.reason.startsWith('before ');
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Which safety copies to keep. They are never part of the periodic rotation: each is kept until a
 * newer safety copy of the same kind (the same reason) has been made AND a week has passed since
 * then. So the newest of each kind is always kept, and so is every one made in the last week —
 * undoing a restore never finds its copy rotated away by later imports or editing.
 */
export function safetyCopiesToKeep<T extends { createdAt: string; reason: string }>(copies: T[], now: Date): T[] {
  const newestFirst = [...copies].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const supersededAt = new Map<string, string>();
  const kept: T[] = [];
  for (const copy of newestFirst) {
    const newer = supersededAt.get(copy.reason);
    if (newer === undefined || now.getTime() - new Date(newer).getTime() < WEEK_MS) kept.push(copy);
    // The next-older copy of this kind was superseded when this one was made.
    supersededAt.set(copy.reason, copy.createdAt);
  }
  return kept;
}

/** Automatic backups in the app's own data folder: written atomically, rotated, listed, read back. */
export class AutoBackups {
  constructor(
    private readonly folder: DataFolder,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async write(reason: string, bytes: Uint8Array): Promise<AutoBackupInfo> {
    const dir = await this.folder.ensure(this.folder.backupsDir);
    const now = this.clock();
    const base = `auto-${stampOf(now)}-${slug(reason)}`;
    let name = `${base}.triadbackup`;
    // Two backups in the same second: the second gets a distinct name rather than replacing the first.
    for (let n = 2; await exists(path.join(dir, name)); n += 1) name = `${base}-${n}.triadbackup`;
    await writeFileAtomic(this.folder.fileIn(dir, name), bytes);
    await this.rotate();
    const info = (await this.list()).find((b) => b.id === name);
    if (!info) throw new Error('The automatic backup was written but could not be found again.');
    return info;
  }

  async list(): Promise<AutoBackupInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folder.backupsDir);
    } catch {
      return [];
    }
    const infos: AutoBackupInfo[] = [];
    for (const name of names) {
      const match = FILE_PATTERN.exec(name);
      if (!match) continue;
      const stat = await fs.stat(path.join(this.folder.backupsDir, name));
      infos.push({
        id: name,
        createdAt: dateFromStamp(match[1]!).toISOString(),
        // A second backup in the same second is named "...-2"; its reason (and safety-copy kind) is the same.
        reason: match[2]!.replace(/-\d+$/, '').replace(/-/g, ' '),
        size: stat.size,
      });
    }
    return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async read(id: string): Promise<OpenedFile> {
    if (!FILE_PATTERN.test(id)) throw new Error('There is no automatic backup with that name.');
    const file = this.folder.fileIn(this.folder.backupsDir, id);
    const bytes = await fs.readFile(file);
    return { name: id, size: bytes.byteLength, bytes: new Uint8Array(bytes) };
  }

  private async rotate(): Promise<void> {
    const all = await this.list();
    const now = this.clock();
    const periodic = all.filter((b) => !isSafetyCopy(b));
    const keep = new Set([...backupsToKeep(periodic, now), ...safetyCopiesToKeep(all.filter(isSafetyCopy), now)].map((b) => b.id));
    for (const backup of all) {
      if (!keep.has(backup.id)) await fs.rm(this.folder.fileIn(this.folder.backupsDir, backup.id), { force: true });
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
