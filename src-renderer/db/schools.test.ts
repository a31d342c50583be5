import { describe, expect, it } from 'vitest';
import type { TriadDatabase } from './database';
import { freshDb } from './test-database';
import { undoDelete } from './records';
import { SchoolRefusedError, removeSchool, saveSchool } from './schools';
import { addCriterion, criteriaFor, moveCriterion, saveMembership } from './membership';
import { addMeeting, saveFocusGroup } from './network';
import { emptySchoolForm, validateSchoolForm, type SchoolFields } from '../core/schools';
import type { SchoolRole } from '../core/model';


const TRIAD = 'triad-1';
function fields(role: SchoolRole, name: string, urn: string): SchoolFields {
  const result = validateSchoolForm({ ...emptySchoolForm(role), name, urn, dfeNumber: '333/2015' });
  if (!result.ok) throw new Error('bad test school');
  return result.value;
}

async function fullTriad(db: TriadDatabase) {
  const coordinating = await saveSchool(db, TRIAD, null, fields('coordinating', 'Hargate Primary School', '103905'));
  const partnerA = await saveSchool(db, TRIAD, null, fields('partner', 'Hamstead Junior School', '103895'));
  const partnerB = await saveSchool(db, TRIAD, null, fields('partner', 'Hamstead Infant School', '103896'));
  return { coordinating, partnerA, partnerB };
}

