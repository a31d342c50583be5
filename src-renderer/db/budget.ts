/**
 * Budget storage: years, lines, allocations and the ledger. Each write validates first and then
 * writes in one transaction; nothing but IndexedDB is awaited inside it.
 */
import { outstandingPence, summariseBudget } from '../core/budget';
import type { ImportedLedgerRow } from '../core/budget-csv';
import { DEFAULT_BUDGET_LINES, yearFigures, type AllocationFields, type LedgerFields } from '../core/budget-rules';
import type { Action, Allocation, BudgetLine, BudgetYear, EvidenceFile, IsoDate, LedgerEntry, Triad } from '../core/model';
import type { TriadDatabase } from './database';
import { inQueuedChunks } from './chunked-writes';
import { deleteWithUndo, stampNew, stampUpdate } from './records';

/** Everything the budget views need for one triad, read in one transaction. */
export interface BudgetData {
  years: BudgetYear[];
  lines: BudgetLine[];
  allocations: Allocation[];
  ledger: LedgerEntry[];
  /** Plan actions with the academic year of their plan. */
  actions: (Action & { planYear: number })[];
}

export async function loadBudgetData(db: TriadDatabase, triadId: string): Promise<BudgetData> {
  return db.transaction('r', [db.budgetYears, db.budgetLines, db.allocations, db.ledgerEntries, db.plans, db.actions], async () => {
    // Through the [triadId+year] index: a copy holding other triads' records never scans them.
    const everyYear = [
      [triadId, -Infinity],
      [triadId, Infinity],
    ] as const;
    const [years, lines, allocations, ledger, plans] = await Promise.all([
      db.budgetYears.where('[triadId+year]').between(...everyYear, true, true).toArray(),
      db.budgetLines.where('triadId').equals(triadId).toArray(),
      db.allocations.where('[triadId+year]').between(...everyYear, true, true).toArray(),
      db.ledgerEntries.where('[triadId+year]').between(...everyYear, true, true).toArray(),
      db.plans.where('triadId').equals(triadId).toArray(),
    ]);
    const planYear = new Map(plans.map((p) => [p.id, p.year]));
    const actions = (await db.actions.where('planId').anyOf([...planYear.keys()]).toArray()).map((a) => ({ ...a, planYear: planYear.get(a.planId)! }));
    return { years, lines: lines.sort((a, b) => a.order - b.order), allocations, ledger, actions };
  });
}

/** Creates the default budget lines the first time the budget is opened; does nothing after. */
export async function ensureBudgetLines(db: TriadDatabase, triadId: string): Promise<void> {
  await db.transaction('rw', db.budgetLines, async () => {
    const existing = await db.budgetLines.where('triadId').equals(triadId).count();
    if (existing > 0) return;
    await db.budgetLines.bulkAdd(
      DEFAULT_BUDGET_LINES.map((name, order) => stampNew<BudgetLine>({ triadId, name, order, archived: false })),
    );
  });
}

async function yearRecord(db: TriadDatabase, triadId: string, year: number): Promise<BudgetYear | undefined> {
  return db.budgetYears.where('[triadId+year]').equals([triadId, year]).first();
}

/** Sets a programme year's allocation (creating the year's record if needed). */
export async function saveYearAllocation(db: TriadDatabase, triad: Triad, year: number, allocationPence: number): Promise<void> {
  if (!Number.isSafeInteger(allocationPence) || allocationPence < 0) throw new RangeError('The allocation must be a whole number of pence, not negative.');
  await db.transaction('rw', db.budgetYears, async () => {
    const existing = await yearRecord(db, triad.id, year);
    if (existing) await db.budgetYears.put(stampUpdate({ ...existing, allocationPence }));
    else await db.budgetYears.add(stampNew<BudgetYear>({ triadId: triad.id, year, allocationPence, carriedInPence: 0, carryForward: null }));
  });
}

/**
 * Records the decision to carry unspent money from `year` into the next programme year, or
 * (with `decision` null) undoes it. The next year's carried-in amount follows in the same transaction.
 */
