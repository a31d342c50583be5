/**
 * A small triad spread over many tables, for database tests (backups, returns, bad files).
 * Test-only: imported by `*.test.ts` files, never by the app.
 */
import type {
  BudgetLine,
  EvidenceFile,
  ImpactLogEntry,
  LedgerEntry,
  Measure,
  Result,
  School,
  Triad,
} from '../core/model';
import { canonicalJson, toJsonValue } from '../core/file-envelope';
import type { TriadDatabase } from './database';
import { snapshotDatabase } from './backup';

export const AT = '2003-09-01T09:00:00.000Z';

export interface SeededTriad {
  triad: Triad;
  coordinating: School;
  partner: School;
  measure: Measure;
  result: Result;
  logEntry: ImpactLogEntry;
  evidence: EvidenceFile;
  ledger: LedgerEntry;
  line: BudgetLine;
}

export function seededTriad(triadId = 'triad-1'): SeededTriad {
  const base = (id: string) => ({ id, createdAt: AT, updatedAt: AT });
  const triad: Triad = {
    ...base(triadId), name: 'Black Country Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1', firstYear: 2003,
    programmeYears: 3, annualAllocationPence: 5_000_000, focus: 'Writing', baselineYear: 2003, headlineMeasureId: 'measure-1',
    improvementThreshold: 15, thresholdKind: 'percentage-points',
  };
  const school = (id: string, role: School['role'], name: string): School => ({
    ...base(id), triadId, role, name, urn: '1', dfeNumber: '333/2001', phase: 'Primary', address: '', postcode: '',
    headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none',
  });
  const coordinating = school('school-c', 'coordinating', 'Hargate Primary School');
  const partner = school('school-p', 'partner', 'Hamstead Junior School');
  const measure: Measure = {
    ...base('measure-1'), triadId, name: 'KS2 English level 4+', unit: 'percent', higherIsBetter: true, sourceColumn: 'PTENGLEV4',
    derivedFrom: null, order: 1,
  };
  const result: Result = {
    ...base('result-1'), triadId, schoolId: partner.id, measureId: measure.id, year: 2004, value: 63, source: 'manual', note: '',
  };
  const logEntry: ImpactLogEntry = {
    ...base('log-1'), triadId, date: '2003-11-05', kind: 'lesson-observation', author: 'Ben Okafor', schoolIds: [partner.id],
    summary: 'Writing lessons observed', detail: 'Boys more engaged.', objectiveIds: [], actionIds: [], tags: ['writing'],
    evidenceFileIds: ['evidence-1'],
  };
  const evidence: EvidenceFile = {
    ...base('evidence-1'), triadId, ownerId: logEntry.id, name: 'observation.txt', mimeType: 'text/plain', size: 4,
    bytes: new Uint8Array([104, 105, 0, 255]),
  };
  const ledger: LedgerEntry = {
    ...base('ledger-1'), triadId, year: 2003, kind: 'payment', date: '2003-10-10', payee: 'Supply cover', description: 'Release time',
    amountPence: 45_000, budgetLineId: 'line-1', actionId: null, schoolId: partner.id, reference: 'INV-1', status: 'paid',
    commitmentId: null, evidenceFileId: null, overrideReason: '',
  };
  const line: BudgetLine = { ...base('line-1'), triadId, name: 'Supply cover', order: 1, archived: false };
  return { triad, coordinating, partner, measure, result, logEntry, evidence, ledger, line };
}

export async function seedDatabase(db: TriadDatabase, seed = seededTriad()): Promise<SeededTriad> {
  await db.transaction('rw', db.tables, async () => {
    await db.triads.add(seed.triad);
    await db.schools.bulkAdd([seed.coordinating, seed.partner]);
    await db.measures.add(seed.measure);
    await db.results.add(seed.result);
    await db.impactLog.add(seed.logEntry);
    await db.evidenceFiles.add(seed.evidence);
    await db.budgetLines.add(seed.line);
    await db.ledgerEntries.add(seed.ledger);
    await db.settings.put({ key: 'example', value: { nested: [1, 2] } });
    await db.trash.add({ id: 'trash-1', deletedAt: AT, label: 'A deleted school', records: [{ table: 'schools', record: { ...seed.partner, id: 'gone' } }] });
  });
  return seed;
}

/** Every table's contents as one text, to compare a database before and after. */
export async function databaseText(db: TriadDatabase): Promise<string> {
  return canonicalJson(toJsonValue(await snapshotDatabase(db)));
}
