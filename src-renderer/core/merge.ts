import { formatDate } from './dates';
import { exchangeKey, type ReturnTable } from './exchange-format';
import { formatPounds } from './money';

/**
 * The three-way merge of a partner's return into the co-ordinator's copy. Pure: every hash is
 * worked out beforehand, and the result says what to write.
 *
 * For each incoming record, with T = its hash in the return, M = the hash of our copy of it, and
 * what `syncState` remembers from the last exchange (their hash then, and ours just after):
 * - T is what they sent last time, or what their copy started from → they have not changed it:
 *   nothing to do (so importing the same return twice changes nothing, and an older return never
 *   overrides a newer local record);
 * - we do not have it and never had it → add;
 * - M = T → already the same (remember it as exchanged);
 * - M is what ours was at the last exchange (or, before any exchange, what the partner's copy
 *   started from) → changed on their side only → update;
 * - otherwise (changed on both sides, or deleted here and changed there) → a conflict, shown for
 *   the head to decide, field by field. Nothing is dropped or duplicated silently.
 */

export type ExchangeRecord = Record<string, unknown> & { id: string };

export interface IncomingRecord {
  table: ReturnTable;
  record: ExchangeRecord;
  hash: string;
  /** The record's hash when the partner's copy was last in step with ours, if known. */
  baseHash: string | null;
}

export interface LocalRecord {
  record: ExchangeRecord;
  hash: string;
}

export interface SyncMemory {
  /** Their record's hash at the last exchange. */
  hash: string;
  /** Our record's hash just after the last exchange. */
  localHash: string | null;
}

