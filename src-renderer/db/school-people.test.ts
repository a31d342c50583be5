import { describe, expect, it } from 'vitest';
import { freshDb } from './test-database';
import { saveSchool } from './schools';
import { emptySchoolForm, validateSchoolForm } from '../core/schools';

describe('people from the school cards', () => {
  it('the head and chair typed on a card become people of that school, once', async () => {
    const db = freshDb();
    const result = validateSchoolForm({ ...emptySchoolForm('partner'), name: 'Hamstead Junior School', urn: '103895', dfeNumber: '333/2015', headTeacher: 'Ben Okafor', chairOfGovernors: 'Eve Shah' });
    if (!result.ok) throw new Error('bad test school');
    const school = await saveSchool(db, 't1', null, result.value);
    await saveSchool(db, 't1', school, { ...result.value, phone: '0121 000 0000' });
    const people = await db.people.where('schoolId').equals(school.id).toArray();
    expect(people.map((p) => [p.name, p.role, p.organisation]).sort()).toEqual([
      ['Ben Okafor', 'Headteacher', 'school'],
      ['Eve Shah', 'Chair of governors', 'school'],
    ]);
  });
});
