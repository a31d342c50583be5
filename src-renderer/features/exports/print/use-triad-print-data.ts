import { useEffect, useState } from 'react';
import { db } from '../../../db';
import { loadPlanPrintData, type PlanPrintNeeds, type TriadPrintData } from '../../../db/print-data';

export type PrintData<T = TriadPrintData> = { state: 'loading' } | { state: 'no-triad' } | { state: 'failed'; message: string } | { state: 'ready'; data: T };

/** Reads a print view's records once: a print view shows one moment's data. */
export function usePrintLoad<T>(load: () => Promise<T | null>, key: string): PrintData<T> {
  const [result, setResult] = useState<PrintData<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setResult(data ? { state: 'ready', data } : { state: 'no-triad' }),
      (error: unknown) => live && setResult({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // `key` says everything `load` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result;
}

/** The triad's records a printed plan or budget needs, and no more. */
export function useTriadPrintData(needs: PlanPrintNeeds): PrintData {
  return usePrintLoad(() => loadPlanPrintData(db, needs), JSON.stringify(needs));
}