export interface FieldDifference {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

export type MergeStep =
  | { kind: 'add'; key: string; table: ReturnTable; theirs: ExchangeRecord; theirHash: string }
  | { kind: 'update'; key: string; table: ReturnTable; mine: ExchangeRecord; theirs: ExchangeRecord; theirHash: string }
  | { kind: 'same'; key: string; table: ReturnTable; theirHash: string }
  | {
      kind: 'conflict';
      key: string;
      table: ReturnTable;
      /** null when the record was deleted in our copy. */
      mine: ExchangeRecord | null;
      mineHash: string | null;
      theirs: ExchangeRecord;
      theirHash: string;
    };

export interface MergePlan {
  steps: MergeStep[];
  /** Records the partner has not changed since the last exchange (nothing to do). */
  alreadyExchanged: number;
}

export function planMerge(
  incoming: IncomingRecord[],
  local: ReadonlyMap<string, LocalRecord>,
  memory: ReadonlyMap<string, SyncMemory>,
): MergePlan {
  const steps: MergeStep[] = [];
  let alreadyExchanged = 0;
  for (const item of incoming) {
    const key = exchangeKey(item.table, item.record.id);
    const remembered = memory.get(key);
    const ours = local.get(key);
    const common = { key, table: item.table, theirHash: item.hash };
    if ((remembered && remembered.hash === item.hash) || (item.baseHash !== null && item.baseHash === item.hash)) {
      // Unchanged on their side since the last exchange, or since the copy their return was made
      // from: ours stands, even if we have changed or deleted it since (a return made from an
      // older copy must never undo a newer correction here).
      alreadyExchanged += 1;
    } else if (!ours) {
      const hadIt = remembered !== undefined || item.baseHash !== null;
      steps.push(hadIt ? { ...common, kind: 'conflict', mine: null, mineHash: null, theirs: item.record } : { ...common, kind: 'add', theirs: item.record });
    } else if (ours.hash === item.hash) {
      steps.push({ ...common, kind: 'same' });
    } else {
      const base = remembered ? remembered.localHash : item.baseHash;
      steps.push(
        base !== null && ours.hash === base
          ? { ...common, kind: 'update', mine: ours.record, theirs: item.record }
          : { ...common, kind: 'conflict', mine: ours.record, mineHash: ours.hash, theirs: item.record },
      );
    }
  }
  return { steps, alreadyExchanged };
}

export type Decision = 'mine' | 'theirs';

export interface MergeWrites {
  /** Records to put, by table. */
  puts: { table: ReturnTable; record: ExchangeRecord }[];
  /** What to remember about each record for the next exchange. */
  remember: { key: string; table: ReturnTable; recordId: string; hash: string; localHash: string | null }[];
}

/** What to write once every conflict has a decision; throws if one has not. */
export function resolveMerge(plan: MergePlan, decisions: Readonly<Record<string, Decision>>): MergeWrites {
  const writes: MergeWrites = { puts: [], remember: [] };
  for (const step of plan.steps) {
    const remember = (localHash: string | null) =>
      writes.remember.push({ key: step.key, table: step.table, recordId: step.key.slice(step.table.length + 1), hash: step.theirHash, localHash });
    if (step.kind === 'add' || step.kind === 'update') {
      writes.puts.push({ table: step.table, record: step.theirs });
      remember(step.theirHash);
    } else if (step.kind === 'same') {
      remember(step.theirHash);
    } else {
      const decision = decisions[step.key];
      if (!decision) throw new Error('Decide every difference before importing.');
      if (decision === 'theirs') {
        writes.puts.push({ table: step.table, record: step.theirs });
        remember(step.theirHash);
      } else {
        remember(step.mineHash);
      }
    }
  }
  return writes;
}

export function conflictsOf(plan: MergePlan): Extract<MergeStep, { kind: 'conflict' }>[] {
  return plan.steps.filter((s): s is Extract<MergeStep, { kind: 'conflict' }> => s.kind === 'conflict');
}

const LABELS: Record<string, string> = {
  value: 'Value',
  year: 'Year',
  note: 'Note',
  source: 'Source',
  date: 'Date',
  kind: 'Kind',
  author: 'Author',
  summary: 'Summary',
  detail: 'Detail',
  tags: 'Tags',
  payee: 'Payee',
  description: 'Description',
  amountPence: 'Amount',
  reference: 'Reference',
  status: 'Status',
  name: 'Name',
  bytes: 'File contents',
  size: 'File size',
  updatedAt: 'Last changed',
  schoolIds: 'Schools',
  measureId: 'Measure',
  schoolId: 'School',
  budgetLineId: 'Budget line',
  evidenceFileIds: 'Evidence files',
};

function labelOf(field: string): string {
  return LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** A stored value in words, as the head would read it. */
export function describeValue(field: string, value: unknown, names: ReadonlyMap<string, string> = new Map()): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (value instanceof Uint8Array) return `${value.length} bytes`;
  if (field.endsWith('Pence') && typeof value === 'number') return formatPounds(value);
  if (field.endsWith('At') && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    return `${formatDate(value.slice(0, 10))} ${value.slice(11, 16)}`;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (typeof value === 'string') return names.get(value) ?? value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => describeValue(field, v, names)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between our record and theirs, in words (ids and creation date left out). */
export function describeDifferences(
  mine: ExchangeRecord | null,
  theirs: ExchangeRecord,
  names: ReadonlyMap<string, string> = new Map(),
): FieldDifference[] {
  if (!mine) return [{ field: 'record', label: 'Record', mine: 'Deleted in your copy', theirs: 'Kept and changed in theirs' }];
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((f) => !['id', 'createdAt', 'triadId'].includes(f));
  return fields
    .filter((field) => !sameValue(mine[field], theirs[field]))
    .map((field) => ({
      field,
      label: labelOf(field),
      mine: describeValue(field, mine[field], names),
      theirs: describeValue(field, theirs[field], names),
    }));
}

/** One line naming a record the way the head knows it, e.g. "Result: KS2 English level 4+, Hamstead Junior School, summer 2004". */
export function describeRecord(table: ReturnTable, record: ExchangeRecord, names: ReadonlyMap<string, string> = new Map()): string {
  const name = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? 'unknown') : 'unknown');
  switch (table) {
    case 'results':
      return `Result: ${name(record.measureId)}, ${name(record.schoolId)}, summer ${String(record.year)}`;
    case 'impactLog':
      return `Impact-log entry: “${String(record.summary)}” (${formatDate(String(record.date))})`;
    case 'ledgerEntries':
      return `Spending record: ${String(record.payee)}, ${describeValue('amountPence', record.amountPence)} (${formatDate(String(record.date))})`;
    case 'evidenceFiles':
      return `Evidence file: ${String(record.name)}`;
    case 'progressUpdates':
      return `Progress update: ${name(record.actionId)} (${formatDate(String(record.date))})`;
  }
}
