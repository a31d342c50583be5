import { describe, expect, it } from 'vitest';
import { comparisonProblem, measureEra, yearEra } from './ks2-eras';
import { isSmallCohort, parseThreshold, pointsPerPupil } from './impact-stats';

const level4 = { name: 'KS2 % level 4+ in English', sourceColumn: '' };
const expected = { name: 'KS2 % meeting the expected standard in RWM', sourceColumn: 'PTRWM_EXP' };
const headline = { name: 'KS2 headline: English and maths', sourceColumn: '' };
const attendance = { name: 'Attendance', sourceColumn: '' };

describe('assessment eras', () => {
  it('places years and measures in their era', () => {
    expect([2003, 2015, 2016, 2019, 2020, 2021, 2022].map(yearEra)).toEqual(['level-4', 'level-4', 'expected-standard', 'expected-standard', 'no-tests', 'no-tests', 'expected-standard']);
    expect(measureEra(level4)).toBe('level-4');
    expect(measureEra(expected)).toBe('expected-standard');
    expect(measureEra({ name: 'Reading', sourceColumn: 'PTREAD_EXP' })).toBe('expected-standard');
    expect(measureEra(headline)).toBe('ks2-any');
    expect(measureEra(attendance)).toBe('not-ks2');
    expect(measureEra({ ...attendance, era: 'level-4' })).toBe('level-4');
  });
  it('refuses a 2003 level 4+ baseline against 2019 results, and 2020–21', () => {
    expect(comparisonProblem(level4, 2003, 2004)).toBeNull();
    expect(comparisonProblem(headline, 2003, 2019)).toMatch(/^No comparison: the 2003 baseline is from the level 4\+ era \(up to 2015\) and 2019 results are from the expected-standard era/);
    expect(comparisonProblem(level4, 2003, 2019)).toMatch(/changed in 2016/);
    expect(comparisonProblem(expected, 2019, 2021)).toMatch(/no KS2 tests in 2020 or 2021/);
    expect(comparisonProblem(level4, 2018, 2019)).toMatch(/level 4\+ measure, reported only up to 2015/);
    expect(comparisonProblem(expected, 2017, 2019)).toBeNull();
    expect(comparisonProblem(attendance, 2003, 2021)).toBeNull();
    expect(comparisonProblem(level4, 2003, null)).toBeNull();
  });
});

describe('parseThreshold', () => {
  it('accepts "15", "15%" and "15 points", and says the reading when the text does', () => {
    expect(parseThreshold('15')).toEqual({ ok: true, value: 15, kind: null });
    expect(parseThreshold(' 15% ')).toEqual({ ok: true, value: 15, kind: null });
    expect(parseThreshold('15 points')).toEqual({ ok: true, value: 15, kind: 'percentage-points' });
    expect(parseThreshold('15 percentage points')).toEqual({ ok: true, value: 15, kind: 'percentage-points' });
    expect(parseThreshold('12.5pp')).toEqual({ ok: true, value: 12.5, kind: 'percentage-points' });
    expect(parseThreshold('15% relative')).toEqual({ ok: true, value: 15, kind: 'relative-percent' });
  });
  it('refuses anything else with an example of what it takes', () => {
    for (const bad of ['', 'fifteen', '150', '-3', '15 apples']) expect(parseThreshold(bad)).toMatchObject({ ok: false, error: expect.stringMatching(/15, 15% or 15 points/) });
  });
});

describe('small cohorts', () => {
  it('flags 10 or fewer eligible pupils and says what one pupil is worth', () => {
    expect([null, 0, 8, 10, 11, 60].map(isSmallCohort)).toEqual([false, false, true, true, false, false]);
    expect(pointsPerPupil(12)).toBe('1 pupil = 8.3 points');
    expect(pointsPerPupil(null)).toBeNull();
  });
});