describe('one co-ordinating school and two partners', () => {
  it('stores the three schools of a triad', async () => {
    const db = freshDb();
    await fullTriad(db);
    const stored = await db.schools.where('triadId').equals(TRIAD).toArray();
    expect(stored.map((s) => [s.role, s.name]).sort()).toEqual([
      ['coordinating', 'Hargate Primary School'],
      ['partner', 'Hamstead Infant School'],
      ['partner', 'Hamstead Junior School'],
    ]);
  });

  it('refuses a fourth school and writes nothing', async () => {
    const db = freshDb();
    await fullTriad(db);
    await expect(saveSchool(db, TRIAD, null, fields('partner', 'Albert Pritchard Infant School', '103906'))).rejects.toThrow(
      /exactly three schools/,
    );
    expect(await db.schools.count()).toBe(3);
  });

  it('refuses a second co-ordinating school and writes nothing', async () => {
    const db = freshDb();
    await saveSchool(db, TRIAD, null, fields('coordinating', 'Hargate Primary School', '103905'));
    const attempt = saveSchool(db, TRIAD, null, fields('coordinating', 'Hamstead Junior School', '103895'));
    await expect(attempt).rejects.toBeInstanceOf(SchoolRefusedError);
    await expect(attempt).rejects.toThrow(/already has its co-ordinating school/);
    expect(await db.schools.count()).toBe(1);
  });

  it('refuses a third partner school and writes nothing', async () => {
    const db = freshDb();
    await saveSchool(db, TRIAD, null, fields('partner', 'Hamstead Junior School', '103895'));
    await saveSchool(db, TRIAD, null, fields('partner', 'Hamstead Infant School', '103896'));
    await expect(saveSchool(db, TRIAD, null, fields('partner', 'Albert Pritchard Infant School', '103906'))).rejects.toThrow(
      /already has its two partner schools/,
    );
    expect(await db.schools.count()).toBe(2);
  });

  it('refuses the same URN twice', async () => {
    const db = freshDb();
    await saveSchool(db, TRIAD, null, fields('partner', 'Hamstead Junior School', '103895'));
    await expect(saveSchool(db, TRIAD, null, fields('coordinating', 'Hamstead Junior again', '103895'))).rejects.toThrow(/already in the triad/);
    expect(await db.schools.count()).toBe(1);
  });

  it('lets a school be edited in its own role, but not swapped into a taken role', async () => {
    const db = freshDb();
    const { partnerA } = await fullTriad(db);
    const renamed = await saveSchool(db, TRIAD, partnerA, { ...fields('partner', 'Hamstead Junior', '103895') });
    expect((await db.schools.get(partnerA.id))?.name).toBe('Hamstead Junior');
    await expect(saveSchool(db, TRIAD, renamed, fields('coordinating', 'Hamstead Junior', '103895'))).rejects.toThrow(/co-ordinating/);
    expect((await db.schools.get(partnerA.id))?.role).toBe('partner');
  });

  it('other triads’ schools do not count', async () => {
    const db = freshDb();
    await fullTriad(db);
    await saveSchool(db, 'another-triad', null, fields('coordinating', 'Elsewhere Primary', '100001'));
    expect(await db.schools.count()).toBe(4);
  });

  it('removes a school with its membership and staff, and Undo puts them all back', async () => {
    const db = freshDb();
    const { partnerB } = await fullTriad(db);
    await saveMembership(db, TRIAD, partnerB.id, { evidence: [], agreedToJoinOn: '2003-07-14', agreedRole: 'partner', leaDecision: null, notes: '' });
    await db.people.add({ id: 'p1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', triadId: TRIAD, schoolId: partnerB.id, organisation: 'school', name: 'Cara Lewis', role: 'Headteacher', leaRole: null, email: '', phone: '' });
    const trashId = await removeSchool(db, partnerB);
    expect(await db.schools.count()).toBe(2);
    expect(await db.memberships.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    await undoDelete(db, trashId);
    expect(await db.schools.get(partnerB.id)).toMatchObject({ name: 'Hamstead Infant School' });
    expect(await db.memberships.count()).toBe(1);
    expect(await db.people.get('p1')).toMatchObject({ name: 'Cara Lewis' });
  });
});

describe('membership', () => {
  it('keeps criteria in their written order and moves them', async () => {
    const db = freshDb();
    const first = await addCriterion(db, TRIAD, 'coordinating', 'Strong leadership');
    await addCriterion(db, TRIAD, 'coordinating', 'Capacity to support two schools');
    await addCriterion(db, TRIAD, 'partner', 'Willing to share practice');
    expect((await criteriaFor(db, TRIAD, 'coordinating')).map((c) => c.text)).toEqual(['Strong leadership', 'Capacity to support two schools']);
    await moveCriterion(db, first, 1);
    expect((await criteriaFor(db, TRIAD, 'coordinating')).map((c) => c.text)).toEqual(['Capacity to support two schools', 'Strong leadership']);
  });

  it('keeps one membership record per school, with the LEA decision', async () => {
    const db = freshDb();
    const { partnerA } = await fullTriad(db);
    await saveMembership(db, TRIAD, partnerA.id, { evidence: [], agreedToJoinOn: null, agreedRole: 'partner', leaDecision: null, notes: '' });
    await saveMembership(db, TRIAD, partnerA.id, {
      evidence: [{ criterionId: 'c1', text: 'Shared its writing scheme' }],
      agreedToJoinOn: '2003-07-14',
      agreedRole: 'partner',
      leaDecision: { decidedOn: '2003-07-21', role: 'partner', reasons: 'Best placed to benefit.' },
      notes: '',
    });
    const stored = await db.memberships.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ agreedToJoinOn: '2003-07-14', leaDecision: { role: 'partner', reasons: 'Best placed to benefit.' } });
  });
});

describe('focus groups', () => {
  it('only one group owns CPD', async () => {
    const db = freshDb();
    const a = await saveFocusGroup(db, TRIAD, null, { name: 'CPD group', mandate: 'CPD', memberIds: [], ownsCpd: true });
    await saveFocusGroup(db, TRIAD, null, { name: 'Writing group', mandate: 'Writing', memberIds: [], ownsCpd: true });
    expect((await db.focusGroups.get(a.id))?.ownsCpd).toBe(false);
  });

  it('gives each decision its own id, not yet an action', async () => {
    const db = freshDb();
    const group = await saveFocusGroup(db, TRIAD, null, { name: 'Writing group', mandate: 'Writing', memberIds: [], ownsCpd: false });
    const meeting = await addMeeting(db, group.id, { date: '2003-10-03', notes: 'First meeting', decisions: ['Moderate writing termly', 'Visit each school'], attendeeIds: [] });
    const stored = await db.meetings.get(meeting.id);
    expect(stored?.decisions.map((d) => [d.text, d.actionId])).toEqual([['Moderate writing termly', null], ['Visit each school', null]]);
    expect(new Set(stored?.decisions.map((d) => d.id)).size).toBe(2);
  });
});
