import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AutoBackupInfo } from '../../../../src-main/ipc-contract';
import { api } from '../../../api';
import { summariseBackup, type Backup } from '../../../core/backup-format';
import { recordWord, type RecordTable } from '../../../core/record-schemas';
import { db } from '../../../db';
import { backupBytes, changedSinceRestore, LAST_RESTORE_SETTING, restoreWithSafetyCopy, undoRestore, type LastRestore } from '../../../db/backup';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toaster';
import { backupFileName, formatDateTime } from '../../../app/services/auto-backup-schedule';
import { appVersion, saveSafetyCopy } from '../../../app/services/backup-service';
import { saveFailureMessage } from '../../../db/save-failure';
import { checkFileOffThread } from '../../../app/services/file-check';
import './backup.css';

interface Work {
  label: string;
  done: number;
  total: number;
}

interface PendingRestore {
  backup: Backup;
  /** Where it came from, in words. */
  from: string;
}

/** "3 schools", "1 person", "2 impact-log entries". */
export function countInWords(table: RecordTable, count: number): string {
  const word = recordWord(table);
  if (count === 1) return `1 ${word}`;
  const plural = word === 'person' ? 'people' : word.endsWith('criterion') ? word.replace(/criterion$/, 'criteria') : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`;
  return `${count} ${plural}`;
}

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "14:05" (or "14:05 on 23/11/2026" when not today), for what an undo would lose. */
function timeOf(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === new Date().toDateString() ? time : `${time} on ${at.toLocaleDateString('en-GB')}`;
}

/** Full backups to a file, restore (with undo), and the automatic backups. */
export function BackupSection() {
  const { notify } = useToast();
  const [params, setParams] = useSearchParams();
  const [work, setWork] = useState<Work | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [confirmUndo, setConfirmUndo] = useState<LastRestore | null>(null);
  const [leaveOutTrash, setLeaveOutTrash] = useState(false);
  // Read by the (memoised) backUpNow, so the File menu's backup sees the current choice too.
  const forPartner = useRef(false);
  forPartner.current = leaveOutTrash;
  const [autoBackups, setAutoBackups] = useState<AutoBackupInfo[] | null>(null);
  const lastRestore = useLiveQuery(async () => ((await db.settings.get(LAST_RESTORE_SETTING))?.value as LastRestore | undefined) ?? null, []);
  const checkHeading = useRef<HTMLHeadingElement>(null);

  const refreshAutoBackups = useCallback(async () => {
    try {
      setAutoBackups(await api().listAutoBackups());
    } catch {
      setAutoBackups([]);
    }
  }, []);

  useEffect(() => {
    void refreshAutoBackups();
  }, [refreshAutoBackups]);

  useEffect(() => {
    if (pending) checkHeading.current?.focus();
  }, [pending]);

  const start = (label: string) => {
    setError(null);
    setSaved(null);
    setWork({ label, done: 0, total: 1 });
  };
  const progressOf = (label: string) => (done: number, total: number) => setWork({ label, done, total });

  const backUpNow = useCallback(async () => {
    start('Making the backup');
    try {
      const bytes = await backupBytes(db, await appVersion(), progressOf('Making the backup'), { withoutTrash: forPartner.current });
      const result = await api().saveFile({ purpose: 'backup', suggestedName: backupFileName(), bytes });
      if (result.saved) {
        setSaved(`Backup saved as ${result.fileName}.`);
        notify(`Backup saved as ${result.fileName}.`);
      }
    } catch (e) {
      setError(`The backup could not be saved: ${(e as Error).message}`);
    } finally {
      setWork(null);
    }
  }, [notify]);

  const check = async (bytes: Uint8Array, from: string) => {
    const parsed = await checkFileOffThread('backup', bytes);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setPending({ backup: parsed.backup, from });
  };

  const chooseFile = useCallback(async () => {
    setError(null);
    setSaved(null);
    setPending(null);
    try {
      const { files } = await api().openFiles({ purpose: 'backup', multiple: false });
      const file = files[0];
      if (!file) return;
      if ('error' in file) {
        setError(file.error);
        return;
      }
      start(`Checking ${file.name}`);
      await check(file.bytes, file.name);
    } catch (e) {
      setError(`The file could not be read: ${(e as Error).message}`);
    } finally {
      setWork(null);
    }
  }, []);

  const chooseAutoBackup = async (info: AutoBackupInfo) => {
    start('Checking the automatic backup');
    setPending(null);
    try {
      const file = await api().readAutoBackup({ id: info.id });
      await check(file.bytes, `the automatic backup of ${formatDateTime(info.createdAt)}`);
    } catch (e) {
      setError(`That automatic backup could not be read: ${(e as Error).message}`);
    } finally {
      setWork(null);
    }
  };

  const undo = async (last: LastRestore) => {
    start('Undoing the restore');
    try {
      // An older toast's Undo must not undo a later restore.
      const current = (await db.settings.get(LAST_RESTORE_SETTING))?.value as LastRestore | undefined;
      if (current?.autoBackupId !== last.autoBackupId) {
        throw new Error('that restore has already been undone or followed by another one.');
      }
      const file = await api().readAutoBackup({ id: last.autoBackupId });
      const parsed = await checkFileOffThread('backup', file.bytes);
      if (!parsed.ok) throw new Error(parsed.error);
      await undoRestore(db, parsed.backup, { appVersion: await appVersion(), saveSafetyCopy, onProgress: progressOf('Undoing the restore') });
      setSaved(
        `The restore from ${last.from} was undone: your data is as it was before. Your data as it was just before undoing is kept in the automatic backups.`,
      );
    } catch (e) {
      setError(`The restore could not be undone, and nothing was changed: ${(e as Error).message}`);
      throw e;
    } finally {
      setWork(null);
    }
  };

  /** Undo straight away if nothing was done since the restore; otherwise say what would be lost first. */
  const requestUndo = async (last: LastRestore) => {
    setError(null);
    setSaved(null);
    if (await changedSinceRestore(db, last)) {
      setConfirmUndo(last);
      return;
    }
    await undo(last);
  };

  const restore = async () => {
    if (!pending) return;
    const { backup, from } = pending;
    setPending(null);
    start('Restoring');
    try {
      const last = await restoreWithSafetyCopy(db, backup, {
        appVersion: await appVersion(),
        from,
        saveSafetyCopy,
        onProgress: progressOf('Restoring'),
      });
      setSaved(`Restored from ${from}.`);
      notify(`Restored from ${from}.`, () => requestUndo(last));
    } catch (e) {
      setError(`The restore did not happen, and your data is unchanged: ${saveFailureMessage(e)}`);
    } finally {
      setWork(null);
      void refreshAutoBackups();
    }
  };

  // The File menu brings the head here with ?action=backup or ?action=restore.
  const action = params.get('action');
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if ((action !== 'backup' && action !== 'restore') || handled.current === action) return;
    handled.current = action;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('action');
        return next;
      },
      { replace: true },
    );
    if (action === 'backup') void backUpNow();
    else void chooseFile();
  }, [action, backUpNow, chooseFile, setParams]);
  useEffect(() => {
    if (!action) handled.current = null;
  }, [action]);

  const summary = pending ? summariseBackup(pending.backup) : null;

  return (
    <section className="panel backup-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups</h2>
      <p>
        A backup is one file holding everything in this copy of Triad Planner. Keep one on a memory stick or the school
        network.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={leaveOutTrash} onChange={(e) => setLeaveOutTrash(e.target.checked)} /> Leave out
        Recently deleted (for a backup you will give to a partner school)
      </label>
      <div className="actions-row">
        <button type="button" onClick={() => void backUpNow()} disabled={work !== null}>
          Back up now
        </button>
        <button type="button" className="secondary" onClick={() => void chooseFile()} disabled={work !== null}>
          Restore from a backup file
        </button>
        {lastRestore ? (
          <button type="button" className="secondary" onClick={() => void requestUndo(lastRestore).catch(() => undefined)} disabled={work !== null || confirmUndo !== null}>
            Undo the last restore
          </button>
        ) : null}
      </div>
      {lastRestore ? (
        <p className="hint">
          Last restore: from {lastRestore.from} on {formatDateTime(lastRestore.restoredAt)}.
        </p>
      ) : null}
      {confirmUndo ? (
        <div className="backup-check" role="alertdialog" aria-labelledby="undo-check-heading" aria-describedby="undo-check-text">
          <h3 id="undo-check-heading">Undo the restore?</h3>
          <p id="undo-check-text" className="warning">
            Changes made since {timeOf(confirmUndo.restoredAt)} will be undone too. Your data as it is now is saved first as an
            automatic backup, so you can get those changes back from there.
          </p>
          <div className="actions-row">
            <button
              type="button"
              onClick={() => {
                const last = confirmUndo;
                setConfirmUndo(null);
                void undo(last).catch(() => undefined);
              }}
            >
              Undo the restore and those changes
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmUndo(null)}>
              Keep my changes
            </button>
          </div>
        </div>
      ) : null}
      {work ? <Progress label={work.label} value={work.done} max={work.total} /> : null}
      {error ? (
        <div className="warning" role="alert">
          {error}
        </div>
      ) : null}
      {saved ? (
        <p className="success" role="status">
          {saved}
        </p>
      ) : null}

      {pending && summary ? (
        <div className="backup-check" aria-labelledby="backup-check-heading" role="group">
          <h3 id="backup-check-heading" tabIndex={-1} ref={checkHeading}>
            Check before restoring
          </h3>
          <p>
            {pending.from} is a backup of <strong>{summary.triadName ?? 'a copy with no triad set up'}</strong>, made on{' '}
            {formatDateTime(summary.createdAt)} by Triad Planner {summary.appVersion}. It holds:
          </p>
          <ul className="backup-counts">
            {(Object.entries(summary.counts) as [RecordTable, number][]).map(([table, count]) => (
              <li key={table}>{countInWords(table, count)}</li>
            ))}
            {summary.totalRecords === 0 ? <li>no records at all</li> : null}
          </ul>
          <p className="warning">
            Restoring replaces all the data in this copy with the backup’s. Your data as it is now is saved first as an
            automatic backup, so you can undo the restore.
          </p>
          <div className="actions-row">
            <button type="button" onClick={() => void restore()}>
              Replace all data with this backup
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      <h3 id="auto-backups-heading">Automatic backups</h3>
      <p>
        Made on this computer when data has changed (at most every 15 minutes), and before every import and restore. The
        3 newest from today and one from each earlier day are kept, up to 10.
      </p>
      {autoBackups === null ? (
        <p role="status">Loading…</p>
      ) : autoBackups.length === 0 ? (
        <p>No automatic backups yet.</p>
      ) : (
        <table className="data" aria-labelledby="auto-backups-heading">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {autoBackups.map((info) => (
              <tr key={info.id}>
                <td>{formatDateTime(info.createdAt)}</td>
                <td>{info.reason.charAt(0).toUpperCase() + info.reason.slice(1)}</td>
                <td className="num">{describeSize(info.size)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={work !== null}
                    aria-label={`Restore the automatic backup of ${formatDateTime(info.createdAt)}`}
                    onClick={() => void chooseAutoBackup(info)}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