export async function saveCarryForward(
  db: TriadDatabase,
  triad: Triad,
  year: number,
  decision: { decidedOn: IsoDate; amountPence: number; reason: string } | null,
): Promise<void> {
  if (year >= triad.firstYear + triad.programmeYears - 1) throw new Error('The last programme year has no next year to carry money into.');
  await db.transaction('rw', [db.budgetYears, db.allocations, db.ledgerEntries], async () => {
    const current = await yearRecord(db, triad.id, year);
    if (decision) {
      if (!Number.isSafeInteger(decision.amountPence) || decision.amountPence <= 0) throw new RangeError('The amount carried forward must be more than £0.00.');
      const [allocations, ledger] = await Promise.all([
        db.allocations.where('[triadId+year]').equals([triad.id, year]).toArray(),
        db.ledgerEntries.where('[triadId+year]').equals([triad.id, year]).toArray(),
      ]);
      const figures = yearFigures(triad, current);
      const summary = summariseBudget({ ...figures, carriedOutPence: 0, allocations, ledger });
      if (decision.amountPence > summary.remainingPence) throw new RangeError('You cannot carry forward more than is left unspent this year.');
    }
    const base = current ?? stampNew<BudgetYear>({ triadId: triad.id, year, allocationPence: triad.annualAllocationPence, carriedInPence: 0, carryForward: null });
    await db.budgetYears.put(stampUpdate({ ...base, carryForward: decision }));
    const next = await yearRecord(db, triad.id, year + 1);
    const carriedInPence = decision?.amountPence ?? 0;
    if (next) await db.budgetYears.put(stampUpdate({ ...next, carriedInPence }));
    else await db.budgetYears.add(stampNew<BudgetYear>({ triadId: triad.id, year: year + 1, allocationPence: triad.annualAllocationPence, carriedInPence, carryForward: null }));
  });
}

// ---- Lines ----

export async function addBudgetLine(db: TriadDatabase, triadId: string, name: string): Promise<BudgetLine> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Enter a name for the budget line.');
  return db.transaction('rw', db.budgetLines, async () => {
    const lines = await db.budgetLines.where('triadId').equals(triadId).toArray();
    if (lines.some((l) => l.name.toLowerCase() === trimmed.toLowerCase())) throw new Error(`There is already a budget line called "${trimmed}".`);
    const line = stampNew<BudgetLine>({ triadId, name: trimmed, order: Math.max(-1, ...lines.map((l) => l.order)) + 1, archived: false });
    await db.budgetLines.add(line);
    return line;
  });
}

export async function updateBudgetLine(db: TriadDatabase, line: BudgetLine, changes: { name?: string; archived?: boolean }): Promise<void> {
  const name = changes.name?.trim() ?? line.name;
  if (!name) throw new Error('Enter a name for the budget line.');
  await db.transaction('rw', db.budgetLines, async () => {
    const others = await db.budgetLines.where('triadId').equals(line.triadId).toArray();
    if (others.some((l) => l.id !== line.id && l.name.toLowerCase() === name.toLowerCase())) throw new Error(`There is already a budget line called "${name}".`);
    await db.budgetLines.put(stampUpdate({ ...line, name, archived: changes.archived ?? line.archived }));
  });
}

// ---- Allocations ----

export async function saveAllocation(
  db: TriadDatabase,
  triadId: string,
  year: number,
  fields: AllocationFields,
  overrideReason: string,
  existing?: Allocation,
): Promise<Allocation> {
  const record = existing
    ? stampUpdate({ ...existing, ...fields, overrideReason })
    : stampNew<Allocation>({ triadId, year, ...fields, overrideReason });
  await db.transaction('rw', db.allocations, async () => {
    await db.allocations.put(record);
  });
  return record;
}

/** Adds several allocations in one transaction (the plan's costs allocated in one go). */
export async function addAllocations(db: TriadDatabase, triadId: string, year: number, list: AllocationFields[]): Promise<Allocation[]> {
  const records = list.map((fields) => stampNew<Allocation>({ triadId, year, ...fields, overrideReason: '' }));
  await db.transaction('rw', db.allocations, async () => {
    await db.allocations.bulkAdd(records);
  });
  return records;
}

export function deleteAllocation(db: TriadDatabase, allocation: Allocation): Promise<string> {
  return deleteWithUndo(db, 'Allocation', [{ table: 'allocations', ids: [allocation.id] }]);
}

// ---- Ledger ----

export async function saveLedgerEntry(
  db: TriadDatabase,
  triadId: string,
  fields: LedgerFields,
  overrideReason: string,
  existing?: LedgerEntry,
): Promise<LedgerEntry> {
  const record = existing
    ? stampUpdate({ ...existing, ...fields, overrideReason })
    : stampNew<LedgerEntry>({ triadId, ...fields, commitmentId: null, evidenceFileId: null, overrideReason });
  await db.transaction('rw', db.ledgerEntries, async () => {
    await db.ledgerEntries.put(record);
  });
  return record;
}

/**
 * Pays an open commitment, in full or in part: records a payment linked to the commitment (by
 * default for what is still outstanding) and marks the commitment paid once nothing is left to
 * pay, in one transaction.
 */
