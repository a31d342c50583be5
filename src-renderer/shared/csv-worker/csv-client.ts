/**
 * The window's side of the CSV worker: start it, send it a file, hear its progress and results.
 * Where a worker cannot start (or fails to load), the same work runs on this thread instead, so an
 * import is never lost to a missing worker; only the window's responsiveness is.
 */
import type { ColumnMapping, ImportedLedgerRow } from '../../core/budget-csv';
import type { DateRange } from '../../core/budget';
import type { Ks2ParseResult } from '../../core/ks2-results';
import type { BudgetLine } from '../../core/model';
import { createCsvJobs } from './csv-jobs';
import type { CsvRequest, CsvResponse, LedgerCheckResult, LedgerCsvSummary } from './csv-protocol';

type Draft = CsvRequest extends infer R ? (R extends CsvRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number) => void;
  rows: ImportedLedgerRow[];
  /** To send again on this thread if the worker fails (transferred bytes are gone from here). */
  draft: Draft;
  bytes?: Uint8Array;
}

class CsvWorker {
  private worker: Worker | null = null;
  private local: ((request: CsvRequest) => void) | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The file opened in the worker, opened again on this thread if the worker fails (a check needs it). */
  private opened: Pending | null = null;

  constructor() {
    try {
      this.worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<CsvResponse>) => this.receive(event.data);
      this.worker.onerror = () => this.fallBack();
    } catch {
      this.fallBack();
    }
  }

  request<T>(draft: Draft, bytes?: Uint8Array, onProgress?: (fraction: number) => void): Promise<{ result: T; rows: ImportedLedgerRow[] }> {
    return new Promise((resolve, reject) => {
      const entry: Pending = { resolve: resolve as (r: unknown) => void, reject, onProgress, rows: [], draft, bytes };
      this.send(entry);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private send(entry: Pending) {
    const id = this.nextId++;
    this.pending.set(id, entry);
    if (entry.draft.type === 'ledger-open') this.opened = entry;
    const withBytes = (buffer: ArrayBuffer) => ({ ...entry.draft, bytes: buffer, id }) as CsvRequest;
    if (this.worker) {
      if (entry.bytes) {
        // A copy is transferred (not cloned again on the way), and the caller's bytes stay usable.
        const copy = entry.bytes.slice().buffer;
        this.worker.postMessage(withBytes(copy), [copy]);
      } else this.worker.postMessage({ ...entry.draft, id });
    } else {
      const request = entry.bytes ? withBytes(entry.bytes.slice().buffer) : ({ ...entry.draft, id } as CsvRequest);
      this.local!(request);
    }
  }

  private receive(message: CsvResponse) {
    const entry = this.pending.get(message.id);
    if (!entry) return;
    if (message.type === 'progress') entry.onProgress?.(message.fraction);
    else if (message.type === 'rows') entry.rows.push(...message.rows);
    else {
      this.pending.delete(message.id);
      if (message.type === 'failed') entry.reject(new Error(message.message));
      else entry.resolve({ result: message.result, rows: entry.rows });
    }
  }

  private fallBack() {
    this.close();
    if (this.local) return;
    this.local = createCsvJobs((message) => this.receive(message));
    // Ask again on this thread: the open file first (if already answered), then what is unanswered.
    const unanswered = [...this.pending.values()];
    this.pending.clear();
    if (this.opened && !unanswered.includes(this.opened)) this.send({ ...this.opened, resolve: () => undefined, reject: () => undefined, rows: [] });
    for (const entry of unanswered) {
      entry.rows = [];
      this.send(entry);
    }
  }
}

/** Reads a KS2 performance-tables CSV in a worker. */
export async function parseKs2InWorker(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<Ks2ParseResult> {
  const worker = new CsvWorker();
  try {
    return (await worker.request<Ks2ParseResult>({ type: 'ks2' } as Draft, bytes, onProgress)).result;
  } finally {
    worker.close();
  }
}

/** A ledger CSV opened in a worker: the table stays there; the window gets its headers and a preview. */
export interface OpenLedgerCsv {
  summary: LedgerCsvSummary;
  /** Checks every row with this column matching; when all pass, the rows to write come back too. */
  check(args: { mapping: ColumnMapping; lines: BudgetLine[]; programme: DateRange }): Promise<{ result: LedgerCheckResult; rows: ImportedLedgerRow[] }>;
  close(): void;
}

export async function openLedgerCsv(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<OpenLedgerCsv> {
  const worker = new CsvWorker();
  try {
    const { result: summary } = await worker.request<LedgerCsvSummary>({ type: 'ledger-open' } as Draft, bytes, onProgress);
    return {
      summary,
      check: (args) => worker.request<LedgerCheckResult>({ type: 'ledger-check', ...args }),
      close: () => worker.close(),
    };
  } catch (error) {
    worker.close();
    throw error;
  }
}
