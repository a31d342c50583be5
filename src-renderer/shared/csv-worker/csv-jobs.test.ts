import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../core/budget-csv';
import type { BudgetLine } from '../../core/model';
import { createCsvJobs } from './csv-jobs';
import type { CsvResponse, LedgerCheckResult, LedgerCsvSummary } from './csv-protocol';

const line: BudgetLine = { id: 'line-1', triadId: 't', name: 'Supply cover', order: 0, archived: false, createdAt: '', updatedAt: '' };
const programme = { start: '2003-09-01', end: '2006-08-31' };

function csv(rows: number, bad = 0): ArrayBuffer {
  const lines = ['Date,Supplier,Amount,Budget line'];
  for (let i = 0; i < rows; i++) lines.push(`01/10/2003,Payee ${i},${i < bad ? 'lots' : '12.50'},Supply cover`);
  return new TextEncoder().encode(lines.join('\r\n')).buffer;
}

function run(requests: Parameters<ReturnType<typeof createCsvJobs>>[0][]): CsvResponse[] {
  const messages: CsvResponse[] = [];
  const jobs = createCsvJobs((message) => messages.push(message));
  requests.forEach(jobs);
  return messages;
}

describe('CSV jobs (run in the worker)', () => {
  it('keeps the table, sends back headers, a preview and the count, then the checked rows in several messages', () => {
    const headers = ['Date', 'Supplier', 'Amount', 'Budget line'];
    const messages = run([
      { id: 1, type: 'ledger-open', bytes: csv(5_000) },
      { id: 2, type: 'ledger-check', mapping: guessMapping(headers), lines: [line], programme },
    ]);
    const opened = messages.find((m) => m.id === 1 && m.type === 'done') as { result: LedgerCsvSummary };
    expect(opened.result.headers).toEqual(headers);
    expect(opened.result.preview).toHaveLength(10);
    expect(opened.result.rowCount).toBe(5_000);
    const rowMessages = messages.filter((m) => m.id === 2 && m.type === 'rows');
    expect(rowMessages).toHaveLength(3);
    expect(rowMessages.flatMap((m) => (m.type === 'rows' ? m.rows : []))).toHaveLength(5_000);
    const checked = messages.find((m) => m.id === 2 && m.type === 'done') as { result: LedgerCheckResult };
    expect(checked.result).toEqual({ ok: true, count: 5_000 });
  });

  it('sends back the first 50 problems and how many there are, and no rows', () => {
    const headers = ['Date', 'Supplier', 'Amount', 'Budget line'];
    const messages = run([
      { id: 1, type: 'ledger-open', bytes: csv(300, 120) },
      { id: 2, type: 'ledger-check', mapping: guessMapping(headers), lines: [line], programme },
    ]);
    expect(messages.some((m) => m.type === 'rows')).toBe(false);
    const checked = messages.find((m) => m.id === 2 && m.type === 'done') as { result: LedgerCheckResult };
    expect(checked.result.ok).toBe(false);
    if (!checked.result.ok) {
      expect(checked.result.problemCount).toBe(120);
      expect(checked.result.problems).toHaveLength(50);
      expect(checked.result.problems[0]!.message).toContain('Row 2, Amount');
    }
  });

  it('reports a check with no file open as a failure, in words', () => {
    const [message] = run([{ id: 7, type: 'ledger-check', mapping: guessMapping([]), lines: [], programme }]);
    expect(message).toEqual({ id: 7, type: 'failed', message: 'No CSV file is open.' });
  });
});
