import { describe, expect, it, vi } from 'vitest';
import { inQueuedChunks } from './chunked-writes';
import { freshDb } from './test-database';
import { AT } from './test-seed';
import { importLedgerRows } from './budget';
import type { ImportedLedgerRow } from '../core/budget-csv';

describe('writes in queued chunks', () => {
  it('writes every chunk, in order, with no more than two queued ahead', async () => {
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    await inQueuedChunks(10, async (start, end) => {
      started.push(start, end);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
    }, 3);
    expect(started).toEqual([0, 3, 3, 6, 6, 9, 9, 10]);
    expect(most).toBeLessThanOrEqual(3);
  });

  it('throws the first failure, and a ledger import that fails part-way writes nothing', async () => {
    const db = freshDb();
    const row = (i: number): ImportedLedgerRow => ({ row: i + 2, kind: 'payment', date: '2003-10-01', year: 2003, payee: `Payee ${i}`, description: '', amountPence: 100, budgetLineId: 'line', reference: '', schoolId: null, actionId: null });
    const rows = Array.from({ length: 5_000 }, (_, i) => row(i));
    const progress = vi.fn();
    expect(await importLedgerRows(db, 'triad', rows, progress)).toBe(5_000);
    expect(await db.ledgerEntries.count()).toBe(5_000);
    expect(progress).toHaveBeenLastCalledWith(5_000, 5_000);
    // The third chunk fails after two have been written in the same transaction.
    await db.ledgerEntries.clear();
    const failing = db.transaction('rw', db.ledgerEntries, async () => {
      await inQueuedChunks(rows.length, async (start, end) => {
        if (start >= 4_000) throw new Error('disk full');
        await db.ledgerEntries.bulkAdd(
          rows.slice(start, end).map((r, i) => ({
            id: `e${start + i}`, createdAt: AT, updatedAt: AT, triadId: 'triad', year: r.year, kind: r.kind, date: r.date, payee: r.payee,
            description: '', amountPence: r.amountPence, budgetLineId: 'line', actionId: null, schoolId: null, reference: '', status: 'paid' as const,
            commitmentId: null, evidenceFileId: null, overrideReason: '',
          })),
        );
      });
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await db.ledgerEntries.count()).toBe(0);
  });
});
