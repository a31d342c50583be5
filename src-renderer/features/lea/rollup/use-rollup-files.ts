import { useState } from 'react';
import { api } from '../../../api';
import type { FilePurpose } from '../../../../src-main/ipc-contract';
import { createFileCheckPool } from '../../../app/services/file-check';
import { type OpenedRollupFile } from '../../../core/rollup-source';

export interface FileProblem {
  name: string;
  error: string;
}

/** Lets the event loop breathe, so the window stays responsive while 100 files are read. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Files checked at once, by workers kept for the whole roll-up (app/services/file-check.ts): one
 * per core keeps them all busy, and while one file's result is unpacked here the next is checked.
 */
const AT_ONCE = Math.max(2, Math.min(4, navigator.hardwareConcurrency || 2));
/** Yield to the window after this much work, not after every file: each yield costs a turn. */
const SLICE_MS = 40;

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
    // Results are kept in the order the files were chosen, whatever order they finish in.
    const results: ({ ok: true; file: OpenedRollupFile } | { ok: false; problem: FileProblem })[] = [];
    let next = 0;
    let done = 0;
    let sliceStarted = performance.now();
    const pool = createFileCheckPool(AT_ONCE);
    const worker = async () => {
      while (next < chosen.length) {
        const index = next++;
        const file = chosen[index]!;
        if ('error' in file) results[index] = { ok: false, problem: { name: file.name, error: file.error } };
        else {
          const read = await pool.check('rollup', file.bytes);
          results[index] = read.ok ? { ok: true, file: { name: file.name, tables: read.tables } } : { ok: false, problem: { name: file.name, error: read.error } };
        }
        done++;
        if (performance.now() - sliceStarted > SLICE_MS) {
          setProgress({ done, total: chosen.length });
          await nextTurn();
          sliceStarted = performance.now();
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(AT_ONCE, chosen.length) }, worker));
    } finally {
      pool.close();
    }
    for (const result of results) {
      if (result.ok) opened.push(result.file);
      else refused.push(result.problem);
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
