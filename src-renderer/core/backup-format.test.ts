import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, BACKUP_SCHEMA_VERSION, encodeBackup, parseBackupFile, summariseBackup, type BackupTables } from './backup-format';
import { base64ToBytes, bytesToBase64, canonicalJson, sha256Hex } from './file-envelope';
import { RECORD_TABLES } from './record-schemas';

const at = '2003-09-01T09:00:00.000Z';
const triadId = 'triad-1';

function sampleTables(): BackupTables {
  const tables = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as BackupTables;
  tables.triads.push({
    id: triadId, createdAt: at, updatedAt: at, name: 'Black Country Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1',
    firstYear: 2003, programmeYears: 3, annualAllocationPence: 5_000_000, focus: 'Writing', baselineYear: 2003,
    headlineMeasureId: null, improvementThreshold: 15, thresholdKind: 'percentage-points',
  });
  tables.schools.push({ id: 'school-1', createdAt: at, updatedAt: at, triadId, role: 'coordinating', name: 'Hargate Primary School', urn: '103905',
    dfeNumber: '333/2001', phase: 'Primary', address: '', postcode: '', headTeacher: '', linkTeacher: '', chairOfGovernors: '',
    email: '', phone: '', interventionCategory: 'none' });
  tables.budgetLines.push({ id: 'line-1', createdAt: at, updatedAt: at, triadId, name: 'Research', order: 1, archived: false });
  tables.ledgerEntries.push({
    id: 'ledger-1', createdAt: at, updatedAt: at, triadId, year: 2003, kind: 'payment', date: '2003-10-01', payee: 'University',
    description: 'Research', amountPence: 125_050, budgetLineId: 'line-1', actionId: null, schoolId: 'school-1', reference: '',
    status: 'paid', commitmentId: null, evidenceFileId: 'evidence-1', overrideReason: '',
  });
  tables.evidenceFiles.push({
    id: 'evidence-1', createdAt: at, updatedAt: at, triadId, ownerId: 'ledger-1', name: 'invoice.pdf', mimeType: 'application/pdf',
    size: 5, bytes: new Uint8Array([0, 1, 2, 254, 255]),
  });
  tables.settings.push({ key: 'thisCopySchoolId', value: 'school-1' });
  return tables;
}

async function sampleFile(tables = sampleTables()): Promise<Uint8Array> {
  return encodeBackup({ appVersion: '0.1.0', createdAt: '2026-11-23T08:00:00.000Z', tables });
}

/** Re-seals an edited file body with a correct checksum, to test the checks after the checksum. */
async function resealed(edit: (body: Record<string, unknown>) => void): Promise<Uint8Array> {
  const body = JSON.parse(new TextDecoder().decode(await sampleFile())) as Record<string, unknown>;
  delete body.checksum;
  edit(body);
  const checksum = await sha256Hex(canonicalJson(body));
  return new TextEncoder().encode(JSON.stringify({ ...body, checksum }));
}

describe('base64', () => {
  it('round-trips every length and byte value', () => {
    for (let length = 0; length < 10; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 255) % 256);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(bytesToBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    expect(base64ToBytes('TW!u')).toBeNull();
    expect(base64ToBytes('TWF')).toBeNull();
  });
});

