import { describe, expect, it } from 'vitest';
import { encodeNetworkFile } from '../core/network-file';
import { lancashireSheet } from '../core/network-test-data';
import { importNetworkFiles, loadDirectory, sheetHistory } from './networks';
import { freshDb } from './test-database';

const file = async (name: string, overrides = {}) => ({
  name,
  bytes: await encodeNetworkFile({ appVersion: '0.2.0', createdAt: '2004-10-16T10:00:00.000Z', content: { document: 'identification-sheet', sheet: lancashireSheet(overrides) } }),
});

describe('importing identification sheets', () => {
  it('keeps one entry per network, ignores a sheet held already, and keeps older sheets as history', async () => {
    const db = freshDb();
    const first = await importNetworkFiles(db, [await file('wyre.triadnetwork'), await file('bad.triadnetwork').then((f) => ({ ...f, bytes: f.bytes.subarray(0, 50) }))], '2004-10-20');
    expect(first.map((o) => (o.ok ? o.decision : 'refused'))).toEqual(['new-network', 'refused']);
    const again = await importNetworkFiles(db, [await file('wyre copy.triadnetwork')], '2004-10-21');
    expect(again).toEqual([expect.objectContaining({ ok: true, decision: 'already-held' })]);
    expect(await db.networkSheets.count()).toBe(1);
    const newer = await importNetworkFiles(db, [await file('wyre 2005.triadnetwork', { preparedOn: '2005-09-20', focus: 'Mathematics' })], '2005-09-21');
    expect(newer).toEqual([expect.objectContaining({ decision: 'newer-sheet' })]);
    const directory = await loadDirectory(db);
    expect(directory).toEqual([expect.objectContaining({ receivedOn: '2005-09-21', sheetsReceived: 2, sheet: expect.objectContaining({ focus: 'Mathematics' }) })]);
    expect((await sheetHistory(db, 'net-wyre-rural')).map((s) => s.sheet.preparedOn)).toEqual(['2005-09-20', '2004-10-15']);
  });
});
