import type { Table } from 'dexie';
import {
  encodeReturn,
  exchangeKey,
  recordHash,
  resultSlot,
  RETURN_TABLES,
  selectReturnRecords,
  type PartnerReturn,
  type ReturnPeriod,
  type ReturnTables,
} from '../core/exchange-format';
import { nowIso } from '../core/ids';
import { recordWord } from '../core/record-schemas';
import { planMerge, resolveMerge, type Decision, type ExchangeRecord, type LocalRecord, type MergePlan, type SyncMemory } from '../core/merge';
import type { SyncState } from '../core/model';
import type { TriadDatabase } from './database';
import { currentTriad } from './triads';

/** Setting: the school this copy of the app belongs to (a partner head's copy). Unset on the co-ordinator's. */
export const THIS_COPY_SCHOOL_SETTING = 'thisCopySchoolId';

/** Partner-side `syncState` rows recording what each record looked like when this copy was made. */
const BASELINE_PREFIX = 'baseline:';

function returnTables(db: TriadDatabase) {
  return RETURN_TABLES.map((name) => db.tableNamed(name) as Table<ExchangeRecord, string>);
}

async function readAll(db: TriadDatabase): Promise<ReturnTables> {
  return db.transaction('r', returnTables(db), async () => {
    const tables = {} as ReturnTables;
    for (const name of RETURN_TABLES) tables[name] = (await db.tableNamed(name).toArray()) as ExchangeRecord[];
    return tables;
  });
}

/**
 * Marks this copy as a partner school's, and remembers what that school's records look like now
 * (they came from the co-ordinator's backup), so its first return can show what it changed.
 */
export async function setThisCopysSchool(db: TriadDatabase, schoolId: string): Promise<void> {
  const wide: ReturnPeriod = { from: '0000-01-01', to: '9999-12-31' };
  const mine = selectReturnRecords(await readAll(db), schoolId, wide);
  const baseline: SyncState[] = [];
  const at = nowIso();
  for (const table of RETURN_TABLES) {
    for (const record of mine[table]) {
      const hash = await recordHash(table, record);
      const key = exchangeKey(table, String(record.id));
      baseline.push({ id: BASELINE_PREFIX + key, table, recordId: String(record.id), peerSchoolId: schoolId, hash, localHash: hash, exchangedAt: at });
    }
  }
  await db.transaction('rw', db.settings, db.syncState, async () => {
    const existing = new Set((await db.syncState.bulkGet(baseline.map((b) => b.id))).filter(Boolean).map((b) => b!.id));
    await db.syncState.bulkPut(baseline.filter((b) => !existing.has(b.id)));
    await db.settings.put({ key: THIS_COPY_SCHOOL_SETTING, value: schoolId });
  });
}

/** The bytes of a school's return for a period, from this copy. */
export async function buildReturn(
  db: TriadDatabase,
  request: { schoolId: string; period: ReturnPeriod; appVersion: string },
): Promise<{ bytes: Uint8Array; counts: Record<string, number> }> {
  const school = await db.schools.get(request.schoolId);
  if (!school) throw new Error('Choose the school this copy belongs to.');
  const triad = await db.triads.get(school.triadId);
  if (!triad) throw new Error('This copy has no triad set up, so it cannot make a return.');
  const tables = selectReturnRecords(await readAll(db), school.id, request.period);
  const baseHashes: Record<string, string> = {};
  const baselines = await db.syncState.filter((s) => s.id.startsWith(BASELINE_PREFIX)).toArray();
  for (const b of baselines) baseHashes[b.id.slice(BASELINE_PREFIX.length)] = b.hash;
  const included = new Set(RETURN_TABLES.flatMap((t) => tables[t].map((r) => exchangeKey(t, String(r.id)))));
  for (const key of Object.keys(baseHashes)) if (!included.has(key)) delete baseHashes[key];
  const bytes = await encodeReturn({
    appVersion: request.appVersion,
    createdAt: nowIso(),
    triadId: triad.id,
    triadName: triad.name,
    schoolId: school.id,
    schoolName: school.name,
    period: request.period,
    tables,
    baseHashes,
  });
  return { bytes, counts: Object.fromEntries(RETURN_TABLES.map((t) => [t, tables[t].length])) };
}

export type PlannedImport = { ok: true; plan: MergePlan; names: Map<string, string> } | { ok: false; error: string };

/**
 * Works out what importing a checked return would do, without writing anything. A return for
 * another triad, or for a school not in this triad, is refused.
 */