describe('backup files', () => {
  it('round-trips every table, including evidence bytes', async () => {
    const parsed = await parseBackupFile(await sampleFile());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(parsed.backup.appVersion).toBe('0.1.0');
    expect(Object.keys(parsed.backup.tables).sort()).toEqual([...RECORD_TABLES].sort());
    expect(parsed.backup.tables).toEqual(sampleTables());
    expect(parsed.backup.tables.evidenceFiles[0]!.bytes).toBeInstanceOf(Uint8Array);
  });

  it('starts with the format name and is plain JSON with a checksum', async () => {
    const text = new TextDecoder().decode(await sampleFile());
    expect(text.startsWith('{"format":"triad-planner-backup","formatVersion":1')).toBe(true);
    expect(JSON.parse(text).checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('summarises the triad, date and counts', async () => {
    const parsed = await parseBackupFile(await sampleFile());
    if (!parsed.ok) throw new Error(parsed.error);
    expect(summariseBackup(parsed.backup)).toEqual({
      triadName: 'Black Country Triad',
      createdAt: '2026-11-23T08:00:00.000Z',
      appVersion: '0.1.0',
      counts: { triads: 1, schools: 1, ledgerEntries: 1, evidenceFiles: 1, settings: 1, budgetLines: 1 },
      totalRecords: 6,
    });
  });

  it('refuses a file that is not a backup', async () => {
    for (const content of ['hello', '{"a":1}', '[1,2]', '{"format":"something-else","formatVersion":1}']) {
      const parsed = await parseBackupFile(new TextEncoder().encode(content));
      expect(parsed).toEqual({ ok: false, error: expect.stringContaining('not a Triad Planner backup') });
    }
    expect(await parseBackupFile(new Uint8Array([0x80, 0xfe, 0x00]))).toEqual({ ok: false, error: expect.stringContaining('not a Triad Planner backup') });
    expect(await parseBackupFile(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual({ ok: false, error: expect.stringContaining('saved as UTF-16') });
    expect(await parseBackupFile(new Uint8Array())).toEqual({ ok: false, error: expect.stringContaining('empty') });
  });

  it('says a truncated file is incomplete', async () => {
    const file = await sampleFile();
    const parsed = await parseBackupFile(file.subarray(0, Math.floor(file.length / 2)));
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('incomplete') });
  });

  it('refuses a newer format version', async () => {
    const file = await resealed((body) => {
      body.formatVersion = BACKUP_FORMAT_VERSION + 1;
      body.appVersion = '9.0.0';
    });
    expect(await parseBackupFile(file)).toEqual({ ok: false, error: expect.stringContaining('newer version of Triad Planner (version 9.0.0)') });
  });

  it('refuses a newer schema version', async () => {
    const file = await resealed((body) => {
      body.schemaVersion = BACKUP_SCHEMA_VERSION + 1;
    });
    expect(await parseBackupFile(file)).toEqual({ ok: false, error: expect.stringContaining('newer version') });
  });

  it('notices a changed byte through the checksum', async () => {
    const text = new TextDecoder().decode(await sampleFile()).replace('Black Country Triad', 'Black Country Triaf');
    expect(await parseBackupFile(new TextEncoder().encode(text))).toEqual({ ok: false, error: expect.stringContaining('checksum does not match') });
  });

  it('refuses records of the wrong shape, naming the record', async () => {
    const file = await resealed((body) => {
      (body.tables as Record<string, Record<string, unknown>[]>).schools[0]!.role = 'boss';
    });
    expect(await parseBackupFile(file)).toEqual({ ok: false, error: expect.stringContaining('school number 1 is not in the right form (its "role" field)') });
  });

  it('refuses what the adversarial testing found passing the checksum', async () => {
    type Tables = Record<string, Record<string, unknown>[]>;
    const cases: [string, (tables: Tables) => void, string][] = [
      ['an object where text belongs', (t) => (t.triads[0]!.name = { first: 'x' }), 'its "name" field'],
      ['fields under __proto__', (t) => Object.defineProperty(t.triads[0]!, '__proto__', { value: { name: 1 }, enumerable: true }), 'damaged'],
      ['31 February', (t) => (t.ledgerEntries[0]!.date = '2005-02-31'), 'its "date" field'],
      ['a date before the programme could be', (t) => (t.ledgerEntries[0]!.date = '1899-12-31'), 'its "date" field'],
      ['two triads', (t) => t.triads.push({ ...t.triads[0]!, id: 'triad-2' }), 'more than one triad'],
      ['the same id in two tables', (t) => (t.budgetLines[0]!.id = 'school-1'), 'the same id as a school'],
      ['a school of a missing triad', (t) => (t.schools[0]!.triadId = 'gone'), 'refers to a triad that is not there'],
      ['£90 trillion', (t) => (t.ledgerEntries[0]!.amountPence = 9_000_000_000_000_000), 'its "amountPence" field'],
      ['an evidence size that does not match its bytes', (t) => (t.evidenceFiles[0]!.size = 6), 'its "size" field'],
      ['a text longer than the form allows', (t) => (t.triads[0]!.name = 'x'.repeat(301)), 'its "name" field'],
    ];
    for (const [what, edit, message] of cases) {
      const file = await resealed((body) => edit(body.tables as Tables));
      expect(await parseBackupFile(file), what).toEqual({ ok: false, error: expect.stringContaining(message) });
    }
  });

  it('refuses duplicate ids', async () => {
    const file = await resealed((body) => {
      const schools = (body.tables as Record<string, unknown[]>).schools;
      schools.push(schools[0]);
    });
    expect(await parseBackupFile(file)).toEqual({ ok: false, error: expect.stringContaining('two school records have the same id (school-1)') });
  });

  it('refuses money that is not whole pence, and any field the app does not know', async () => {
    const wrongAmount = await resealed((body) => {
      (body.tables as Record<string, Record<string, unknown>[]>).ledgerEntries[0]!.amountPence = 12.5;
    });
    expect(await parseBackupFile(wrongAmount)).toEqual({ ok: false, error: expect.stringContaining('"amountPence"') });
    const nested = await resealed((body) => {
      (body.tables as Record<string, Record<string, unknown>[]>).ledgerEntries[0]!.split = { otherPence: 0.1 };
    });
    expect(await parseBackupFile(nested)).toEqual({ ok: false, error: expect.stringContaining('an unexpected field ("split")') });
  });

  it('refuses a missing or unknown table', async () => {
    const missing = await resealed((body) => {
      delete (body.tables as Record<string, unknown>).schools;
    });
    expect(await parseBackupFile(missing)).toEqual({ ok: false, error: expect.stringContaining('missing its school records') });
    const unknown = await resealed((body) => {
      (body.tables as Record<string, unknown>).spaceships = [];
    });
    expect(await parseBackupFile(unknown)).toEqual({ ok: false, error: expect.stringContaining('"spaceships"') });
  });

  it('refuses damaged evidence bytes', async () => {
    const file = await resealed((body) => {
      (body.tables as Record<string, Record<string, unknown>[]>).evidenceFiles[0]!.bytes = { $base64: 'no!' };
    });
    expect(await parseBackupFile(file)).toEqual({ ok: false, error: expect.stringContaining('damaged') });
  });
});
