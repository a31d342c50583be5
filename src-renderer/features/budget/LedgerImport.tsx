import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, putSetting } from '../../db/records';
import {
  guessMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  normaliseCode,
  readCsv,
  REQUIRED_IMPORT_FIELDS,
  unmappedLineCodes,
  type LineCodeMap,
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
import { useBusy } from '../../ui/use-busy';
import { isUtf16, UTF16_MESSAGE } from '../../core/file-envelope';
import { saveFailureMessage } from '../../db/save-failure';
import { writeAutoBackupNow } from '../../app/services/backup-service';

const PREVIEW_ROWS = 10;

interface Props {
  triad: Triad;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
}

/** Import ledger lines from a finance system's CSV: map columns, preview, check every row, write all or nothing. */
/** Settings key for the remembered finance-system codes → triad lines, per triad. */
const codeMapKey = (triadId: string) => `ledgerImport:lineCodes:${triadId}`;

export function LedgerImport({ triad, data, schools }: Props) {
  const remembered = useLiveQuery(() => getSetting<LineCodeMap>(db, codeMapKey(triad.id), {}), [triad.id]);
  const [newCodes, setNewCodes] = useState<LineCodeMap>({});
  const [defaultLineId, setDefaultLineId] = useState('');
  const codeMap: LineCodeMap = { ...(remembered ?? {}), ...newCodes };
  const liveLines = data.lines.filter((l) => !l.archived);
  const currentYearActions = data.actions;
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
    if (isUtf16(opened.bytes)) {
      setOpenError(`${opened.name}: ${UTF16_MESSAGE}`);
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

  const importing = useBusy();
  const runImport = () => importing.run(importNow);
  const importNow = async () => {
    if (!file || !mapping) return;
    const result = validateLedgerImport({
      table: file.table, mapping, lines: data.lines, programme: programmeRange(triad), defaultLineId: defaultLineId || null, codeMap, schools,
      actions: currentYearActions,
    });
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
    let count: number;
    try {
      count = await importLedgerRows(db, triad.id, result.rows);
    } catch (error) {
      notify(`Nothing was imported: ${saveFailureMessage(error)}`);
      return;
    }
    // The codes matched this time are remembered, so the next export from the same system just imports.
    if (Object.keys(newCodes).length > 0) await putSetting(db, codeMapKey(triad.id), codeMap);
    setNewCodes({});
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
      <p>
        The file&rsquo;s cost centres, nominal codes or budget names are matched to the triad&rsquo;s lines once and remembered; rows with no
        line go to the default line you choose. School (name, URN or LA number) and plan-action columns are read too.
      </p>
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
          <div className="field-row">
            <Field label="Default budget line" hint="For rows the file does not place on a line">
              {(p) => (
                <select {...p} value={defaultLineId} onChange={(e) => setDefaultLineId(e.target.value)}>
                  <option value="">None</option>
                  {liveLines.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {(() => {
            const unmapped = unmappedLineCodes(file.table, mapping, data.lines, remembered ?? {});
            if (unmapped.length === 0) return null;
            return (
              <fieldset>
                <legend>Match the file&rsquo;s codes to the triad&rsquo;s lines (remembered for next time)</legend>
                <div className="field-row">
                  {unmapped.map((code) => (
                    <Field key={code} label={`Line for “${code}”`}>
                      {(p) => (
                        <select
                          {...p}
                          value={newCodes[normaliseCode(code)] ?? ''}
                          onChange={(e) =>
                            setNewCodes((all) => {
                              const next = { ...all };
                              if (e.target.value) next[normaliseCode(code)] = e.target.value;
                              else delete next[normaliseCode(code)];
                              return next;
                            })
                          }
                        >
                          <option value="">Choose a line</option>
                          {liveLines.map((l) => (
                            <option key={l.id} value={l.id}>
                              {l.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  ))}
                </div>
              </fieldset>
            );
          })()}
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
            <button type="button" onClick={() => void runImport()} disabled={importing.busy} aria-busy={importing.busy}>
              {importing.busy ? 'Importing…' : `Check and import ${file.table.rows.length} rows`}
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