export async function markCommitmentPaid(
  db: TriadDatabase,
  commitmentId: string,
  payment: { date: IsoDate; year: number; reference: string; overrideReason: string; amountPence?: number },
): Promise<LedgerEntry> {
  return db.transaction('rw', db.ledgerEntries, async () => {
    const commitment = await db.ledgerEntries.get(commitmentId);
    if (!commitment || commitment.kind !== 'commitment') throw new Error('That commitment no longer exists.');
    if (commitment.status !== 'open') throw new Error('That commitment is not open.');
    const against = await db.ledgerEntries.where('commitmentId').equals(commitmentId).toArray();
    const outstanding = outstandingPence(commitment, against);
    const asked = payment.amountPence ?? outstanding;
    if (!Number.isSafeInteger(asked) || asked <= 0) throw new RangeError('The amount paid must be more than £0.00.');
    if (asked > outstanding) throw new RangeError('The amount paid cannot be more than what is still outstanding on the order.');
    const amountPence = asked;
    const record = stampNew<LedgerEntry>({
      triadId: commitment.triadId,
      year: payment.year,
      kind: 'payment',
      date: payment.date,
      payee: commitment.payee,
      description: commitment.description,
      amountPence,
      budgetLineId: commitment.budgetLineId,
      actionId: commitment.actionId,
      schoolId: commitment.schoolId,
      reference: payment.reference || commitment.reference,
      status: 'paid',
      commitmentId,
      evidenceFileId: null,
      overrideReason: payment.overrideReason,
    });
    await db.ledgerEntries.add(record);
    if (amountPence === outstanding) await db.ledgerEntries.put(stampUpdate<LedgerEntry>({ ...commitment, status: 'paid' }));
    return record;
  });
}

/** Deletes a ledger entry and its evidence file, keeping them for undo. */
export async function deleteLedgerEntry(db: TriadDatabase, entry: LedgerEntry): Promise<string> {
  const evidenceIds = (await db.evidenceFiles.where('ownerId').equals(entry.id).primaryKeys()) as string[];
  return deleteWithUndo(db, `Ledger entry: ${entry.payee}`, [
    { table: 'ledgerEntries', ids: [entry.id] },
    { table: 'evidenceFiles', ids: evidenceIds },
  ]);
}

/** Keeps a copy of an invoice or receipt with the entry, replacing any earlier one. */
export async function attachEvidence(
  db: TriadDatabase,
  entry: LedgerEntry,
  file: { name: string; size: number; bytes: Uint8Array },
): Promise<EvidenceFile> {
  const evidence = stampNew<EvidenceFile>({
    triadId: entry.triadId,
    ownerId: entry.id,
    name: file.name,
    mimeType: mimeTypeOf(file.name),
    size: file.size,
    bytes: file.bytes,
  });
  await db.transaction('rw', [db.evidenceFiles, db.ledgerEntries], async () => {
    const current = await db.ledgerEntries.get(entry.id);
    if (!current) throw new Error('That ledger entry no longer exists.');
    if (current.evidenceFileId) await db.evidenceFiles.delete(current.evidenceFileId);
    await db.evidenceFiles.add(evidence);
    await db.ledgerEntries.put(stampUpdate({ ...current, evidenceFileId: evidence.id }));
  });
  return evidence;
}

function mimeTypeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    csv: 'text/csv',
    txt: 'text/plain',
    doc: 'application/msword',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
  return types[ext] ?? 'application/octet-stream';
}

/** Writes every imported row or none: one transaction, one bulk add. */
export async function importLedgerRows(
  db: TriadDatabase,
  triadId: string,
  rows: readonly ImportedLedgerRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const record = (row: ImportedLedgerRow) =>
    stampNew<LedgerEntry>({
      triadId,
      year: row.year,
      kind: row.kind,
      date: row.date,
      payee: row.payee,
      description: row.description,
      amountPence: row.amountPence,
      budgetLineId: row.budgetLineId,
      actionId: row.actionId ?? null,
      schoolId: row.schoolId ?? null,
      reference: row.reference,
      status: row.kind === 'commitment' ? 'open' : 'paid',
      commitmentId: null,
      evidenceFileId: null,
      overrideReason: '',
    });
  // One transaction (all or nothing), written in chunks: between them this thread is free to
  // paint the progress bar while IndexedDB writes the chunk queued ahead.
  let done = 0;
  onProgress?.(0, rows.length);
  await db.transaction('rw', db.ledgerEntries, async () => {
    await inQueuedChunks(rows.length, async (start, end) => {
      await db.ledgerEntries.bulkAdd(rows.slice(start, end).map(record));
      done += end - start;
      onProgress?.(done, rows.length);
    });
  });
  return rows.length;
}
