import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { RECORD_TABLES, type RecordTable } from '../../../core/record-schemas';
import { countInWords } from '../backup/BackupSection';
import { db } from '../../../db';
import { undoDelete } from '../../../db/records';
import { saveFailureMessage } from '../../../db/save-failure';
import { emptyExpiredTrash, emptyTrash, listTrash, TRASH_DAYS, trashContents } from '../../../db/trash';
import { useBusy } from '../../../ui/use-busy';
import { formatDateTime } from '../../../app/services/auto-backup-schedule';

function contentsInWords(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => ((RECORD_TABLES as readonly string[]).includes(table) ? countInWords(table as RecordTable, n) : `${n} records`))
    .join(', ');
}

/**
 * "Recently deleted": what can still be put back, emptied after 30 days or on request. Deleted
 * evidence (pupils' names, invoices) is purged with it and so stops travelling in backups.
 */
export function RecentlyDeleted() {
  const entries = useLiveQuery(() => listTrash(db), []);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const { busy, run } = useBusy();

  useEffect(() => {
    void emptyExpiredTrash(db).catch(() => undefined);
  }, []);

  const restore = (id: string, label: string) =>
    run(async () => {
      try {
        await undoDelete(db, id);
        setMessage(`Put back: ${label}.`);
      } catch (e) {
        setMessage(`That could not be put back, and nothing was changed: ${saveFailureMessage(e)}`);
      }
    });

  const empty = () =>
    run(async () => {
      setConfirmEmpty(false);
      const count = await emptyTrash(db);
      setMessage(`Recently deleted emptied: ${count} ${count === 1 ? 'deletion' : 'deletions'} removed for good.`);
    });

  return (
    <section aria-labelledby="trash-heading">
      <h2 id="trash-heading">Recently deleted</h2>
      <p>
        What you delete can be put back from here for {TRASH_DAYS} days; after that it is removed for good, with any evidence
        files it held. Backups made for a partner school can leave these out.
      </p>
      {message ? (
        <p className="success" role="status">
          {message}
        </p>
      ) : null}
      {entries === undefined ? null : entries.length === 0 ? (
        <p>Nothing has been deleted recently.</p>
      ) : (
        <>
          <table className="data">
            <caption>Deletions that can still be put back, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Deleted</th>
                <th scope="col">What</th>
                <th scope="col">Held</th>
                <th scope="col">
                  <span className="visually-hidden">Put back</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.deletedAt)}</td>
                  <td>{entry.label}</td>
                  <td>{contentsInWords(trashContents(entry))}</td>
                  <td>
                    <button type="button" className="secondary" disabled={busy} onClick={() => void restore(entry.id, entry.label)}>
                      Put back
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {confirmEmpty ? (
            <div className="warning" role="alert">
              <p>Remove everything listed here for good? It cannot be put back afterwards.</p>
              <div className="actions-row">
                <button type="button" disabled={busy} onClick={() => void empty()}>
                  Empty Recently deleted
                </button>
                <button type="button" className="secondary" onClick={() => setConfirmEmpty(false)}>
                  Keep them
                </button>
              </div>
            </div>
          ) : (
            <div className="actions-row">
              <button type="button" className="secondary" disabled={busy} onClick={() => setConfirmEmpty(true)}>
                Empty Recently deleted now…
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
