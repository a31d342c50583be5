import { describe, expect, it } from 'vitest';
import { freshDb } from './test-database';
import { stampNew, undoDelete } from './records';
import {
  addBudgetLine,
  attachEvidence,
  deleteLedgerEntry,
  ensureBudgetLines,
  importLedgerRows,
  loadBudgetData,
  markCommitmentPaid,
  saveCarryForward,
  saveLedgerEntry,
  saveYearAllocation,
  updateBudgetLine,
} from './budget';
import { summariseBudget } from '../core/budget';
import { DEFAULT_BUDGET_LINES, type LedgerFields } from '../core/budget-rules';
import type { Triad } from '../core/model';


function triad(): Triad {
  return stampNew<Triad>({
    name: 'North Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1', firstYear: 2003, programmeYears: 3,
    annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: null,
    improvementThreshold: 15, thresholdKind: 'percentage-points',
  });
}

function fields(lineId: string, overrides: Partial<LedgerFields> = {}): LedgerFields {
  return {
    kind: 'payment', date: '2003-10-01', year: 2003, payee: 'Sandwell Supply', description: 'Cover',
    amountPence: 12_345, budgetLineId: lineId, actionId: null, schoolId: null, reference: 'INV-1', status: 'paid',
    ...overrides,
  };
}

describe('budget storage', () => {
  it('creates the default lines once, and lines can be added, renamed and archived', async () => {
    const db = freshDb();
    const t = triad();
    await ensureBudgetLines(db, t.id);
    await ensureBudgetLines(db, t.id);
    let data = await loadBudgetData(db, t.id);
    expect(data.lines.map((l) => l.name)).toEqual([...DEFAULT_BUDGET_LINES]);
    const line = await addBudgetLine(db, t.id, 'Residential visit');
    await expect(addBudgetLine(db, t.id, 'supply cover')).rejects.toThrow(/already a budget line/);
    await updateBudgetLine(db, line, { name: 'Residential visits', archived: true });
    data = await loadBudgetData(db, t.id);
    expect(data.lines.at(-1)).toMatchObject({ name: 'Residential visits', archived: true, order: 7 });
  });

  it('stores a year allocation and a carry-forward decision into the next year', async () => {
    const db = freshDb();
    const t = triad();
    await saveYearAllocation(db, t, 2003, 4_500_000);
    await saveCarryForward(db, t, 2003, { decidedOn: '2004-07-20', amountPence: 250_000, reason: 'CPD days moved to autumn' });
    const years = (await loadBudgetData(db, t.id)).years.sort((a, b) => a.year - b.year);
    expect(years[0]).toMatchObject({ year: 2003, allocationPence: 4_500_000, carryForward: { amountPence: 250_000 } });
    expect(years[1]).toMatchObject({ year: 2004, allocationPence: 5_000_000, carriedInPence: 250_000 });
    await expect(saveCarryForward(db, t, 2003, { decidedOn: '2004-07-20', amountPence: 4_600_000, reason: 'x' })).rejects.toThrow(/more than is left/);
    await expect(saveCarryForward(db, t, 2005, { decidedOn: '2006-07-20', amountPence: 1, reason: 'x' })).rejects.toThrow(/last programme year/);
    await saveCarryForward(db, t, 2003, null);
    expect((await loadBudgetData(db, t.id)).years.find((y) => y.year === 2004)?.carriedInPence).toBe(0);
  });

  it('turns a commitment into a payment of what is outstanding', async () => {
    const db = freshDb();
    const t = triad();
    await ensureBudgetLines(db, t.id);
    const [line] = (await loadBudgetData(db, t.id)).lines;
    const order = await saveLedgerEntry(db, t.id, fields(line!.id, { kind: 'commitment', status: 'open', amountPence: 100_000 }), '');
    await saveLedgerEntry(db, t.id, { ...fields(line!.id, { amountPence: 30_000 }) }, '');
    const partial = await db.ledgerEntries.toArray();
    await db.ledgerEntries.put({ ...partial.find((e) => e.kind === 'payment')!, commitmentId: order.id });
    const payment = await markCommitmentPaid(db, order.id, { date: '2003-11-05', year: 2003, reference: 'BACS 77', overrideReason: '' });
    expect(payment).toMatchObject({ kind: 'payment', amountPence: 70_000, commitmentId: order.id, reference: 'BACS 77', status: 'paid' });
    const data = await loadBudgetData(db, t.id);
    expect(data.ledger.find((e) => e.id === order.id)?.status).toBe('paid');
    const summary = summariseBudget({ allocationPence: 5_000_000, carriedInPence: 0, allocations: [], ledger: data.ledger });
    expect(summary).toMatchObject({ committedPence: 0, spentPence: 100_000 });
    await expect(markCommitmentPaid(db, order.id, { date: '2003-11-05', year: 2003, reference: '', overrideReason: '' })).rejects.toThrow(/not open/);
  });

  it('deletes an entry with its evidence, and undo puts both back', async () => {
    const db = freshDb();
    const t = triad();
    const entry = await saveLedgerEntry(db, t.id, fields('line'), '');
    const evidence = await attachEvidence(db, entry, { name: 'invoice.pdf', size: 3, bytes: new Uint8Array([1, 2, 3]) });
    expect(evidence.mimeType).toBe('application/pdf');
    expect((await db.ledgerEntries.get(entry.id))?.evidenceFileId).toBe(evidence.id);
    const trashId = await deleteLedgerEntry(db, entry);
    expect(await db.ledgerEntries.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
    await undoDelete(db, trashId);
    expect(await db.ledgerEntries.count()).toBe(1);
    expect((await db.evidenceFiles.get(evidence.id))?.name).toBe('invoice.pdf');
  });

  it('imports rows all together', async () => {
    const db = freshDb();
    const t = triad();
    const count = await importLedgerRows(db, t.id, [
      { row: 2, kind: 'payment', date: '2003-10-01', year: 2003, payee: 'A', description: '', amountPence: 100, budgetLineId: 'l', reference: '', schoolId: null, actionId: null },
      { row: 3, kind: 'commitment', date: '2004-10-01', year: 2004, payee: 'B', description: '', amountPence: 200, budgetLineId: 'l', reference: '', schoolId: null, actionId: null },
    ]);
    expect(count).toBe(2);
    const stored = await db.ledgerEntries.toArray();
    expect(stored.map((e) => [e.payee, e.status, e.year]).sort()).toEqual([['A', 'paid', 2003], ['B', 'open', 2004]]);
  });
});
