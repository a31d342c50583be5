import { useState } from 'react';
import { api } from '../../api';
import {
  eligiblePupilsColumn, planKs2Import, replacesStored, resultsYearFromFile,
  type FileYear, type Ks2File, type Ks2ImportPlan, type Ks2ParseResult, type PlannedResult,
} from '../../core/ks2-results';
import { parseKs2InWorker } from '../../shared/csv-worker/csv-client';
import { formatNumber } from '../../core/impact-stats';
import { ResultIndex } from '../../core/impact-measures';
import { db } from '../../db';
import { ImpactInputError, importResults, undoResultsImport, type ResultsImportUndo } from '../../db/impact';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import type { ImpactData } from './use-impact-data';
import { useBusy } from '../../ui/use-busy';
import { isUtf16, UTF16_MESSAGE } from '../../core/file-envelope';
import { saveFailureMessage } from '../../db/save-failure';
import { writeAutoBackupNow } from '../../app/services/backup-service';

interface Loaded {
  fileName: string;
  file: Ks2File;
  fileYear: FileYear;
}

function describeFileYear(fileYear: FileYear): string {
  if (fileYear.year === null) return `The file does not say which year its results are from: ${fileYear.why}. Enter the year.`;
  return fileYear.from === 'column'
    ? `Taken from the file’s ${fileYear.column ?? 'year'} column: the summer the results were taken.`
    : 'Taken from the file’s name: the summer the results were taken (2019 for 2018/19).';
}

