import type { BrowserContext, Page } from '@playwright/test';
import type { TestMain } from '../../src-main/test/harness';
import type { LeaDataSet } from '../dataset';
import type { BenchRow } from '../report';

/**
 * Measures that the round's other issues create, each with its BENCH_ONLY name and target. Until
 * a measure's `run` is filled in, the table shows it as "not yet measurable" with what it waits
 * for. To add one: write `bench/measures/<name>.ts` exporting a function that drives the view as a
 * person would (see ledger.ts: `timeInteraction` from probes.ts times from the input event to the
 * frame after the result shows; hand files over with staged-files.ts, never through the harness's
 * base64), then set `run` here. The bench runs them after every other measure, on the same page
 * and data set (`data.home` is in the database; `data.triads` holds all 100 triads' records).
 */
export interface PendingMeasure {
  key: PendingMeasureKey;
  name: string;
  target: string;
  waitingFor: string;
  run?: (context: { page: Page; context: BrowserContext; main: TestMain; data: LeaDataSet }) => Promise<BenchRow | BenchRow[]>;
}

export type PendingMeasureKey = 'pdf-governors' | 'termly-review';

export const PENDING_MEASURES: PendingMeasure[] = [
  {
    key: 'pdf-governors',
    name: "PDF of the governors' plan with every section",
    target: 'ratio ≤ 1.5',
    waitingFor: "the documents issue's governors' plan print view (baseline: page.pdf() of a static page of the same text, as in pdf.ts)",
  },
  {
    key: 'termly-review',
    name: 'Termly review of 40 actions',
    target: '≤ 100 ms per step',
    waitingFor: "the termly review view (open the review, record a progress update on each of the 40 actions)",
  },
];
