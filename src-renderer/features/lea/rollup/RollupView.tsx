import { useMemo, useState } from 'react';
import { api } from '../../../api';
import type { ThresholdKind } from '../../../core/model';
import { buildRollup, csvBytes, rollupCsv } from '../../../core/rollup';
import { combineRollupFiles } from '../../../core/rollup-source';
import { db } from '../../../db';
import { stashRollupForPrint } from '../../../db/print-data';
import { Field } from '../../../ui/Field';
import { EmptyState, Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toaster';
import { nowIso } from '../../../core/ids';
import { RollupTables } from './RollupTables';
import { useRollupFiles } from './use-rollup-files';
import './rollup.css';

export function RollupView() {
  const { files, problems, progress, open, clear } = useRollupFiles();
  const { notify } = useToast();
  const [thresholdText, setThresholdText] = useState('15');
  const [thresholdKind, setThresholdKind] = useState<ThresholdKind>('percentage-points');
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const threshold = Number(thresholdText);
  const thresholdError = thresholdText.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 100 ? 'Enter a threshold between 0 and 100.' : undefined;
  const combined = useMemo(() => combineRollupFiles(files), [files]);
  const rollup = useMemo(
    () => (thresholdError ? null : buildRollup(combined.inputs, { threshold, thresholdKind })),
    [combined, threshold, thresholdKind, thresholdError],
  );
  const allProblems = [...problems, ...combined.problems];
  const fileNames = files.map((f) => f.name);

  async function run(work: () => Promise<{ saved: boolean; fileName?: string }>) {
    setExporting(true);
    setFailure(null);
    try {
      const result = await work();
      if (result.saved) notify(`Saved ${result.fileName}.`);
    } catch (error) {
      setFailure(`The export did not finish: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setExporting(false);
    }
  }

  const exportCsv = () =>
    run(() => api().saveFile({ purpose: 'csv-export', suggestedName: 'LEA roll-up.csv', bytes: csvBytes(rollupCsv(rollup!)) }));
  const exportPdf = () =>
    run(async () => {
      // The print window reads the figures from here: it cannot see this window's memory.
      await stashRollupForPrint(db, { rollup: rollup!, fileNames, preparedAt: nowIso() });
      return api().exportPdf({ route: '/print/rollup', suggestedName: 'LEA roll-up.pdf', headerText: 'LEA roll-up', landscape: true });
    });

  return (
    <Page title="LEA roll-up" lede="Open triads’ backup files and partner schools’ returns to see a cohort view. The files are only read: nothing is added to this copy’s own data.">
      <div className="actions-row">
        <button type="button" onClick={() => void open('backup')} disabled={progress !== null}>
          Open triads’ backup files…
        </button>
        <button type="button" className="secondary" onClick={() => void open('partner-return')} disabled={progress !== null}>
          Add partner returns…
        </button>
        {files.length > 0 ? (
          <button type="button" className="secondary" onClick={clear}>
            Close all files
          </button>
        ) : null}
      </div>
      {progress ? <Progress label={`Reading files: ${progress.done} of ${progress.total}`} value={progress.done} max={progress.total} /> : null}
      {allProblems.length > 0 ? (
        <div className="warning" role="alert">
          <h2 className="rollup-problems-title">{allProblems.length === 1 ? 'One file was not included' : `${allProblems.length} files were not included`}</h2>
          <ul>
            {allProblems.map((p) => (
              <li key={p.name}>
                <strong>{p.name}</strong>: {p.error}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {files.length === 0 ? (
        <EmptyState title="No files open">
          <p>Choose the backup files the triads sent you. You can choose many at once, and add partner returns afterwards.</p>
        </EmptyState>
      ) : (
        <>
          <p className="rollup-files">
            {files.length === 1 ? '1 file open' : `${files.length} files open`}: {fileNames.join(', ')}.
          </p>
          <fieldset className="rollup-threshold">
            <legend>Marked improvement</legend>
            <div className="field-row">
              <Field label="Threshold" error={thresholdError}>
                {(control) => <input {...control} inputMode="decimal" value={thresholdText} onChange={(e) => setThresholdText(e.target.value)} />}
              </Field>
              <Field label="Measured as" hint="An improvement of 15 can mean points or a share of the baseline.">
                {(control) => (
                  <select {...control} value={thresholdKind} onChange={(e) => setThresholdKind(e.target.value as ThresholdKind)}>
                    <option value="percentage-points">Percentage points</option>
                    <option value="relative-percent">Relative change (% of the baseline)</option>
                  </select>
                )}
              </Field>
            </div>
          </fieldset>
          <div className="actions-row">
            <button type="button" onClick={() => void exportCsv()} disabled={!rollup || exporting}>
              Export roll-up as CSV
            </button>
            <button type="button" className="secondary" onClick={() => void exportPdf()} disabled={!rollup || exporting}>
              Export roll-up as PDF
            </button>
            {exporting ? <span role="status">Exporting…</span> : null}
          </div>
          {failure ? (
            <p className="warning" role="alert">
              {failure}
            </p>
          ) : null}
          {rollup ? <RollupTables rollup={rollup} /> : null}
        </>
      )}
    </Page>
  );
}
