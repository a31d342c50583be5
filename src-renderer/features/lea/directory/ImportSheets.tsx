import { useUrlAction } from '../../../shared/use-url-action';
import { useState } from 'react';
import { api } from '../../../api';
import { todayIso } from '../../../core/dates';
import { db } from '../../../db';
import { importNetworkFiles, type FileOutcome } from '../../../db/networks';
import type { OpenedFile, RefusedFile } from '../../../../src-main/ipc-contract';
import { messageOf, useExchangeFolder } from '../../../shared/use-exchange-folder';
import { Progress } from '../../../ui/Progress';

const DECISION_WORDS: Record<string, string> = {
  'new-network': 'added to the directory',
  'newer-sheet': 'replaces the older sheet (kept in the history)',
  'older-sheet': 'older than the sheet held: kept in the history only',
  'already-held': 'already held: nothing changed',
  'new-cameo': 'cameo received',
};

/** Imports identification sheets and cameos: one file or many at once, chosen or from the exchange folder. */
export function ImportSheets() {
  const [outcomes, setOutcomes] = useState<FileOutcome[] | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const [folderSummary, setFolderSummary] = useState<string | null>(null);
  const [folderProblem, setFolderProblem] = useState<string | null>(null);
  const exchange = useExchangeFolder();
  // Double-clicking a .triadnetwork file brings the adviser here with ?action=import-sheets.
  useUrlAction('import-sheets', () => void choose());

  /** The one import path, whichever way the files came: each is checked completely before anything is kept. */
  async function importFiles(files: (OpenedFile | RefusedFile)[]): Promise<FileOutcome[]> {
    setReading(files.length);
    try {
      const refusedBySize: FileOutcome[] = files.flatMap((f) => ('error' in f ? [{ name: f.name, ok: false as const, error: f.error }] : []));
      const readable = files.flatMap((f) => ('error' in f ? [] : [{ name: f.name, bytes: f.bytes }]));
      const all = [...refusedBySize, ...(await importNetworkFiles(db, readable, todayIso()))];
      setOutcomes(all);
      return all;
    } finally {
      setReading(null);
    }
  }

  async function choose() {
    const { files } = await api().openFiles({ purpose: 'network-file', multiple: true });
    if (files.length === 0) return;
    setFolderSummary(null);
    setFolderProblem(null);
    await importFiles(files);
  }

  async function readFolder() {
    setFolderSummary(null);
    setFolderProblem(null);
    setOutcomes(null);
    try {
      const { files } = await api().readExchangeFolder({ purpose: 'network-file' });
      // Re-importing a file already held changes nothing, so "new" is simply what was not held.
      const all = await importFiles(files);
      const fresh = all.filter((o) => o.ok && o.decision !== 'already-held').length;
      setFolderSummary(
        files.length === 0 ? 'The exchange folder has no network files.' : `Read the exchange folder: ${fresh === 1 ? '1 new file' : `${fresh} new files`} of ${files.length}.`,
      );
    } catch (error) {
      setFolderProblem(messageOf(error));
    }
  }
  const refused = outcomes?.filter((o) => !o.ok) ?? [];
  const taken = outcomes?.filter((o) => o.ok) ?? [];
  return (
    <section aria-labelledby="import-sheets-heading">
      <h2 id="import-sheets-heading">Import sheets and cameos</h2>
      <p>Choose the identification sheets and newsletter cameos networks sent you (.triadnetwork files). You can choose a whole folder’s files at once; each is checked completely before anything is kept.</p>
      <div className="actions-row">
        <button type="button" onClick={() => void choose()} disabled={reading !== null}>
          Import network files…
        </button>
      </div>
      <h3>Exchange folder</h3>
      <p>
        A folder the networks save into — one your authority’s shared storage keeps in sync, or a memory stick. Reading it imports everything new, with
        the same checks.
      </p>
      {exchange.folder ? <p>Exchange folder: <strong>{exchange.folder}</strong></p> : null}
      {exchange.folder === null ? <p>No exchange folder chosen.</p> : null}
      <div className="actions-row">
        {exchange.folder ? (
          <button type="button" onClick={() => void readFolder()} disabled={reading !== null}>
            Read new files from the exchange folder
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={() => void exchange.choose()}>
          {exchange.folder ? 'Choose another exchange folder…' : 'Choose the exchange folder…'}
        </button>
        {exchange.folder ? (
          <button type="button" className="secondary" onClick={() => void exchange.forget()}>
            Forget the exchange folder
          </button>
        ) : null}
      </div>
      {folderSummary ? (
        <p className="success" role="status">
          {folderSummary}
        </p>
      ) : null}
      {folderProblem ? (
        <p className="warning" role="alert">
          {folderProblem}
        </p>
      ) : null}
      {reading !== null ? <Progress label={`Checking ${reading} files`} value={0} max={reading} /> : null}
      {taken.length > 0 ? (
        <div className="success" role="status">
          <p>
            {taken.length === 1 ? '1 file imported' : `${taken.length} files imported`}.
          </p>
          <ul>
            {taken.map((o) => (o.ok ? <li key={o.name}>{o.name}: {o.networkName}, {DECISION_WORDS[o.decision]}</li> : null))}
          </ul>
        </div>
      ) : null}
      {refused.length > 0 ? (
        <div className="warning" role="alert">
          <p>{refused.length === 1 ? 'One file was refused' : `${refused.length} files were refused`}:</p>
          <ul>
            {refused.map((o) => (!o.ok ? <li key={o.name}><strong>{o.name}</strong>: {o.error}</li> : null))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
