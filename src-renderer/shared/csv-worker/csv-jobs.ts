/**
 * The CSV work itself, the same whether it runs in the worker or (where workers are unavailable,
 * as in unit tests) on the window's thread: read a KS2 file, open a ledger CSV, check its rows.
 */
import { readCsv, validateLedgerImport, type CsvTable } from '../../core/budget-csv';
import { parseKs2Csv } from '../../core/ks2-results';
import { PREVIEW_ROWS } from './preview';
import { PROBLEMS_SENT, ROWS_PER_MESSAGE, type CsvRequest, type CsvResponse } from './csv-protocol';

/** One ledger CSV per worker: opened once, checked as often as the column matching changes. */
export function createCsvJobs(post: (message: CsvResponse) => void): (request: CsvRequest) => void {
  let ledger: CsvTable | null = null;
  return (request) => {
    const progress = (fraction: number) => post({ id: request.id, type: 'progress', fraction });
    try {
      if (request.type === 'ks2') {
        const text = new TextDecoder('utf-8').decode(new Uint8Array(request.bytes));
        post({ id: request.id, type: 'done', result: parseKs2Csv(text) });
      } else if (request.type === 'ledger-open') {
        ledger = readCsv(new Uint8Array(request.bytes), progress);
        post({ id: request.id, type: 'done', result: { headers: ledger.headers, preview: ledger.rows.slice(0, PREVIEW_ROWS), rowCount: ledger.rows.length } });
      } else {
        if (!ledger) throw new Error('No CSV file is open.');
        const checked = validateLedgerImport({ table: ledger, mapping: request.mapping, lines: request.lines, programme: request.programme });
        if (!checked.ok) {
          post({ id: request.id, type: 'done', result: { ok: false, problems: checked.problems.slice(0, PROBLEMS_SENT), problemCount: checked.problems.length } });
          return;
        }
        for (let start = 0; start < checked.rows.length; start += ROWS_PER_MESSAGE) {
          post({ id: request.id, type: 'rows', rows: checked.rows.slice(start, start + ROWS_PER_MESSAGE) });
        }
        post({ id: request.id, type: 'done', result: { ok: true, count: checked.rows.length } });
      }
    } catch (error) {
      post({ id: request.id, type: 'failed', message: (error as Error).message });
    }
  };
}
