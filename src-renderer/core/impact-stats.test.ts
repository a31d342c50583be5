import { describe, expect, it } from 'vitest';
import {
  aboveThresholdLabel,
  averageChange,
  changeFromBaseline,
  describeDerivation,
  describeRate,
  describeShare,
  describeThreshold,
  formatPoints,
  formatRelative,
  headlineValue,
  rateAgainst,
  triadImprovement,
} from './impact-stats';

describe('changeFromBaseline', () => {
  it('gives points and relative per cent', () => {
    expect(changeFromBaseline(60, 75)).toEqual({ points: 15, relativePercent: 25 });
    expect(changeFromBaseline(80, 72)).toEqual({ points: -8, relativePercent: -10 });
  });
  it('keeps missing values missing, never zero', () => {
    expect(changeFromBaseline(null, 70)).toEqual({ points: null, relativePercent: null });
    expect(changeFromBaseline(70, null)).toEqual({ points: null, relativePercent: null });
    expect(changeFromBaseline(null, null)).toEqual({ points: null, relativePercent: null });
  });
  it('gives no relative change from a baseline of 0, but does give points', () => {
    expect(changeFromBaseline(0, 20)).toEqual({ points: 20, relativePercent: null });
  });
  it('treats a real 0 result as a value, not as missing', () => {
    expect(changeFromBaseline(40, 0)).toEqual({ points: -40, relativePercent: -100 });
  });
  it('removes floating-point noise', () => {
    expect(changeFromBaseline(63.1, 78.1).points).toBe(15);
  });
});

describe('headlineValue', () => {
  const english = { id: 'e', derivedFrom: null };
  const headline = { id: 'h', derivedFrom: { method: 'average' as const, measureIds: ['e', 'm'] } };
  const minimum = { id: 'h', derivedFrom: { method: 'minimum' as const, measureIds: ['e', 'm'] } };
  it('averages or takes the minimum of its inputs', () => {
    expect(headlineValue(headline, { e: 70, m: 65 })).toBe(67.5);
    expect(headlineValue(minimum, { e: 70, m: 65 })).toBe(65);
    expect(headlineValue(headline, new Map([['e', 70], ['m', 60]]))).toBe(65);
  });
  it('is missing if any input is missing', () => {
    expect(headlineValue(headline, { e: 70 })).toBeNull();
    expect(headlineValue(minimum, { e: 70, m: null })).toBeNull();
  });
  it('is missing with no inputs chosen', () => {
    expect(headlineValue({ id: 'h', derivedFrom: { method: 'average', measureIds: [] } }, {})).toBeNull();
  });
  it('returns an ordinary measure’s own value', () => {
    expect(headlineValue(english, { e: 71 })).toBe(71);
    expect(headlineValue(english, {})).toBeNull();
  });
  it('describes the choice', () => {
    const names: Record<string, string> = { e: 'English', m: 'maths' };
    expect(describeDerivation(headline, (id) => names[id]!)).toBe('average of English and maths');
    expect(describeDerivation(minimum, (id) => names[id]!)).toBe('lower (minimum) of English and maths');
  });
});

describe('describeThreshold', () => {
  it('names the kind', () => {
    expect(describeThreshold(15, 'percentage-points')).toBe('more than 15 percentage points');
    expect(describeThreshold(15, 'relative-percent')).toBe('more than 15% relative improvement');
    expect(describeThreshold(1, 'percentage-points')).toBe('more than 1 percentage point');
    expect(describeThreshold(7.5, 'percentage-points')).toBe('more than 7.5 percentage points');
    expect(aboveThresholdLabel(15, 'percentage-points')).toBe('Schools improved by more than 15 percentage points');
    expect(aboveThresholdLabel(15, 'relative-percent')).toBe('Schools with more than 15% relative improvement');
  });
});

