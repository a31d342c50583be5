import { describe, expect, it } from 'vitest';
import { addAllocations, markCommitmentPaid, saveLedgerEntry } from './budget';
import { freshDb } from './test-database';

const order = {
  kind: 'commitment' as const, date: '2003-10-01', year: 2003, payee: 'University of Wolverhampton', description: 'Accreditation',
  amountPence: 1_200_000, budgetLineId: 'line', actionId: null, schoolId: null, reference: 'PO-7', status: 'open' as const,
};

describe('paying a commitment in parts', () => {
  it('keeps the commitment open until the last part is paid, and refuses paying more than is outstanding', async () => {
    const db = freshDb();
    const commitment = await saveLedgerEntry(db, 't1', order, '');
    await markCommitmentPaid(db, commitment.id, { date: '2003-11-01', year: 2003, reference: 'BACS 1', overrideReason: '', amountPence: 400_000 });
    expect((await db.ledgerEntries.get(commitment.id))?.status).toBe('open');
    await expect(markCommitmentPaid(db, commitment.id, { date: '2003-12-01', year: 2003, reference: '', overrideReason: '', amountPence: 900_000 })).rejects.toThrow(/more than what is still outstanding/);
    const last = await markCommitmentPaid(db, commitment.id, { date: '2004-01-10', year: 2003, reference: 'BACS 2', overrideReason: '' });
    expect(last.amountPence).toBe(800_000);
    expect((await db.ledgerEntries.get(commitment.id))?.status).toBe('paid');
  });

  it('adds the plan’s allocations in one go', async () => {
    const db = freshDb();
    await addAllocations(db, 't1', 2003, [
      { amountPence: 600_000, budgetLineId: null, actionId: 'a1', schoolId: 's1', note: '' },
      { amountPence: 800_000, budgetLineId: null, actionId: 'a2', schoolId: null, note: '' },
    ]);
    expect((await db.allocations.toArray()).map((a) => a.amountPence).sort()).toEqual([600_000, 800_000]);
  });
});
