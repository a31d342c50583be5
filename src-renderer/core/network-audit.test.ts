import { describe, expect, it } from 'vitest';
import { auditFigures, auditSentences, AUDIT_CSV_COLUMNS, parseAuditCsv, type AuditAnswers } from './network-audit';

const answer = (urn: string, schoolName: string, networks: AuditAnswers['networks']): AuditAnswers => ({ urn, schoolName, area: 'Wyre', answeredOn: '2004-11-01', networks, gains: '', needs: '' });

/** A known set: six schools, one in none, two in more than one network. */
export const KNOWN_AUDIT: AuditAnswers[] = [
  answer('119128', 'Forton Primary School', [{ kind: 'small-school-cluster', name: 'Wyre Rural' }, { kind: 'networked-learning-community', name: 'Preston NLC' }]),
  answer('119140', 'Nateby Primary School', [{ kind: 'small-school-cluster', name: 'Wyre Rural' }]),
  answer('119147', 'Stalmine Primary School', [{ kind: 'small-school-cluster', name: 'wyre  rural' }]),
  answer('119151', 'Fulwood and Cadley Primary School', [{ kind: 'networked-learning-community', name: 'Preston NLC' }, { kind: 'excellence-cluster', name: 'Preston EiC' }]),
  answer('119152', 'Harris Primary School', [{ kind: 'excellence-cluster', name: 'Preston EiC' }]),
  answer('119153', 'Kennington Primary School', []),
];

describe('the networking audit', () => {
  it('gives the report’s figures and the list behind each', () => {
    const figures = auditFigures(KNOWN_AUDIT);
    expect(figures.schools).toBe(6);
    expect(figures.inFormalNetworks).toHaveLength(5);
    expect(figures.inMoreThanOne.map((s) => s.name)).toEqual(['Forton Primary School', 'Fulwood and Cadley Primary School']);
    expect(figures.inNone.map((s) => s.name)).toEqual(['Kennington Primary School']);
    const kind = (k: string) => figures.perKind.find((p) => p.kind === k)!;
    expect(kind('small-school-cluster').schools).toHaveLength(3);
    expect(kind('small-school-cluster').networks).toEqual(['Wyre Rural']);
    expect(kind('excellence-cluster').schools.map((s) => s.urn)).toEqual(['119151', '119152']);
    expect(auditSentences(figures)).toEqual([
      '6 schools audited',
      '5 schools in formal networks',
      '2 schools in 1 networked learning community',
      '3 schools in 1 small-school cluster',
      '2 schools in 1 excellence cluster',
      '2 schools in more than one network',
      '1 school in no network',
    ]);
  });

  it('counts a school once, by its latest answers', () => {
    const later = { ...answer('119153', 'Kennington Primary School', [{ kind: 'triad' as const, name: 'Preston Triad' }]), answeredOn: '2005-03-01' };
    expect(auditFigures([...KNOWN_AUDIT, later]).inNone).toEqual([]);
  });

  it('reads questionnaire responses from a CSV, refusing the whole file on any bad row', () => {
    const headers = [...AUDIT_CSV_COLUMNS];
    const row = (urn: string, date: string, cluster: string) => [urn, 'Forton Primary School', 'Wyre', date, '', '', cluster, '', '', '', 'Shared CPD', 'Brokering'];
    const good = parseAuditCsv(headers, [row('119128', '01/11/2004', 'Wyre Rural; Garstang Cluster')]);
    expect(good).toEqual({ ok: true, responses: [expect.objectContaining({ urn: '119128', answeredOn: '2004-11-01', networks: [{ kind: 'small-school-cluster', name: 'Wyre Rural' }, { kind: 'small-school-cluster', name: 'Garstang Cluster' }], gains: 'Shared CPD' })] });
    const bad = parseAuditCsv(headers, [row('119128', '31/02/2004', ''), row('12', '', ''), row('119128', '', '')]);
    expect(bad).toEqual({ ok: false, errors: ['Row 2: "31/02/2004" is not a date (use dd/mm/yyyy).', 'Row 3: "12" is not a URN (six or seven digits).', 'Row 4: the school with URN 119128 is in the file twice.'] });
  });
});
