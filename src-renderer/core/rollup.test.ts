import { describe, expect, it } from 'vitest';
import type { LedgerEntry, Measure, Result, School, Triad } from './model';
import { buildRollup, csvBytes, describeReadings, formatPercent, rollupCsv, triadThresholdSettings, type RollupTriadInput } from './rollup';

const at = '2004-09-01T09:00:00.000Z';
let counter = 0;
const id = (prefix: string) => `${prefix}-${++counter}`;

function triad(name: string, cohort: string, overrides: Partial<Triad> = {}): Triad {
  return {
    id: id('triad'), createdAt: at, updatedAt: at, name, localAuthority: 'Sandwell', cohort, firstYear: 2003, programmeYears: 3,
    annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: null, improvementThreshold: 15,
    thresholdKind: 'percentage-points', ...overrides,
  };
}

function school(triadId: string, name: string, role: School['role'] = 'partner'): School {
  return {
    id: id('school'), createdAt: at, updatedAt: at, triadId, role, name, urn: '', dfeNumber: '', phase: 'Primary', address: '',
    postcode: '', headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none',
  };
}

function measure(triadId: string, name: string, overrides: Partial<Measure> = {}): Measure {
  return { id: id('measure'), createdAt: at, updatedAt: at, triadId, name, unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom: null, order: 1, ...overrides };
}

function result(triadId: string, schoolId: string, measureId: string, year: number, value: number): Result {
  return { id: id('result'), createdAt: at, updatedAt: at, triadId, schoolId, measureId, year, value, source: 'manual', note: '' };
}

function payment(triadId: string, amountPence: number, overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id: id('ledger'), createdAt: at, updatedAt: at, triadId, year: 2003, kind: 'payment', date: '2004-01-10', payee: 'Supply cover',
    description: '', amountPence, budgetLineId: 'line', actionId: null, schoolId: null, reference: '', status: 'paid',
    commitmentId: null, evidenceFileId: null, overrideReason: '', ...overrides,
  };
}

/** A triad whose three schools moved from the baselines to the latest values on an English measure. */
function triadWith(name: string, cohort: string, changes: [number, number][], spentPence = 0): RollupTriadInput {
  const t = triad(name, cohort);
  const english = measure(t.id, 'KS2 English level 4+');
  t.headlineMeasureId = english.id;
  const schools = changes.map((_, i) => school(t.id, `${name} school ${i + 1}`, i === 0 ? 'coordinating' : 'partner'));
  const results = changes.flatMap(([from, to], i) => [result(t.id, schools[i]!.id, english.id, 2003, from), result(t.id, schools[i]!.id, english.id, 2004, to)]);
  return { triad: t, schools, measures: [english], results, budgetYears: [], budgetLines: [], allocations: [], ledgerEntries: spentPence ? [payment(t.id, spentPence)] : [] };
}

