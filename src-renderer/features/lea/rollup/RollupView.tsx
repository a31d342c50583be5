import { useEffect, useMemo, useState } from 'react';
import { api } from '../../../api';
import type { ThresholdKind } from '../../../core/model';
import { buildRollup, csvBytes, describeReadings, rollupCsv, triadThresholdSettings } from '../../../core/rollup';
import { describeThreshold, parseThreshold } from '../../../core/impact-stats';
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
  const parsedThreshold = parseThreshold(thresholdText);
  const threshold = parsedThreshold.ok ? parsedThreshold.value : NaN;
  const thresholdError = parsedThreshold.ok ? undefined : parsedThreshold.error;
  // "15 points" or "15% relative" typed in the box says the reading itself.
  const effectiveKind = (parsedThreshold.ok && parsedThreshold.kind) || thresholdKind;
  const combined = useMemo(() => combineRollupFiles(files), [files]);
  const settings = useMemo(() => triadThresholdSettings(combined.inputs), [combined]);
  const settingsKey = settings.readings.map((r) => `${r.threshold}|${r.thresholdKind}|${r.triads.length}`).join(';');
  // Start from the triads' own setting whenever the set of files changes.
  useEffect(() => {
    setThresholdText(String(settings.chosen.threshold));
    setThresholdKind(settings.chosen.thresholdKind);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- settingsKey stands for the settings.
  }, [settingsKey]);
  const rollup = useMemo(
    () => (thresholdError ? null : buildRollup(combined.inputs, { threshold, thresholdKind: effectiveKind })),
    [combined, threshold, effectiveKind, thresholdError],
  );
  const showing = parsedThreshold.ok ? describeThreshold(threshold, effectiveKind) : null;
  const fromFiles = describeThreshold(settings.chosen.threshold, settings.chosen.thresholdKind);
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
      const authorities = [...new Set(rollup!.triads.map((t) => t.localAuthority).filter(Boolean))].join(', ') || 'LEA';
      return api().exportPdf({
        route: '/print/rollup',
        suggestedName: 'LEA roll-up.pdf',
        headerText: 'LEA roll-up',
        landscape: true,
        author: authorities,
        subject: `Triads’ impact and money by cohort, ${authorities}`,
      });
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
          {combined.inputs.length > 0 ? (
            <div className={settings.agreed ? undefined : 'warning'} role="status" aria-label="Threshold settings in the files">
              {settings.agreed ? (
                <p>Every triad’s file measures marked improvement as {fromFiles}; the roll-up starts from that setting.</p>
              ) : (
                <p>
                  The files disagree on the improvement threshold: {describeReadings(settings.readings)}. The roll-up started from {fromFiles}, the reading most
                  triads use{settings.readings[0]!.triads.length === settings.readings[1]!.triads.length ? ' (on a tie, percentage points, the DfE’s convention)' : ''}, and
                  applies one reading to every triad.
                </p>
              )}
              {showing ? <p>Showing: <strong>{showing}</strong>.</p> : null}
            </div>
          ) : null}
          <fieldset className="rollup-threshold">
            <legend>Marked improvement</legend>
            <div className="field-row">
              <Field label="Threshold" hint="For example 15, 15% or 15 points." error={thresholdError}>
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
