import { useState } from 'react';
import { api } from '../api';
import type { PdfRequest } from '../../src-main/ipc-contract';
import { useToast } from '../ui/Toaster';

/** Asks the main process to print a route and save it; tracks the wait and any failure. */
export function useExportPdf() {
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function exportPdf(request: PdfRequest): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      const result = await api().exportPdf(request);
      if (result.saved) notify(`Saved ${result.fileName}.`);
    } catch (error) {
      setFailure(`The PDF was not made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }
  return { busy, failure, exportPdf };
}
