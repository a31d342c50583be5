import { useEffect, useState } from 'react';
import {
  guessMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type ColumnMapping,
  type ImportProblem,
  type NameLookups,
} from '../../core/budget-csv';
import { programmeRange } from '../../core/dates';
import type { School, Triad } from '../../core/model';
import { api } from '../../api';
import { db } from '../../db';
import { importLedgerRows, type BudgetData } from '../../db/budget';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Progress } from '../../ui/Progress';
import { openLedgerCsv, type OpenLedgerCsv } from '../../shared/csv-worker/csv-client';
import { useToast } from '../../ui/Toaster';
import { useBusy } from '../../ui/use-busy';
import { isUtf16, UTF16_MESSAGE } from '../../core/file-envelope';
import { saveFailureMessage } from '../../db/save-failure';
import { writeAutoBackupNow } from '../../app/services/backup-service';


interface Props {
  triad: Triad;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
}

/** Import ledger lines from a finance system's CSV: map columns, preview, check every row, write all or nothing. */
export function LedgerImport({ triad, data }: Props) {
  const { notify } = useToast();
  // The file is read and checked in a worker (shared/csv-worker), which keeps the whole table:
  // the window holds only its headers, a preview and the row count.
  const [file, setFile] = useState<{ name: string; csv: OpenLedgerCsv } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [problems, setProblems] = useState<{ shown: ImportProblem[]; count: number }>({ shown: [], count: 0 });
  const [openError, setOpenError] = useState<string | null>(null);
  const [work, setWork] = useState<{ label: string; done: number; total: number } | null>(null);

  // The worker goes when the file is set aside or the view closes.
  useEffect(() => () => file?.csv.close(), [file]);

  const choose = async () => {
    const { files } = await api().openFiles({ purpose: 'ledger-csv', multiple: false });
    const opened = files[0];
    if (!opened) return;
    setProblems({ shown: [], count: 0 });
    if ('error' in opened) {
      setOpenError(`${opened.name}: ${opened.error}`);
      return;
    }
    if (isUtf16(opened.bytes)) {
      setOpenError(`${opened.name}: ${UTF16_MESSAGE}`);
      return;
    }
    setWork({ label: `Reading ${opened.name}`, done: 0, total: 1 });
    let csv: OpenLedgerCsv;
    try {
      csv = await openLedgerCsv(opened.bytes, (fraction) => setWork({ label: `Reading ${opened.name}`, done: fraction, total: 1 }));
    } catch (error) {
      setOpenError(`${opened.name} could not be read: ${(error as Error).message}`);
      return;
    } finally {
      setWork(null);
    }
    if (csv.summary.headers.length === 0) {
      csv.close();
      setOpenError(`${opened.name} is empty.`);
      return;
    }
    setOpenError(null);
    setFile({ name: opened.name, csv });
    setMapping(guessMapping(csv.summary.headers));
  };

  const importing = useBusy();
  const runImport = () => importing.run(importNow);
  const importNow = async () => {
    if (!file || !mapping) return;
    const rowCount = file.csv.summary.rowCount;
    setWork({ label: `Checking ${rowCount.toLocaleString('en-GB')} rows`, done: 0, total: 1 });
    try {
      const { result, rows } = await file.csv.check({ mapping, lines: data.lines, programme: programmeRange(triad) });
      if (!result.ok) {
        setProblems({ shown: result.problems, count: result.problemCount });
        return;
      }
      setProblems({ shown: [], count: 0 });
      try {
        // A safety copy outside the database first, so even a wrong-but-valid import can be undone.
        await writeAutoBackupNow('before ledger import');
      } catch (error) {
        notify(`Nothing was imported: a safety copy could not be saved first (${(error as Error).message}).`);
        return;
      }
      let count: number;
      try {
        count = await importLedgerRows(db, triad.id, rows, (done, total) => setWork({ label: `Importing ${total.toLocaleString('en-GB')} entries`, done, total }));
      } catch (error) {
        notify(`Nothing was imported: ${saveFailureMessage(error)}`);
        return;
      }
      notify(`Imported ${count} ledger ${count === 1 ? 'entry' : 'entries'} from ${file.name}.`);
      setFile(null);
      setMapping(null);
    } catch (error) {
      notify(`Nothing was imported: ${(error as Error).message}`);
    } finally {
      setWork(null);
    }
  };

  return (
    <Page title="Import from a finance system" lede="Bring in payments and commitments from a CSV file exported by your school's finance system.">
      <ol>
        <li>Choose the CSV file. Dates must be dd/mm/yyyy and amounts in pounds (for example 1,250.00).</li>
        <li>Tell the app which of your columns holds the date, payee, amount, budget line and so on.</li>
        <li>Check the preview and import. Every row is checked first: if any row has a problem, nothing is imported.</li>
      </ol>
      <p>Budget line names in the file must match the triad&rsquo;s lines: {data.lines.map((l) => l.name).join('; ')}.</p>
      <div className="actions-row">
        <button type="button" onClick={choose}>
          Choose a CSV file…
        </button>
      </div>
      {work ? <Progress label={work.label} value={work.done} max={work.total} /> : null}
      {openError ? (
        <p className="warning" role="alert">
          {openError}
        </p>
      ) : null}
      {file && mapping ? (
        <>
          <h2>Match the columns of {file.name}</h2>
          <div className="field-row">
            {IMPORT_FIELDS.map((field) => (
              <Field key={field} label={`${IMPORT_FIELD_LABELS[field]}${REQUIRED_IMPORT_FIELDS.includes(field) ? '' : ' (optional)'}`}>
                {(p) => (
                  <select
                    {...p}
                    value={mapping[field] === null ? '' : String(mapping[field])}
                    onChange={(e) => setMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
                  >
                    <option value="">Not in this file</option>
                    {file.csv.summary.headers.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {h || `Column ${i + 1}`}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
          <h2>Preview</h2>
          <table className="data">
            <caption>
              The first {file.csv.summary.preview.length} of {file.csv.summary.rowCount} rows as they will be read
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {IMPORT_FIELDS.filter((f) => mapping[f] !== null).map((f) => (
                  <th scope="col" key={f}>
                    {IMPORT_FIELD_LABELS[f]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {file.csv.summary.preview.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{i + 2}</th>
                  {IMPORT_FIELDS.filter((f) => mapping[f] !== null).map((f) => (
                    <td key={f}>{row[mapping[f]!] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {problems.count > 0 ? (
            <div className="import-problems" role="alert">
              <h2>Nothing was imported: {problems.count === 1 ? 'one problem needs' : `${problems.count} problems need`} correcting</h2>
              <ul>
                {problems.shown.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
              {problems.count > problems.shown.length ? <p>…and {problems.count - problems.shown.length} more.</p> : null}
              <p>Correct the file (or the column matching) and try again.</p>
            </div>
          ) : null}
          <div className="actions-row">
            <button type="button" onClick={() => void runImport()} disabled={importing.busy} aria-busy={importing.busy}>
              {importing.busy ? 'Importing…' : `Check and import ${file.csv.summary.rowCount} rows`}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setFile(null);
                setProblems({ shown: [], count: 0 });
              }}
            >
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </Page>
  );
}
