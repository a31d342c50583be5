import { describe, expect, it } from 'vitest';
import { defaultMeasureDrafts, latestYearAfter, measureImpact, parseResultInput, ResultIndex, resultsYearLabel, targetForSchool, targetsFor, targetStatus } from './impact-measures';
import type { Comparator, Measure, Objective, Result } from './model';

const base = { createdAt: '2004-01-01T00:00:00Z', updatedAt: '2004-01-01T00:00:00Z' };
const measure = (id: string, derivedFrom: Measure['derivedFrom'] = null): Measure => ({
  ...base, id, triadId: 't', name: id, unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom, order: 1,
});
const result = (schoolId: string, measureId: string, year: number, value: number): Result => ({
  ...base, id: `${schoolId}${measureId}${year}`, triadId: 't', schoolId, measureId, year, value, source: 'manual', note: '',
});

describe('parseResultInput', () => {
  const m = { name: 'KS2 % level 4+ in English', unit: 'percent' as const };
  it('accepts 0–100 with or without %, and blank as "no result"', () => {
    expect(parseResultInput('72', m)).toEqual({ ok: true, value: 72 });
    expect(parseResultInput(' 72.5% ', m)).toEqual({ ok: true, value: 72.5 });
    expect(parseResultInput('0', m)).toEqual({ ok: true, value: 0 });
    expect(parseResultInput('100', m)).toEqual({ ok: true, value: 100 });
    expect(parseResultInput('', m)).toEqual({ ok: true, value: null });
  });
  it('refuses values outside 0–100 and non-numbers with a plain message', () => {
    expect(parseResultInput('101', m)).toEqual({ ok: false, error: 'KS2 % level 4+ in English is a percentage: enter a value from 0 to 100 (you entered 101).' });
    expect(parseResultInput('-1', m).ok).toBe(false);
    expect(parseResultInput('seventy', m)).toEqual({ ok: false, error: 'Enter a number for KS2 % level 4+ in English, for example 72 or 72.5.' });
    expect(parseResultInput('104.5', { name: 'Reading age', unit: 'number' })).toEqual({ ok: true, value: 104.5 });
  });
});

describe('defaults', () => {
  it('are English, maths, science and a headline averaging English and maths', () => {
    const d = defaultMeasureDrafts();
    expect(d.map((m) => m.name)).toEqual(['KS2 % level 4+ in English', 'KS2 % level 4+ in maths', 'KS2 % level 4+ in science', 'KS2 headline: English and maths']);
    expect(d[3]!.derivedFrom).toEqual({ method: 'average', measureIds: ['english', 'maths'] });
  });
});

