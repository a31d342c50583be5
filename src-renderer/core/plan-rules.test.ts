import { describe, expect, it } from 'vitest';
import type { Measure } from './model';
import { describeCriterion, emptyCriterion, validateAction, validateAgreement, validateObjective, validatePriority, type ActionForm } from './plan-rules';

function form(overrides: Partial<ActionForm> = {}): ActionForm {
  return {
    objectiveId: 'o1', title: 'Writing moderation', leadSchoolId: 's1', schoolIds: ['s1', 's2'], owner: 'Ann Patel',
    focusGroupId: '', startDate: '15/09/2003', endDate: '31/03/2004', estimatedCost: '£6,000', status: 'not-started',
    milestones: [], reason: '', ...overrides,
  };
}
const context = { planYear: 2003, agreed: false, hasSchools: true };

const english: Measure = {
  id: 'm1', createdAt: '', updatedAt: '', triadId: 't', name: 'KS2 English level 4+', unit: 'percent', higherIsBetter: true,
  sourceColumn: '', derivedFrom: null, order: 1,
};

describe('action rules', () => {
  it('accepts a complete action and turns text into dates and pence', () => {
    const result = validateAction(form({ milestones: [{ id: 'm', date: '1/12/2003', description: 'Moderation meeting', done: false }] }), context);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ startDate: '2003-09-15', endDate: '2004-03-31', estimatedCostPence: 600_000, leadSchoolId: 's1', focusGroupId: null, milestones: [{ id: 'm', date: '2003-12-01', description: 'Moderation meeting', done: false }] }),
    });
  });

  it('names each missing required field', () => {
    const result = validateAction(form({ objectiveId: '', title: ' ', leadSchoolId: '', startDate: '', endDate: '' }), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      objectiveId: 'Choose the objective this action works towards.',
      title: 'Say what will be done.',
      leadSchoolId: 'Choose the lead school.',
      startDate: 'Enter the start date as dd/mm/yyyy.',
      endDate: 'Enter the end date as dd/mm/yyyy.',
    });
  });

  it('refuses an end before the start', () => {
    const result = validateAction(form({ startDate: '01/03/2004', endDate: '01/02/2004' }), context);
    expect(result.ok === false && result.errors.endDate).toBe('The end date must be on or after the start date.');
  });

  it('refuses an action outside its programme year', () => {
    const result = validateAction(form({ endDate: '30/09/2004' }), context);
    expect(result.ok === false && result.errors.endDate).toBe(
      'The end date must fall within the programme year 2003/04 (01/09/2003 to 31/08/2004).',
    );
    const early = validateAction(form({ startDate: '31/08/2003' }), context);
    expect(early.ok === false && early.errors.startDate).toMatch(/^The start date must fall within the programme year 2003\/04/);
    expect(validateAction(form({ startDate: '01/09/2003', endDate: '31/08/2004' }), context).ok).toBe(true);
  });

  it('refuses a milestone outside the action’s dates, and a milestone without a description', () => {
    const result = validateAction(form({ milestones: [{ id: 'm', date: '01/05/2004', description: '', done: false }] }), context);
    expect(result.ok === false && result.errors).toEqual({
      'milestones.0.description': 'Describe the milestone or monitoring point.',
      'milestones.0.date': 'The milestone must fall within the action’s dates (15/09/2003 to 31/03/2004).',
    });
  });

  it('refuses bad money and nonsense dates', () => {
    const result = validateAction(form({ estimatedCost: '12.345', startDate: '31/02/2004' }), context);
    expect(result.ok === false && result.errors.estimatedCost).toBe('"12.345" has more than two decimal places.');
    expect(result.ok === false && result.errors.startDate).toBe('The start date must be a real date, written dd/mm/yyyy.');
  });

  it('treats a blank cost as £0 and needs no lead school when the triad has no schools', () => {
    const result = validateAction(form({ estimatedCost: '', leadSchoolId: '' }), { ...context, hasSchools: false });
    expect(result.ok && result.value.estimatedCostPence).toBe(0);
  });

  it('asks for a reason once the plan is agreed', () => {
    const result = validateAction(form(), { ...context, agreed: true });
    expect(result.ok === false && result.errors.reason).toBe('The plan has been agreed: say why you are making this change.');
    expect(validateAction(form({ reason: 'Agreed at heads’ meeting' }), { ...context, agreed: true }).ok).toBe(true);
  });
});

describe('priority, objective and agreement rules', () => {
  it('needs a priority title', () => {
    expect(validatePriority({ title: '', description: '', reason: '' }, false)).toEqual({ ok: false, errors: { title: 'Enter the priority.' } });
    expect(validatePriority({ title: ' Writing ', description: '', reason: '' }, false)).toEqual({ ok: true, value: { title: 'Writing', description: '' } });
  });

  it('needs an objective with at least one success criterion', () => {
    const result = validateObjective({ priorityId: 'p1', title: 'More level 4s', criteria: [], reason: '' }, [], false);
    expect(result.ok === false && result.errors.criteria).toMatch(/at least one success criterion/);
  });

  it('checks a target on a measure and keeps it as numbers', () => {
    const measureCriterion = { ...emptyCriterion('measure'), measureId: 'm1', from: '63', to: '70', byDate: '31/07/2005' };
    const good = validateObjective({ priorityId: 'p1', title: 'More level 4s', criteria: [measureCriterion], reason: '' }, [english], false);
    expect(good.ok && good.value.successCriteria).toEqual([{ kind: 'measure', measureId: 'm1', schoolId: null, from: 63, to: 70, byDate: '2005-07-31', description: '' }]);
    const bad = validateObjective({ priorityId: 'p1', title: 'x', criteria: [{ ...measureCriterion, to: '170', byDate: 'July' }, emptyCriterion('qualitative')], reason: '' }, [english], false);
    expect(bad.ok === false && bad.errors).toEqual({
      'criteria.0.to': 'A percentage must be between 0 and 100.',
      'criteria.0.byDate': 'Enter a real date as dd/mm/yyyy.',
      'criteria.1.description': 'Describe the outcome you expect to see.',
    });
  });

  it('describes a criterion in words', () => {
    const text = describeCriterion({ kind: 'measure', measureId: 'm1', schoolId: null, from: 63, to: 70, byDate: '2005-07-31', description: '' }, [english], []);
    expect(text).toBe('KS2 English level 4+ from 63% to 70% by 31/07/2005 (whole triad)');
  });

  it('needs a name, who agreed and a date to agree a plan', () => {
    expect(validateAgreement({ name: '', agreedBy: '', agreedOn: '' })).toEqual({
      ok: false,
      errors: {
        name: 'Give this version a name, for example “Agreed at the triad heads’ meeting”.',
        agreedBy: 'Say who agreed the plan.',
        agreedOn: 'Enter the date it was agreed as dd/mm/yyyy.',
      },
    });
  });
});