describe('buildRollup', () => {
  const options = { threshold: 15, thresholdKind: 'percentage-points' as const };

  it('gives each triad its programme allocation, spend and what remains', () => {
    const input = triadWith('Oldbury', 'Cohort 1', [[60, 62]], 1_234_567);
    input.ledgerEntries.push(payment(input.triad.id, 99_999, { status: 'cancelled' }));
    input.ledgerEntries.push(payment(input.triad.id, 500_000, { kind: 'commitment', status: 'open' }));
    input.budgetYears.push({ id: 'by', createdAt: at, updatedAt: at, triadId: input.triad.id, year: 2004, allocationPence: 4_000_000, carriedInPence: 0, carryForward: null });
    const [row] = buildRollup([input], options).triads;
    expect(row).toMatchObject({ triad: 'Oldbury', cohort: 'Cohort 1', allocationPence: 14_000_000, spentPence: 1_234_567, committedPence: 500_000, remainingPence: 14_000_000 - 1_234_567 - 500_000 });
  });

  it('works out each school’s change and the shares per cohort and overall', () => {
    const rollup = buildRollup(
      [
        triadWith('Tipton', 'Cohort 2', [[50, 70], [60, 55], [40, 41]]),
        triadWith('Oldbury', 'Cohort 1', [[60, 80], [70, 71], [55, 55]]),
        triadWith('Wednesbury', 'Cohort 1', [[30, 46], [80, 95], [50, 60]]),
      ],
      options,
    );
    expect(rollup.triads.map((t) => t.triad)).toEqual(['Oldbury', 'Wednesbury', 'Tipton']);
    const tipton = rollup.schools.filter((s) => s.triad === 'Tipton');
    expect(tipton.map((s) => [s.changePoints, s.improved, s.aboveThreshold])).toEqual([[20, true, true], [-5, false, false], [1, true, false]]);
    expect(rollup.cohorts).toEqual([
      expect.objectContaining({ cohort: 'Cohort 1', triads: 2, schools: 6, withResults: 6, improved: 5, aboveThreshold: 2, improvedPercent: 83.3, aboveThresholdPercent: 33.3 }),
      expect.objectContaining({ cohort: 'Cohort 2', triads: 1, schools: 3, withResults: 3, improved: 2, aboveThreshold: 1, improvedPercent: 66.7, aboveThresholdPercent: 33.3 }),
    ]);
    // No pupil numbers in these files: the pupil-weighted figure says so rather than guessing.
    expect(rollup.overall).toMatchObject({ improvedPupilPercent: null, withoutPupils: 9, smallCohorts: 0, notComparable: 0 });
    expect(rollup.overall).toMatchObject({ cohort: 'All cohorts', triads: 3, schools: 9, improved: 7, aboveThreshold: 3, improvedPercent: 77.8, aboveThresholdPercent: 33.3 });
    expect(rollup.thresholdText).toBe('more than 15 percentage points');
  });

  it('uses the relative change when asked, and says so', () => {
    const rollup = buildRollup([triadWith('Oldbury', 'Cohort 1', [[40, 47], [80, 90]])], { threshold: 15, thresholdKind: 'relative-percent' });
    // 40 → 47 is +17.5% of the baseline; 80 → 90 is +12.5%.
    expect(rollup.schools.map((s) => [s.changeRelative, s.aboveThreshold])).toEqual([[17.5, true], [12.5, false]]);
    expect(rollup.thresholdText).toBe('more than 15% relative improvement');
  });

  it('counts a fall as improvement where lower is better, and leaves schools without results out of the shares', () => {
    const input = triadWith('Smethwick', 'Cohort 1', [[10, 7], [8, 9]]);
    input.measures[0]!.higherIsBetter = false;
    input.schools.push(school(input.triad.id, 'Tividale new school'));
    const rollup = buildRollup([input], options);
    expect(rollup.schools.map((s) => s.improved)).toEqual([true, false, null]);
    expect(rollup.overall).toMatchObject({ schools: 3, withResults: 2, improved: 1, improvedPercent: 50 });
  });

  it('computes a derived headline measure from its parts', () => {
    const t = triad('Derived', 'Cohort 1');
    const english = measure(t.id, 'English');
    const maths = measure(t.id, 'Maths');
    const headline = measure(t.id, 'English and maths (average)', { derivedFrom: { method: 'average', measureIds: [english.id, maths.id] } });
    t.headlineMeasureId = headline.id;
    const s = school(t.id, 'Only school', 'coordinating');
    const results = [result(t.id, s.id, english.id, 2003, 60), result(t.id, s.id, maths.id, 2003, 70), result(t.id, s.id, english.id, 2005, 80), result(t.id, s.id, maths.id, 2005, 90)];
    const rollup = buildRollup([{ triad: t, schools: [s], measures: [english, maths, headline], results, budgetYears: [], budgetLines: [], allocations: [], ledgerEntries: [] }], options);
    expect(rollup.schools[0]).toMatchObject({ measure: 'English and maths (average)', baseline: 65, latest: 85, latestYear: 2005, changePoints: 20, aboveThreshold: true });
  });

  it('shows nothing to divide as a dash', () => {
    const rollup = buildRollup([], options);
    expect(rollup.overall.improvedPercent).toBeNull();
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(41.7)).toBe('41.7%');
  });
});