export async function planReturnImport(db: TriadDatabase, partnerReturn: PartnerReturn): Promise<PlannedImport> {
  const triad = await currentTriad(db);
  if (!triad) return { ok: false, error: 'Set up your triad before importing partner returns. Nothing was changed.' };
  if (triad.id !== partnerReturn.triadId) {
    return {
      ok: false,
      error: `This return is for another triad (${partnerReturn.triadName || 'unnamed'}), not ${triad.name}. Nothing was changed.`,
    };
  }
  const school = await db.schools.get(partnerReturn.schoolId);
  if (!school || school.triadId !== triad.id) {
    return { ok: false, error: `This return is from a school (${partnerReturn.schoolName}) that is not in ${triad.name}. Nothing was changed.` };
  }
  const outOfBounds = await checkReturnBounds(db, partnerReturn, school.name);
  if (outOfBounds) return { ok: false, error: outOfBounds };
  const incoming = [];
  const local = new Map<string, LocalRecord>();
  const keys: string[] = [];
  for (const table of RETURN_TABLES) {
    const rows = partnerReturn.tables[table] as ExchangeRecord[];
    const found = (await db.tableNamed(table).bulkGet(rows.map((r) => r.id))) as (ExchangeRecord | undefined)[];
    for (const [index, record] of rows.entries()) {
      const key = exchangeKey(table, record.id);
      keys.push(key);
      incoming.push({ table, record, hash: await recordHash(table, record), baseHash: partnerReturn.baseHashes[key] ?? null });
      const ours = found[index];
      if (ours) local.set(key, { record: ours, hash: await recordHash(table, ours) });
    }
  }
  const memory = new Map<string, SyncMemory>();
  for (const entry of await db.syncState.bulkGet(keys)) {
    if (entry && entry.peerSchoolId === partnerReturn.schoolId) memory.set(entry.id, { hash: entry.hash, localHash: entry.localHash ?? null });
  }
  const names = new Map<string, string>();
  for (const s of await db.schools.where('triadId').equals(triad.id).toArray()) names.set(s.id, s.name);
  for (const m of await db.measures.where('triadId').equals(triad.id).toArray()) names.set(m.id, m.name);
  for (const l of await db.budgetLines.where('triadId').equals(triad.id).toArray()) names.set(l.id, l.name);
  for (const a of await db.actions.toArray()) names.set(a.id, `“${a.title}”`);
  return { ok: true, plan: planMerge(incoming, local, memory), names };
}

/**
 * Writes a planned import with the head's decisions, in one transaction: the records, and what
 * each looked like, so the next exchange knows. Throws (writing nothing) if a conflict is undecided.
 */
export async function applyReturnImport(
  db: TriadDatabase,
  partnerReturn: PartnerReturn,
  plan: MergePlan,
  decisions: Readonly<Record<string, Decision>>,
): Promise<{ written: number }> {
  const writes = resolveMerge(plan, decisions);
  const remembered: SyncState[] = writes.remember.map((r) => ({
    id: r.key,
    table: r.table,
    recordId: r.recordId,
    peerSchoolId: partnerReturn.schoolId,
    hash: r.hash,
    localHash: r.localHash,
    exchangedAt: partnerReturn.createdAt,
  }));
  await db.transaction('rw', [...returnTables(db), db.syncState], async () => {
    for (const table of RETURN_TABLES) {
      const rows = writes.puts.filter((p) => p.table === table).map((p) => p.record);
      if (rows.length > 0) await db.tableNamed(table).bulkPut(rows);
    }
    if (remembered.length > 0) await db.syncState.bulkPut(remembered);
  });
  return { written: writes.puts.length };
}

/**
 * What a partner's return may touch: only records of its own school (its results, the impact-log
 * entries about it, its spending records and the evidence attached to those), never a record of
 * the co-ordinator's or another school's, even under the same id; one result per school, measure
 * and year; and every result's measure and every spending record's budget line must exist here.
 * Returns the first problem in words, or null.
 */
async function checkReturnBounds(db: TriadDatabase, partnerReturn: PartnerReturn, schoolName: string): Promise<string | null> {
  const schoolId = partnerReturn.schoolId;
  const refuse = (what: string) => `This return from ${schoolName} ${what}, so it cannot be used. Nothing was changed.`;
  const { results, impactLog, ledgerEntries, evidenceFiles } = partnerReturn.tables;
  const isOurs = (table: string, row: Record<string, unknown> | undefined): boolean => {
    if (!row) return false;
    if (table === 'impactLog') return Array.isArray(row.schoolIds) && row.schoolIds.includes(schoolId);
    return row.schoolId === schoolId;
  };
  for (const [table, rows] of [['results', results], ['impactLog', impactLog], ['ledgerEntries', ledgerEntries]] as const) {
    const existing = (await db.tableNamed(table).bulkGet(rows.map((r) => String(r.id)))) as (Record<string, unknown> | undefined)[];
    if (existing.some((row) => row !== undefined && !isOurs(table, row))) return refuse(`would change a ${recordWord(table)} that is not the school’s own`);
  }
  const stored = await db.evidenceFiles.bulkGet(evidenceFiles.map((f) => String(f.id)));
  for (const file of stored) {
    if (!file) continue;
    const owner =
      ((await db.impactLog.get(file.ownerId)) as Record<string, unknown> | undefined) ??
      ((await db.ledgerEntries.get(file.ownerId)) as Record<string, unknown> | undefined);
    if (!isOurs(owner && 'schoolIds' in owner ? 'impactLog' : 'ledgerEntries', owner)) {
      return refuse('would replace an evidence file attached to a record that is not the school’s own');
    }
  }
  const measures = new Set((await db.measures.where('triadId').equals(partnerReturn.triadId).primaryKeys()) as string[]);
  const lines = new Set((await db.budgetLines.where('triadId').equals(partnerReturn.triadId).primaryKeys()) as string[]);
  if (results.some((r) => !measures.has(String(r.measureId)))) return refuse('holds a result for a measure that is not in this triad');
  if (ledgerEntries.some((e) => !lines.has(String(e.budgetLineId)))) return refuse('holds a spending record for a budget line that is not in this triad');
  const slots = new Map<string, string>();
  for (const r of await db.results.where('schoolId').equals(schoolId).toArray()) slots.set(resultSlot(r as unknown as Record<string, unknown>), r.id);
  for (const r of results) {
    const holder = slots.get(resultSlot(r));
    if (holder !== undefined && holder !== r.id) return refuse(`holds a second result for the same measure and summer ${String(r.year)}`);
  }
  return null;
}
