import { useEffect, useState } from 'react';
import { db } from '../../../db';
import { loadTriadPrintData, type TriadPrintData } from '../../../db/print-data';

export type PrintData = { state: 'loading' } | { state: 'no-triad' } | { state: 'failed'; message: string } | { state: 'ready'; data: TriadPrintData };

/** Reads the triad's records once: a print view shows one moment's data. */
export function useTriadPrintData(): PrintData {
  const [result, setResult] = useState<PrintData>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadTriadPrintData(db).then(
      (data) => live && setResult(data ? { state: 'ready', data } : { state: 'no-triad' }),
      (error: unknown) => live && setResult({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return result;
}
