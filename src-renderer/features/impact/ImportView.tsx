import { useState } from 'react';
import { api } from '../../api';
import { guessResultsYear, planKs2Import, type Ks2File, type Ks2ImportPlan, type Ks2ParseResult } from '../../core/ks2-results';
import { parseKs2InWorker } from '../../shared/csv-worker/csv-client';
import { formatNumber } from '../../core/impact-stats';
import { db } from '../../db';
import { ImpactInputError, importResults } from '../../db/impact';
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
}

function PlanReport({ plan, data }: { plan: Ks2ImportPlan; data: ImpactData }) {
  const school = (id: string) => data.schools.find((s) => s.id === id)?.name ?? '';
  const measure = (id: string) => data.measures.find((m) => m.id === id);
  return (
    <>
      <h3>To be taken ({plan.results.length})</h3>
      {plan.results.length === 0 ? (
        <p>No values can be taken with the columns chosen.</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Results to be imported</caption>
          <thead>
            <tr>
              <th scope="col">School</th>
              <th scope="col">Measure</th>
              <th scope="col">Column</th>
              <th scope="col" className="num">Value</th>
            </tr>
          </thead>
          <tbody>
            {plan.results.map((r) => (
              <tr key={`${r.schoolId}-${r.measureId}`}>
                <th scope="row">{school(r.schoolId)}</th>
                <td>{measure(r.measureId)?.name}</td>
                <td>{r.column}</td>
                <td className="num">
                  {formatNumber(r.value)}
                  {measure(r.measureId)?.unit === 'percent' ? '%' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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

export function ImportView({ data }: { data: ImpactData }) {
  const entered = data.measures.filter((m) => !m.derivedFrom);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [year, setYear] = useState('');
  const [yearError, setYearError] = useState<string | undefined>();
  const [done, setDone] = useState<{ count: number; plan: Ks2ImportPlan; fileName: string } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);

  const choose = async () => {
    setDone(null);
    setImportError(null);
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
      setFileError(`${picked.name} could not be read. ${parsed.error} Nothing was imported.`);
      return;
    }
    setFileError(null);
    setLoaded({ fileName: picked.name, file: parsed.file });
    const columns = new Set(parsed.file.columns);
    setMapping(Object.fromEntries(entered.map((m) => [m.id, columns.has(m.sourceColumn) ? m.sourceColumn : ''])));
    setYear(String(guessResultsYear(picked.name) ?? data.triad.baselineYear));
  };

  const yearNumber = Number(year);
  const yearValid = /^\d{4}$/.test(year.trim()) && yearNumber >= 1990 && yearNumber <= 2100;
  const plan = loaded
    ? planKs2Import({
        file: loaded.file,
        schools: data.schools,
        measures: entered,
        mapping: Object.entries(mapping).filter(([, column]) => column).map(([measureId, column]) => ({ measureId, column })),
        year: yearValid ? yearNumber : 0,
      })
    : null;

  const importing = useBusy();
  const runImport = () => importing.run(importNow);
  const importNow = async () => {
    if (!loaded || !plan) return;
    if (!yearValid) {
      setYearError('Enter the results year, for example 2019 for 2018/19 results.');
      return;
    }
    setYearError(undefined);
    try {
      // A safety copy outside the database first, so even a wrong-but-valid import can be undone.
      await writeAutoBackupNow('before results import');
      const count = await importResults(db, data.triad.id, plan.results, loaded.fileName);
      setDone({ count, plan, fileName: loaded.fileName });
      setLoaded(null);
    } catch (error) {
      if (error instanceof ImpactInputError) setImportError(error.messages.join(' '));
      else setImportError(`The import failed and nothing was written: ${saveFailureMessage(error)}`);
    }
  };

  return (
    <Page title="Import KS2 results" lede="Take results for the triad’s schools from a DfE Key Stage 2 performance-tables CSV file. Schools are found by URN.">
      <div className="actions-row">
        <button type="button" onClick={choose}>Choose a KS2 results file…</button>
      </div>
      {reading !== null ? <p role="status">Reading the results file…</p> : null}
      {fileError ? <p className="warning" role="alert">{fileError}</p> : null}
      {done ? (
        <section className="success" role="status" aria-label="Import finished">
          <h2>Imported {done.count} results from {done.fileName}</h2>
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
          <Field label="Results year" hint="The summer the results were taken: 2019 for 2018/19." error={yearError}>
            {(p) => <input {...p} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />}
          </Field>
          <fieldset>
            <legend>Which column goes into each measure</legend>
            {entered.map((m) => (
              <Field key={m.id} label={`Column for ${m.name}`}>
                {(p) => (
                  <select {...p} value={mapping[m.id] ?? ''} onChange={(e) => setMapping((all) => ({ ...all, [m.id]: e.target.value }))}>
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
          </fieldset>
          <PlanReport plan={plan} data={data} />
          {importError ? <p className="warning" role="alert">{importError}</p> : null}
          <div className="actions-row">
            <button type="button" onClick={() => void runImport()} disabled={plan.results.length === 0 || importing.busy} aria-busy={importing.busy}>
              Import {plan.results.length} results
            </button>
            <button type="button" className="secondary" onClick={() => setLoaded(null)}>
              Cancel
            </button>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