describe('rollupCsv', () => {
  it('writes the three tables with plain pounds, quoting and a byte-order mark', () => {
    const input = triadWith('Oldbury, West', 'Cohort 1', [[60, 80]], 1_250_050);
    const text = rollupCsv(buildRollup([input], { threshold: 15, thresholdKind: 'percentage-points' }));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Triads');
    expect(lines[2]).toBe('Cohort 1,"Oldbury, West",Sandwell,150000.00,0.00,12500.50,137499.50');
    expect(text).toContain('Cohort 1,"Oldbury, West","Oldbury, West school 1",Co-ordinating,KS2 English level 4+,2003,60,2004,80,20,33.33,Yes,Yes');
    expect(text).toContain('All cohorts,1,1,1,1,100,1,100');
    const bytes = csvBytes(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('stops a name being read as a spreadsheet formula', () => {
    const input = triadWith('=HYPERLINK("x")', 'Cohort 1', []);
    expect(rollupCsv(buildRollup([input], { threshold: 15, thresholdKind: 'percentage-points' }))).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('honest roll-up figures', () => {
  const options = { threshold: 15, thresholdKind: 'percentage-points' as const };
  it('weights by eligible pupils beside the school counts, and flags small cohorts', () => {
    const input = triadWith('Oldbury', 'Cohort 1', [[60, 80], [70, 65], [50, 60]]);
    const pupils = [60, 30, 8];
    input.results = input.results.map((r) => ({ ...r, eligiblePupils: pupils[input.schools.findIndex((s) => s.id === r.schoolId)]! }));
    const { overall, schools } = buildRollup([input], options);
    expect(overall).toMatchObject({ improved: 2, withResults: 3, improvedPercent: 66.7, pupilsCounted: 98, pupilsInImproved: 68, improvedPupilPercent: 69.4, smallCohorts: 1 });
    expect(schools.map((s) => s.pupils)).toEqual([60, 30, 8]);
    expect(rollupCsv(buildRollup([input], options))).toContain('Small cohort: 10 or fewer eligible pupils');
  });
  it('does not compare a 2003 level 4+ baseline with 2019 results', () => {
    const input = triadWith('Tipton', 'Cohort 1', [[50, 70]]);
    input.results = input.results.map((r) => (r.year === 2004 ? { ...r, year: 2019 } : r));
    const { overall, schools } = buildRollup([input], options);
    expect(schools[0]).toMatchObject({ improved: null, latest: 70, latestYear: 2019, problem: expect.stringMatching(/^No comparison: the 2003 baseline is from the level 4\+ era/) });
    expect(overall).toMatchObject({ withResults: 0, notComparable: 1 });
  });
  it('starts from the triads’ own threshold settings and says when they disagree', () => {
    const relative = (name: string) => {
      const input = triadWith(name, 'Cohort 1', [[60, 70]]);
      input.triad.thresholdKind = 'relative-percent';
      return input;
    };
    const agreed = triadThresholdSettings([relative('Oldbury'), relative('Tipton')]);
    expect(agreed).toMatchObject({ agreed: true, chosen: { threshold: 15, thresholdKind: 'relative-percent' } });
    const mixed = triadThresholdSettings([relative('Oldbury'), triadWith('Wednesbury', 'Cohort 1', [[1, 2]]), relative('Tipton')]);
    expect(mixed).toMatchObject({ agreed: false, chosen: { threshold: 15, thresholdKind: 'relative-percent' } });
    expect(describeReadings(mixed.readings)).toBe('Oldbury and Tipton: more than 15% relative improvement; Wednesbury: more than 15 percentage points');
    // On a tie, percentage points (the DfE's convention).
    expect(triadThresholdSettings([relative('Oldbury'), triadWith('Wednesbury', 'Cohort 1', [[1, 2]])]).chosen.thresholdKind).toBe('percentage-points');
  });
});
