import { useState } from 'react';
import {
  guessMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  readCsv,
  REQUIRED_IMPORT_FIELDS,
  validateLedgerImport,
  type ColumnMapping,
  type CsvTable,
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
import { useToast } from '../../ui/Toaster';
import { writeAutoBackupNow } from '../../app/services/backup-service';

const PREVIEW_ROWS = 10;

interface Props {
  triad: Triad;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
}

/** Import ledger lines from a finance system's CSV: map columns, preview, check every row, write all or nothing. */
export function LedgerImport({ triad, data }: Props) {
  const { notify } = useToast();
  const [file, setFile] = useState<{ name: string; table: CsvTable } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [openError, setOpenError] = useState<string | null>(null);

  const choose = async () => {
    const { files } = await api().openFiles({ purpose: 'ledger-csv', multiple: false });
    const opened = files[0];
    if (!opened) return;
    setProblems([]);
    if ('error' in opened) {
      setOpenError(`${opened.name}: ${opened.error}`);
      return;
    }
    const table = readCsv(opened.bytes);
    if (table.headers.length === 0) {
      setOpenError(`${opened.name} is empty.`);
      return;
    }
    setOpenError(null);
    setFile({ name: opened.name, table });
    setMapping(guessMapping(table.headers));
  };

  const runImport = async () => {
    if (!file || !mapping) return;
    const result = validateLedgerImport({ table: file.table, mapping, lines: data.lines, programme: programmeRange(triad) });
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    try {
      // A safety copy outside the database first, so even a wrong-but-valid import can be undone.
      await writeAutoBackupNow('before ledger import');
    } catch (error) {
      notify(`Nothing was imported: a safety copy could not be saved first (${(error as Error).message}).`);
      return;
    }
    const count = await importLedgerRows(db, triad.id, result.rows);
    notify(`Imported ${count} ledger ${count === 1 ? 'entry' : 'entries'} from ${file.name}.`);
    setFile(null);
    setMapping(null);
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
                    {file.table.headers.map((h, i) => (
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
              The first {Math.min(PREVIEW_ROWS, file.table.rows.length)} of {file.table.rows.length} rows as they will be read
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
              {file.table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
                <tr key={i}>
                  <th scope="row">{i + 2}</th>
                  {IMPORT_FIELDS.filter((f) => mapping[f] !== null).map((f) => (
                    <td key={f}>{row[mapping[f]!] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > 0 ? (
            <div className="import-problems" role="alert">
              <h2>Nothing was imported: {problems.length === 1 ? 'one problem needs' : `${problems.length} problems need`} correcting</h2>
              <ul>
                {problems.slice(0, 50).map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
              {problems.length > 50 ? <p>…and {problems.length - 50} more.</p> : null}
              <p>Correct the file (or the column matching) and try again.</p>
            </div>
          ) : null}
          <div className="actions-row">
            <button type="button" onClick={runImport}>
              Check and import {file.table.rows.length} rows
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setFile(null);
                setProblems([]);
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
