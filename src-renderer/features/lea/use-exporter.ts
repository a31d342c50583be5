import { useState } from 'react';
import { api } from '../../api';
import type { PdfRequest } from '../../../src-main/ipc-contract';
import { useToast } from '../../ui/Toaster';

/** Runs one export at a time (CSV or PDF), with a toast when saved and a message when it fails. */
export function useExporter() {
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function run(work: () => Promise<{ saved: boolean; fileName?: string }>) {
    setBusy(true);
    setFailure(null);
    try {
      const result = await work();
      if (result.saved) notify(`Saved ${result.fileName}.`);
    } catch (error) {
      setFailure(`The export did not finish: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }
  const pdf = (request: PdfRequest) => run(() => api().exportPdf(request));
  const csv = (suggestedName: string, bytes: Uint8Array) => run(() => api().saveFile({ purpose: 'csv-export', suggestedName, bytes }));
  return { busy, failure, pdf, csv };
}
