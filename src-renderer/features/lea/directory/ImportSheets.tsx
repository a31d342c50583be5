import { useUrlAction } from '../../../shared/use-url-action';
import { useState } from 'react';
import { api } from '../../../api';
import { todayIso } from '../../../core/dates';
import { db } from '../../../db';
import { importNetworkFiles, type FileOutcome } from '../../../db/networks';
import { Progress } from '../../../ui/Progress';

const DECISION_WORDS: Record<string, string> = {
  'new-network': 'added to the directory',
  'newer-sheet': 'replaces the older sheet (kept in the history)',
  'older-sheet': 'older than the sheet held: kept in the history only',
  'already-held': 'already held: nothing changed',
  'new-cameo': 'cameo received',
};

/** Imports identification sheets and cameos: one file or many at once. */
export function ImportSheets() {
  const [outcomes, setOutcomes] = useState<FileOutcome[] | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  // Double-clicking a .triadnetwork file brings the adviser here with ?action=import-sheets.
  useUrlAction('import-sheets', () => void choose());
  async function choose() {
    const { files } = await api().openFiles({ purpose: 'network-file', multiple: true });
    if (files.length === 0) return;
    setReading(files.length);
    try {
      const refusedBySize: FileOutcome[] = files.flatMap((f) => ('error' in f ? [{ name: f.name, ok: false as const, error: f.error }] : []));
      const readable = files.flatMap((f) => ('error' in f ? [] : [{ name: f.name, bytes: f.bytes }]));
      setOutcomes([...refusedBySize, ...(await importNetworkFiles(db, readable, todayIso()))]);
    } finally {
      setReading(null);
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