describe('measureImpact', () => {
  const e = measure('e');
  const h = measure('h', { method: 'average', measureIds: ['e', 'm'] });
  const results = new ResultIndex([
    result('s1', 'e', 2003, 60), result('s1', 'm', 2003, 50), result('s1', 'e', 2004, 80), result('s1', 'm', 2004, 62),
    result('s2', 'e', 2003, 70), result('s2', 'm', 2003, 70), result('s2', 'e', 2004, 72),
    result('s3', 'e', 2003, 40), result('s3', 'e', 2004, 46),
  ]);
  const comparators: Comparator[] = [
    { ...base, id: 'c1', triadId: 't', measureId: 'e', scope: 'national', year: 2003, value: 75 },
    { ...base, id: 'c2', triadId: 't', measureId: 'e', scope: 'national', year: 2004, value: 77 },
  ];
  it('computes per-school change, shares and comparator change for an entered measure', () => {
    const r = measureImpact({ measure: e, schoolIds: ['s1', 's2', 's3'], results, comparators, baselineYear: 2003, latestYear: 2004, threshold: 15, thresholdKind: 'percentage-points' });
    expect(r.improvement.perSchool.map((s) => s.change.points)).toEqual([20, 2, 6]);
    expect(r.improvement.aboveThreshold.count).toBe(1);
    expect(r.triadChangePoints).toBeCloseTo(9.3333, 3);
    expect(r.comparators[0]).toMatchObject({ scope: 'national', baseline: 75, latest: 77, change: { points: 2 } });
    expect(r.comparators[1]!.change.points).toBeNull();
  });
  it('computes a derived headline, missing when an input is missing', () => {
    const r = measureImpact({ measure: h, schoolIds: ['s1', 's2', 's3'], results, comparators, baselineYear: 2003, latestYear: 2004, threshold: 15, thresholdKind: 'relative-percent' });
    expect(r.improvement.perSchool.map((s) => [s.baseline, s.latest])).toEqual([[55, 71], [70, null], [null, null]]);
    expect(r.improvement.improved).toMatchObject({ count: 1, denominator: 1, missing: 2 });
    expect(r.improvement.thresholdDescription).toBe('more than 15% relative improvement');
  });
  it('has no latest figures without a later year', () => {
    const r = measureImpact({ measure: e, schoolIds: ['s1'], results, comparators, baselineYear: 2003, latestYear: null, threshold: 15, thresholdKind: 'percentage-points' });
    expect(r.improvement.improved.denominator).toBe(0);
  });
  it('finds the latest year after the baseline', () => {
    expect(latestYearAfter([{ year: 2003 }, { year: 2005 }, { year: 2004 }], 2003)).toBe(2005);
    expect(latestYearAfter([{ year: 2003 }], 2003)).toBeNull();
    expect(resultsYearLabel(2004)).toBe('2004 (2003/04)');
  });
});

describe('targets', () => {
  const objective: Objective = {
    ...base, id: 'o', planId: 'p', priorityId: 'pr', title: 'More level 4s', order: 1,
    successCriteria: [
      { kind: 'measure', measureId: 'e', schoolId: null, from: 63, to: 70, byDate: '2005-07-31', description: '' },
      { kind: 'measure', measureId: 'e', schoolId: 's2', from: 50, to: 65, byDate: '2005-07-31', description: '' },
      { kind: 'qualitative', description: 'x' },
    ],
  };
  it('come from measure success criteria, a school’s own before the triad’s', () => {
    const targets = targetsFor([objective], 'e');
    expect(targets).toHaveLength(2);
    expect(targetForSchool(targets, 's2')!.to).toBe(65);
    expect(targetForSchool(targets, 's1')!.to).toBe(70);
    expect(targetsFor([objective], 'm')).toEqual([]);
  });
});

describe('targetStatus', () => {
  const measure = { id: 'm', derivedFrom: null, unit: 'percent' as const, higherIsBetter: true };
  const at = '2005-01-01T00:00:00.000Z';
  const r = (schoolId: string, year: number, value: number) => ({ id: `${schoolId}${year}`, createdAt: at, updatedAt: at, triadId: 't', schoolId, measureId: 'm', year, value, source: 'manual' as const, note: '' });
  it('marks a target met, not met or not yet known from the results of its year', () => {
    const results = new ResultIndex([r('a', 2005, 72), r('b', 2005, 60)]);
    const base = { measure, schoolIds: ['a', 'b'], results };
    expect(targetStatus({ ...base, target: { schoolId: 'a', to: 70, byDate: '2005-07-31' } })).toMatchObject({ state: 'met', text: 'met: 72% in 2005 against a target of 70%' });
    expect(targetStatus({ ...base, target: { schoolId: 'b', to: 70, byDate: '2005-07-31' } }).state).toBe('not-met');
    expect(targetStatus({ ...base, target: { schoolId: null, to: 65, byDate: '2005-07-31' } })).toMatchObject({ state: 'met', value: 66 });
    expect(targetStatus({ ...base, target: { schoolId: 'a', to: 70, byDate: '2006-07-31' } })).toMatchObject({ state: 'not-yet-known', text: 'not yet known: no 2006 results against a target of 70%' });
    expect(targetStatus({ ...base, schoolIds: ['a', 'b', 'c'], target: { schoolId: null, to: 65, byDate: '2005-07-31' } }).state).toBe('not-yet-known');
  });
});
