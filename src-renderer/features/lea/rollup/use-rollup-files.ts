import { useState } from 'react';
import { api } from '../../../api';
import type { FilePurpose } from '../../../../src-main/ipc-contract';
import { readRollupFile, type OpenedRollupFile } from '../../../core/rollup-source';

export interface FileProblem {
  name: string;
  error: string;
}

/** Lets the event loop breathe between files, so the window stays responsive while 100 files are read. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Opens triads' files read-only into memory. Nothing is written to the database: the roll-up is
 * somebody else's data. A bad file is named and skipped; the others still open.
 */
export function useRollupFiles() {
  const [files, setFiles] = useState<OpenedRollupFile[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  async function open(purpose: Extract<FilePurpose, 'backup' | 'partner-return'>): Promise<void> {
    const { files: chosen } = await api().openFiles({ purpose, multiple: true });
    if (chosen.length === 0) return;
    const opened: OpenedRollupFile[] = [];
    const refused: FileProblem[] = [];
    setProgress({ done: 0, total: chosen.length });
    for (const [index, file] of chosen.entries()) {
      if ('error' in file) {
        refused.push({ name: file.name, error: file.error });
      } else {
        const read = await readRollupFile(file.bytes);
        if (read.ok) opened.push({ name: file.name, tables: read.tables });
        else refused.push({ name: file.name, error: read.error });
      }
      setProgress({ done: index + 1, total: chosen.length });
      await nextTurn();
    }
    setProgress(null);
    // Opening the same file again replaces the earlier copy rather than counting it twice.
    setFiles((now) => [...now.filter((f) => !opened.some((o) => o.name === f.name)), ...opened]);
    setProblems(refused);
  }

  function clear() {
    setFiles([]);
    setProblems([]);
  }

  return { files, problems, progress, open, clear };
}
