import { describe, expect, it } from 'vitest';
import { decideImport, directoryCsv, filterDirectory, NO_FILTER, notReturnedThisYear, schoolIndex, type DirectoryEntry } from './network-directory';
import { lancashireSheet } from './network-test-data';

const wyre = lancashireSheet();
const preston = lancashireSheet({
  networkId: 'net-preston', name: 'Preston Learning Network', kind: 'networked-learning-community', focus: 'Assessment for learning',
  schools: [
    { urn: '119151', name: 'Fulwood and Cadley Primary School', area: 'Preston' },
    { urn: '119128', name: 'Forton Primary School', area: 'Wyre' },
  ],
  coLeaders: [{ name: 'Mr J. Patel', school: 'Harris Primary School', role: 'Headteacher', email: '', phone: '' }, { name: 'Ms K. Lowe', school: 'Fulwood and Cadley Primary School', role: 'Deputy', email: '', phone: '' }],
});
const entries: DirectoryEntry[] = [
  { networkId: wyre.networkId, sheet: wyre, receivedOn: '2004-10-20', sheetsReceived: 1 },
  { networkId: preston.networkId, sheet: preston, receivedOn: '2004-06-01', sheetsReceived: 2 },
];

describe('the directory of networks', () => {
  it('decides what an import does', () => {
    const held = { sheet: wyre, contentHash: 'a' };
    expect(decideImport(null, new Set(), held)).toBe('new-network');
    expect(decideImport(held, new Set(['a']), held)).toBe('already-held');
    expect(decideImport(held, new Set(['a']), { sheet: { ...wyre, preparedOn: '2005-01-10' }, contentHash: 'b' })).toBe('newer-sheet');
    expect(decideImport(held, new Set(['a']), { sheet: { ...wyre, preparedOn: '2003-01-10' }, contentHash: 'c' })).toBe('older-sheet');
  });

  it('filters by kind, focus, school, area and co-leader', () => {
    const names = (f: Partial<typeof NO_FILTER>) => filterDirectory(entries, { ...NO_FILTER, ...f }).map((e) => e.sheet.name);
    expect(names({})).toEqual(['Preston Learning Network', 'Wyre Rural Schools Cluster']);
    expect(names({ kind: 'small-school-cluster' })).toEqual(['Wyre Rural Schools Cluster']);
    expect(names({ focus: 'assessment' })).toEqual(['Preston Learning Network']);
    expect(names({ school: 'Forton' })).toEqual(['Preston Learning Network', 'Wyre Rural Schools Cluster']);
    expect(names({ area: 'preston' })).toEqual(['Preston Learning Network']);
    expect(names({ coLeader: 'lowe' })).toEqual(['Preston Learning Network']);
    expect(names({ text: 'Edge Hill' })).toEqual(['Preston Learning Network', 'Wyre Rural Schools Cluster']);
  });

  it('finds the networks that have not returned a sheet this academic year', () => {
    expect(notReturnedThisYear(entries, '2004-11-30').map((e) => e.sheet.name)).toEqual(['Preston Learning Network']);
    expect(notReturnedThisYear(entries, '2004-08-31')).toEqual([]);
  });

  it('lists a school under every network it belongs to', () => {
    const forton = schoolIndex(entries).find((s) => s.urn === '119128');
    expect(forton?.networks.map((n) => n.name)).toEqual(['Preston Learning Network', 'Wyre Rural Schools Cluster']);
    expect(schoolIndex(entries)).toHaveLength(4);
  });

  it('exports a CSV with a row per network and the school index', () => {
    const csv = directoryCsv(entries);
    expect(csv).toContain('Wyre Rural Schools Cluster,Small-school cluster,Lancashire,2002/03,Writing across mixed-age classes,3,Mrs A. Hartley');
    expect(csv).toContain('Forton Primary School,119128,Wyre,Preston Learning Network,Networked learning community');
  });
});
