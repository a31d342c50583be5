import { describe, expect, it } from 'vitest';
import { emptySchoolForm, formFromRegister, openRoles, roleRefusal, validateSchoolForm } from './schools';
import { validateMembershipForm } from './membership';
import { validateMeetingForm, validatePersonForm } from './network';

describe('validateSchoolForm', () => {
  it('puts a message next to each bad field', () => {
    const result = validateSchoolForm({ ...emptySchoolForm(), urn: '12345', dfeNumber: '3332015', email: 'head' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      role: 'Choose whether this is the co-ordinating school or a partner school.',
      name: 'Enter the school’s name.',
      urn: 'A URN is 6 digits, for example 103905.',
      dfeNumber: 'A DfE number is the LA code and establishment number, for example 333/2015.',
      email: 'Enter an email address like head@school.sch.uk.',
    });
  });
  it('accepts a good school, tidying the text', () => {
    const result = validateSchoolForm({ ...emptySchoolForm('partner'), name: ' Hamstead Junior School ', urn: '103895', dfeNumber: '333/2015', postcode: 'b43 5be' });
    expect(result).toMatchObject({ ok: true, value: { role: 'partner', name: 'Hamstead Junior School', postcode: 'B43 5BE', interventionCategory: 'none' } });
  });
});

describe('roleRefusal and openRoles', () => {
  const c = { id: 'c', role: 'coordinating' as const };
  const p1 = { id: 'p1', role: 'partner' as const };
  const p2 = { id: 'p2', role: 'partner' as const };
  it('allows the first of each role', () => {
    expect(openRoles([])).toEqual(['coordinating', 'partner']);
    expect(openRoles([c, p1])).toEqual(['partner']);
  });
  it('refuses a fourth school, a second co-ordinator, a third partner', () => {
    expect(roleRefusal([c, p1, p2], 'partner')).toMatch(/exactly three schools/);
    expect(roleRefusal([c], 'coordinating')).toMatch(/already has its co-ordinating school/);
    expect(roleRefusal([p1, p2], 'partner')).toMatch(/two partner schools/);
  });
  it('does not count the school being edited', () => {
    expect(roleRefusal([c, p1, p2], 'partner', 'p2')).toBeNull();
    expect(roleRefusal([c, p1, p2], 'coordinating', 'c')).toBeNull();
  });
});

it('fills a school form from a register entry', () => {
  const form = formFromRegister(
    { name: 'Hargate Primary School', urn: '103905', dfeNumber: '333/2041', phase: 'Primary', address: 'Hargate Lane, West Bromwich', postcode: 'B71 1PG', phone: '', headTeacher: '' },
    'coordinating',
    { ...emptySchoolForm(), chairOfGovernors: 'Mr Ray', phone: '0121 555 0000' },
  );
  expect(form).toMatchObject({ role: 'coordinating', name: 'Hargate Primary School', dfeNumber: '333/2041', chairOfGovernors: 'Mr Ray', phone: '0121 555 0000' });
});

describe('validateMembershipForm', () => {
  const base = { evidence: { c1: ' Led moderation ', c2: '' }, agreedToJoinOn: '14/07/2003', agreedRole: 'partner' as const, hasLeaDecision: false, leaDecidedOn: '', leaRole: '' as const, leaReasons: '', notes: '' };
  it('stores ISO dates and only the evidence written', () => {
    expect(validateMembershipForm(base)).toMatchObject({ ok: true, value: { agreedToJoinOn: '2003-07-14', evidence: [{ criterionId: 'c1', text: 'Led moderation' }], leaDecision: null } });
  });
  it('needs the date, decision and reasons when the LEA decided', () => {
    const result = validateMembershipForm({ ...base, agreedToJoinOn: '31/02/2003', hasLeaDecision: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['agreedToJoinOn', 'leaDecidedOn', 'leaReasons', 'leaRole']);
  });
});

it('people and meetings need their essentials', () => {
  expect(validatePersonForm({ where: 'lea', name: 'Dan Hughes', role: '', leaRole: 'link-adviser', email: '', phone: '' })).toMatchObject({
    ok: true,
    value: { organisation: 'lea', schoolId: null, role: 'Link adviser' },
  });
  expect(validatePersonForm({ where: 'lea', name: '', role: '', leaRole: '', email: '', phone: '' }).ok).toBe(false);
  expect(validateMeetingForm({ date: '03/10/2003', notes: '', decisions: 'Moderate writing\n\n Visit schools ', attendeeIds: ['p1'] })).toEqual({
    ok: true,
    value: { date: '2003-10-03', notes: '', decisions: ['Moderate writing', 'Visit schools'], attendeeIds: ['p1'] },
  });
  expect(validateMeetingForm({ date: 'soon', notes: '', decisions: '', attendeeIds: [] }).ok).toBe(false);
});