function PlanReport({ plan, data }: { plan: Ks2ImportPlan; data: ImpactData }) {
  const school = (id: string) => data.schools.find((s) => s.id === id)?.name ?? '';
  const measure = (id: string) => data.measures.find((m) => m.id === id);
  const show = (v: number | null, measureId: string) => (v === null ? 'None' : `${formatNumber(v)}${measure(measureId)?.unit === 'percent' ? '%' : ''}`);
  const replacing = plan.results.filter(replacesStored).length;
  return (
    <>
      <h3>To be taken ({plan.results.length})</h3>
      {plan.results.length === 0 ? (
        <p>No values can be taken with the columns chosen.</p>
      ) : (
        <>
          <p className={replacing ? 'warning' : undefined}>
            {replacing === 0 ? 'No value stored now will be replaced.' : `${replacing} value${replacing === 1 ? '' : 's'} stored now will be replaced (marked “Replaces”).`}
          </p>
          <table className="data">
            <caption className="visually-hidden">Results to be imported, with the value stored now</caption>
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col">Measure</th>
                <th scope="col">Column</th>
                <th scope="col" className="num">Stored now</th>
                <th scope="col" className="num">From the file</th>
                <th scope="col" className="num">Eligible pupils</th>
              </tr>
            </thead>
            <tbody>
              {plan.results.map((r) => (
                <tr key={`${r.schoolId}-${r.measureId}`}>
                  <th scope="row">{school(r.schoolId)}</th>
                  <td>{measure(r.measureId)?.name}</td>
                  <td>{r.column}</td>
                  <td className="num">{show(r.current, r.measureId)}</td>
                  <td className="num">
                    {replacesStored(r) ? <strong>Replaces: {show(r.value, r.measureId)}</strong> : show(r.value, r.measureId)}
                  </td>
                  <td className="num">{r.eligiblePupils ?? 'Not known'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>Skipped ({plan.skipped.length + plan.schoolsMissing.length})</h3>
      <ul>
        {plan.schoolsMissing.map((m) => (
          <li key={m.school.id}>
            {m.school.name}: {m.reason}.
          </li>
        ))}
        {plan.skipped.map((s) => (
          <li key={`${s.schoolName}-${s.column}-${s.measureName}`}>
            {s.schoolName}, {s.measureName} ({s.column}): {s.reason} — left missing, not counted as 0.
          </li>
        ))}
        {plan.summaryRows > 0 ? <li>{plan.summaryRows} local-authority and national summary rows ignored.</li> : null}
        {plan.otherSchoolRows > 0 ? <li>{plan.otherSchoolRows} rows for schools outside the triad ignored.</li> : null}
        {plan.rowsWithoutUrn > 0 ? <li>{plan.rowsWithoutUrn} rows without a URN ignored.</li> : null}
      </ul>
    </>
  );
}

/** One line per value an import would overwrite: "Anstey Junior School, KS2 … 2019: 70% → 78%". */
function describeReplacement(r: PlannedResult, data: ImpactData): string {
  const measure = data.measures.find((m) => m.id === r.measureId);
  const unit = measure?.unit === 'percent' ? '%' : '';
  const school = data.schools.find((s) => s.id === r.schoolId)?.name ?? '';
  return `${school}, ${measure?.name ?? ''}, ${r.year}: ${formatNumber(r.current ?? 0)}${unit} → ${formatNumber(r.value)}${unit}`;
}

export function ImportView({ data }: { data: ImpactData }) {
  const entered = data.measures.filter((m) => !m.derivedFrom);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [pupilsColumn, setPupilsColumn] = useState('');
  const [year, setYear] = useState('');
  const [yearError, setYearError] = useState<string | undefined>();
  const [intoBaseline, setIntoBaseline] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<{ undo: ResultsImportUndo; plan: Ks2ImportPlan } | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [linkedChoices, setLinkedChoices] = useState<Record<string, string>>({});
  const [reading, setReading] = useState<number | null>(null);

  const choose = async () => {
    setDone(null);
    setUndone(null);
    setImportError(null);
    setConfirming(false);
    const { files } = await api().openFiles({ purpose: 'results-csv', multiple: false });
    const picked = files[0];
    if (!picked) return;
    if ('error' in picked) {
      setLoaded(null);
      setFileError(`${picked.name}: ${picked.error}`);
      return;
    }
    if (isUtf16(picked.bytes)) {
      setLoaded(null);
      setFileError(`${picked.name}: ${UTF16_MESSAGE}`);
      return;
    }
    setReading(0);
    // Read in a worker (shared/csv-worker): a national file has thousands of rows.
    const parsed = await parseKs2InWorker(picked.bytes, setReading)
      .catch((error: Error): Ks2ParseResult => ({ ok: false, error: error.message }))
      .finally(() => setReading(null));
    if (!parsed.ok) {
      setLoaded(null);
      setFileError(`${picked.name} was not imported. ${parsed.error} Nothing was changed.`);
      return;
    }
    setFileError(null);
    const fileYear = resultsYearFromFile(parsed.file, picked.name);
    setLoaded({ fileName: picked.name, file: parsed.file, fileYear });
    const columns = new Set(parsed.file.columns);
    setMapping(Object.fromEntries(entered.map((m) => [m.id, columns.has(m.sourceColumn) ? m.sourceColumn : ''])));
    setPupilsColumn(eligiblePupilsColumn(parsed.file.columns) ?? '');
    // Never the baseline year by default: an import into it rewrites what the programme is judged on.
    setYear(fileYear.year === null ? '' : String(fileYear.year));
    setIntoBaseline(false);
    setLinkedChoices({});
    setYearError(undefined);
  };

  const yearNumber = Number(year);
  const yearValid = /^\d{4}$/.test(year.trim()) && yearNumber >= 1990 && yearNumber <= 2100;
  const isBaseline = yearValid && yearNumber === data.triad.baselineYear;
  const index = new ResultIndex(data.results);
  const plan = loaded
    ? planKs2Import({
        file: loaded.file,
        schools: data.schools,
        measures: entered,
        linkedChoices,
        mapping: Object.entries(mapping).filter(([, column]) => column).map(([measureId, column]) => ({ measureId, column })),
        year: yearValid ? yearNumber : 0,
        pupilsColumn: pupilsColumn || null,
        currentValue: (schoolId, measureId, y) => index.get(schoolId, measureId, y)?.value ?? null,
      })
    : null;
  const replacements = plan ? plan.results.filter(replacesStored) : [];

  const write = async () => {
    if (!loaded || !plan) return;
    try {
      // A safety copy outside the database first, so even a wrong-but-valid import can be undone.
      await writeAutoBackupNow('before results import');
      const undo = await importResults(db, data.triad.id, plan.results, loaded.fileName);
      setDone({ undo, plan });
      setLoaded(null);
      setConfirming(false);
    } catch (error) {
      if (error instanceof ImpactInputError) setImportError(error.messages.join(' '));
      else setImportError(`The import failed and nothing was written: ${saveFailureMessage(error)}`);
    }
  };

  const importing = useBusy();
  const runImport = () => importing.run(importNow);
  const importNow = async () => {
    if (!loaded || !plan) return;
    if (!yearValid) {
      setYearError('Enter the results year, for example 2019 for 2018/19 results.');
      return;
    }
    if (isBaseline && !intoBaseline) {
      setYearError(`${yearNumber} is the baseline year. Tick the box below if these really are the baseline results.`);
      return;
    }
    setYearError(undefined);
    if (replacements.length > 0) {
      setConfirming(true);
      return;
    }
    await write();
  };

  const undoImport = async () => {
    if (!done) return;
    try {
      await undoResultsImport(db, done.undo);
      const { created, replaced } = done.undo;
      setUndone(`Import of ${done.undo.fileName} undone: ${created.length} result${created.length === 1 ? '' : 's'} removed and ${replaced.length} replaced value${replaced.length === 1 ? '' : 's'} restored.`);
      setDone(null);
    } catch (error) {
      if (error instanceof ImpactInputError) setImportError(error.messages.join(' '));
      else setImportError(`The undo failed and nothing was changed: ${saveFailureMessage(error)}`);
    }
  };

  return (
    <Page title="Import KS2 results" lede="Take results for the triad’s schools from a DfE Key Stage 2 performance-tables CSV file. Schools are found by URN.">
      <div className="actions-row">
        <button type="button" onClick={choose}>Choose a KS2 results file…</button>
      </div>
      {reading !== null ? <p role="status">Reading the results file…</p> : null}
      {fileError ? <p className="warning" role="alert">{fileError}</p> : null}
      {undone ? <p role="status">{undone}</p> : null}
      {importError && !loaded ? <p className="warning" role="alert">{importError}</p> : null}
      {done ? (
        <section className="success" role="status" aria-label="Import finished">
          <h2>Imported {done.undo.count} results from {done.undo.fileName}</h2>
          <p>
            {done.undo.replaced.length === 0 ? 'No stored value was replaced.' : `${done.undo.replaced.length} stored value${done.undo.replaced.length === 1 ? ' was' : 's were'} replaced.`}{' '}
            <button type="button" className="secondary" onClick={() => void undoImport()}>
              Undo this import
            </button>
          </p>
          <PlanReport plan={done.plan} data={data} />
        </section>
      ) : null}
      {loaded && plan ? (
        <section aria-labelledby="import-choose-heading">
          <h2 id="import-choose-heading">{loaded.fileName}</h2>
          <p>
            {loaded.file.schoolRows.length} school rows read. Found {plan.schoolsFound.length} of the triad’s {data.schools.length} schools by URN
            {plan.schoolsFound.length ? `: ${plan.schoolsFound.map((s) => s.name).join(', ')}` : ''}.
          </p>
          {plan.linkOffers.length + plan.takenFromLinks.length > 0 ? (
            <fieldset>
              <legend>Results under a linked school’s URN</legend>
              <p>The register links these schools to a predecessor or successor whose row is in this file. Take its results only if they are this school’s.</p>
              {[...plan.takenFromLinks, ...plan.linkOffers].map(({ school, link }) => (
                <div key={`${school.id}-${link.urn}`}>
                  <label>
                    <input
                      type="checkbox"
                      checked={linkedChoices[school.id] === link.urn}
                      onChange={(e) => setLinkedChoices((all) => {
                        const next = { ...all };
                        if (e.target.checked) next[school.id] = link.urn;
                        else delete next[school.id];
                        return next;
                      })}
                    />{' '}
                    Take {school.name}’s results from its {link.relation} {link.name || 'school'} (URN {link.urn})
                  </label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <Field label="Results year" hint={describeFileYear(loaded.fileYear)} error={yearError}>
            {(p) => <input {...p} inputMode="numeric" value={year} onChange={(e) => { setYear(e.target.value); setConfirming(false); }} />}
          </Field>
          {isBaseline ? (
            <div className="warning">
              <p>
                {yearNumber} is the triad’s baseline year: every improvement is measured from these results.
              </p>
              <label>
                <input type="checkbox" checked={intoBaseline} onChange={(e) => setIntoBaseline(e.target.checked)} /> These are the {yearNumber} baseline results: import them into the baseline
              </label>
            </div>
          ) : null}
          <fieldset>
            <legend>Which column goes into each measure</legend>
            {entered.map((m) => (
              <Field key={m.id} label={`Column for ${m.name}`}>
                {(p) => (
                  <select {...p} value={mapping[m.id] ?? ''} onChange={(e) => { setMapping((all) => ({ ...all, [m.id]: e.target.value })); setConfirming(false); }}>
                    <option value="">Do not import</option>
                    {loaded.file.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
            <Field label="Column for eligible pupils" hint="The number of pupils each result rests on (TELIG in DfE files).">
              {(p) => (
                <select {...p} value={pupilsColumn} onChange={(e) => setPupilsColumn(e.target.value)}>
                  <option value="">Not in this file</option>
                  {loaded.file.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
          <PlanReport plan={plan} data={data} />
          {importError ? <p className="warning" role="alert">{importError}</p> : null}
          {confirming ? (
            <section className="warning" role="alert" aria-label="Confirm replacing stored values">
              <h3>Replace {replacements.length} stored value{replacements.length === 1 ? '' : 's'}?</h3>
              <ul>
                {replacements.map((r) => (
                  <li key={`${r.schoolId}-${r.measureId}`}>{describeReplacement(r, data)}</li>
                ))}
              </ul>
              <p>You can undo the import straight afterwards.</p>
              <div className="actions-row">
                <button type="button" onClick={() => void importing.run(write)} disabled={importing.busy} aria-busy={importing.busy}>
                  Replace {replacements.length} value{replacements.length === 1 ? '' : 's'} and import
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  Go back
                </button>
              </div>
            </section>
          ) : (
            <div className="actions-row">
              <button type="button" onClick={() => void runImport()} disabled={plan.results.length === 0 || importing.busy} aria-busy={importing.busy}>
                Import {plan.results.length} results
              </button>
              <button type="button" className="secondary" onClick={() => setLoaded(null)}>
                Cancel
              </button>
            </div>
          )}
        </section>
      ) : null}
    </Page>
  );
}