describe('triadImprovement', () => {
  const schools = ['a', 'b', 'c'];
  it('counts improved and above a percentage-point threshold, strictly', () => {
    const r = triadImprovement({
      schools,
      baselineByschool: { a: 50, b: 60, c: 70 },
      latestBySchool: { a: 65, b: 80, c: 68 },
      threshold: 15,
      thresholdKind: 'percentage-points',
    });
    // a: +15 exactly (a tie: improved, not above), b: +20 (above), c: −2.
    expect(r.perSchool.map((s) => [s.improved, s.aboveThreshold])).toEqual([[true, false], [true, true], [false, false]]);
    expect(r.improved).toEqual({ count: 2, denominator: 3, percent: expect.closeTo(66.6667, 3), missing: 0 });
    expect(r.aboveThreshold).toMatchObject({ count: 1, denominator: 3, missing: 0 });
    expect(r.thresholdKind).toBe('percentage-points');
    expect(r.thresholdDescription).toBe('more than 15 percentage points');
    expect(r.strict).toBe(true);
  });
  it('counts above a relative threshold, strictly, with the same data giving a different answer', () => {
    const r = triadImprovement({
      schools,
      baselineBySchool: { a: 50, b: 60, c: 40 },
      latestBySchool: { a: 65, b: 69, c: 46 },
      threshold: 15,
      thresholdKind: 'relative-percent',
    });
    // a: +30% (above), b: +15% exactly (a tie: not above), c: +15% exactly.
    expect(r.perSchool.map((s) => s.aboveThreshold)).toEqual([true, false, false]);
    expect(r.aboveThreshold).toMatchObject({ count: 1, denominator: 3 });
    expect(r.improved).toMatchObject({ count: 3, denominator: 3 });
    expect(r.thresholdDescription).toBe('more than 15% relative improvement');
    const asPoints = triadImprovement({ schools, baselineBySchool: { a: 50, b: 60, c: 40 }, latestBySchool: { a: 65, b: 69, c: 46 }, threshold: 15, thresholdKind: 'percentage-points' });
    expect(asPoints.aboveThreshold.count).toBe(0);
  });
  it('treats a tie made of decimals as a tie', () => {
    const r = triadImprovement({ schools: ['a'], baselineBySchool: { a: 63.1 }, latestBySchool: { a: 78.1 }, threshold: 15, thresholdKind: 'percentage-points' });
    expect(r.perSchool[0]!.aboveThreshold).toBe(false);
    expect(r.perSchool[0]!.improved).toBe(true);
  });
  it('leaves schools with missing or suppressed data out of the denominator', () => {
    const r = triadImprovement({
      schools,
      baselineBySchool: { a: 50, b: null, c: 70 },
      latestBySchool: { a: 70, b: 80 },
      threshold: 15,
      thresholdKind: 'percentage-points',
    });
    expect(r.perSchool.map((s) => s.improved)).toEqual([true, null, null]);
    expect(r.improved).toEqual({ count: 1, denominator: 1, percent: 100, missing: 2 });
    expect(describeShare(r.improved)).toBe('1 of 1 school (100%); 2 without results left out');
  });
  it('has no share when no school has data', () => {
    const r = triadImprovement({ schools, baselineBySchool: {}, latestBySchool: {}, threshold: 15, thresholdKind: 'relative-percent' });
    expect(r.improved).toEqual({ count: 0, denominator: 0, percent: null, missing: 3 });
    expect(describeShare(r.aboveThreshold)).toMatch(/not available/);
  });
  it('leaves a zero baseline out of a relative threshold but not of "improved"', () => {
    const r = triadImprovement({ schools: ['a'], baselineBySchool: { a: 0 }, latestBySchool: { a: 30 }, threshold: 15, thresholdKind: 'relative-percent' });
    expect(r.improved).toMatchObject({ count: 1, denominator: 1 });
    expect(r.aboveThreshold).toMatchObject({ count: 0, denominator: 0, missing: 1 });
  });
  it('counts a fall as improvement when lower is better', () => {
    const r = triadImprovement({ schools: ['a'], baselineBySchool: { a: 8 }, latestBySchool: { a: 5 }, threshold: 2, thresholdKind: 'percentage-points', higherIsBetter: false });
    expect(r.perSchool[0]).toMatchObject({ improved: true, aboveThreshold: true });
  });
  it('does not count no change as improvement', () => {
    const r = triadImprovement({ schools: ['a'], baselineBySchool: { a: 60 }, latestBySchool: { a: 60 }, threshold: 0, thresholdKind: 'percentage-points' });
    expect(r.perSchool[0]).toMatchObject({ improved: false, aboveThreshold: false });
  });
  it('averages the change over schools with data', () => {
    const r = triadImprovement({ schools, baselineBySchool: { a: 50, b: 60 }, latestBySchool: { a: 60, b: 66, c: 90 }, threshold: 15, thresholdKind: 'percentage-points' });
    expect(averageChange(r.perSchool)).toBe(8);
    expect(averageChange(r.perSchool, 'relative-percent')).toBe(15);
    expect(averageChange([])).toBeNull();
  });
});

describe('rateAgainst', () => {
  it('gives the multiple of the comparator’s rate', () => {
    expect(rateAgainst(6.2, 2)).toEqual({ ratio: 3.1, reason: 'ok' });
    expect(describeRate(rateAgainst(6.2, 2), 'national')).toBe('3.1× the national rate');
    expect(rateAgainst(-2, 4)).toEqual({ ratio: -0.5, reason: 'ok' });
  });
  it('gives none when either is missing or the comparator did not improve', () => {
    expect(rateAgainst(null, 2)).toEqual({ ratio: null, reason: 'missing' });
    expect(rateAgainst(5, null)).toEqual({ ratio: null, reason: 'missing' });
    expect(rateAgainst(5, 0)).toEqual({ ratio: null, reason: 'comparator-not-improving' });
    expect(rateAgainst(5, -1)).toEqual({ ratio: null, reason: 'comparator-not-improving' });
    expect(describeRate(rateAgainst(5, 0), 'local authority')).toMatch(/did not improve/);
    expect(describeRate(rateAgainst(null, 1), 'national')).toBe('not available against the national rate');
  });
});

describe('formatting', () => {
  it('formats changes with signs and missing as "not available"', () => {
    expect(formatPoints(5.25)).toBe('+5.3 points');
    expect(formatPoints(-3)).toBe('−3 points');
    expect(formatPoints(1)).toBe('+1 point');
    expect(formatPoints(null)).toBe('not available');
    expect(formatRelative(8.333)).toBe('+8.3%');
    expect(formatRelative(null)).toBe('not available');
  });
});
