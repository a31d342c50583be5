/**
 * Reads and checks CSV files (ledger exports, KS2 results) off the window's thread, so a 50,000-row
 * file never freezes the window. See csv-jobs.ts for the work and csv-client.ts for the other side.
 */
import { createCsvJobs } from './csv-jobs';
import type { CsvRequest, CsvResponse } from './csv-protocol';

// The renderer is type-checked with the DOM library; this is the small part of a worker's scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CsvRequest>) => void) | null;
  postMessage(message: CsvResponse): void;
};

const run = createCsvJobs((message) => scope.postMessage(message));
scope.onmessage = (event) => run(event.data);
