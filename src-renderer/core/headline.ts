/**
 * Each school's change on its triad's headline measure, from the baseline results year to the
 * school's latest results, worked out with the impact statistics (`core/impact-stats.ts`).
 */
import { headlineValue, triadImprovement, type MaybeNumber } from './impact-stats';
import { comparisonProblem } from './ks2-eras';
import type { Measure, Result, School, ThresholdKind, Triad } from './model';

export interface HeadlineData {
  triad: Triad;
  schools: School[];
  measures: Measure[];
  results: Result[];
}

export interface HeadlineRow {
  schoolId: string;
  school: string;
  role: School['role'];
  baselineYear: number;
  baseline: MaybeNumber;
  latestYear: number | null;
  latest: MaybeNumber;
  /** latest − baseline in the measure's units (percentage points for a percentage). */
  changePoints: MaybeNumber;
  /** Change as a percentage of the baseline; null from a baseline of 0. */
  changeRelative: MaybeNumber;
  /** Better than the baseline, whichever way the measure runs; null without both results. */
  improved: boolean | null;
  /** Improved by more than the threshold (strictly); null without the figures to judge. */
  aboveThreshold: boolean | null;
  /** Why the latest results cannot be compared with the baseline (an era break), or null. */
  problem: string | null;
  /** Eligible pupils the change rests on: the smaller of the baseline and latest cohorts, where known. */
  pupils: number | null;
}

export function headlineMeasure(data: Pick<HeadlineData, 'triad' | 'measures'>): Measure | null {
  return data.measures.find((m) => m.id === data.triad.headlineMeasureId) ?? null;
}

/** Eligible pupils behind a school's value (for a derived measure, the smallest known among its parts). */
export function schoolPupils(data: Pick<HeadlineData, 'results'>, measure: Measure, schoolId: string, year: number): number | null {
  const ids = new Set(measure.derivedFrom ? measure.derivedFrom.measureIds : [measure.id]);
  const known = data.results
    .filter((r) => r.schoolId === schoolId && r.year === year && ids.has(r.measureId))
    .map((r) => r.eligiblePupils)
    .filter((n): n is number => typeof n === 'number' && n > 0);
  return known.length ? Math.min(...known) : null;
}

/** A school's value on a measure in a results year; a derived measure is computed from its parts. */
export function schoolValue(data: Pick<HeadlineData, 'results'>, measure: Measure, schoolId: string, year: number): MaybeNumber {
  const values: Record<string, MaybeNumber> = {};
  for (const r of data.results) if (r.schoolId === schoolId && r.year === year) values[r.measureId] = r.value;
  return headlineValue(measure, values);
}

function sortedSchools(data: HeadlineData): School[] {
  return data.schools
    .filter((s) => s.triadId === data.triad.id)
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'coordinating' ? -1 : 1));
}

/** Every school's baseline, latest result and change, judged against the given threshold. */
export function headlineRows(data: HeadlineData, threshold: number, thresholdKind: ThresholdKind): HeadlineRow[] {
  const measure = headlineMeasure(data);
  const schools = sortedSchools(data);
  const baselineYear = data.triad.baselineYear;
  const baselineBySchool: Record<string, MaybeNumber> = {};
  const latestBySchool: Record<string, MaybeNumber> = {};
  const latestYearBySchool: Record<string, number | null> = {};
  const problemBySchool: Record<string, string | null> = {};
  for (const school of schools) {
    problemBySchool[school.id] = null;
    baselineBySchool[school.id] = measure ? schoolValue(data, measure, school.id, baselineYear) : null;
    latestYearBySchool[school.id] = null;
    latestBySchool[school.id] = null;
    if (!measure) continue;
    const years = [...new Set(data.results.filter((r) => r.schoolId === school.id && r.year > baselineYear).map((r) => r.year))].sort((a, b) => b - a);
    for (const year of years) {
      const value = schoolValue(data, measure, school.id, year);
      if (value !== null) {
        latestYearBySchool[school.id] = year;
        // Across an era break the latest value is shown but never set against the baseline.
        problemBySchool[school.id] = comparisonProblem(measure, baselineYear, year);
        latestBySchool[school.id] = problemBySchool[school.id] ? null : value;
        break;
      }
    }
  }
  const judged = triadImprovement({
    schools: schools.map((s) => s.id),
    baselineBySchool,
    latestBySchool,
    threshold,
    thresholdKind,
    higherIsBetter: measure?.higherIsBetter ?? true,
  });
  return schools.map((school, i) => {
    const row = judged.perSchool[i]!;
    const latestYear = latestYearBySchool[school.id] ?? null;
    const cohorts = measure
      ? [schoolPupils(data, measure, school.id, baselineYear), latestYear === null ? null : schoolPupils(data, measure, school.id, latestYear)].filter((n): n is number => n !== null)
      : [];
    const problem = problemBySchool[school.id] ?? null;
    return {
      schoolId: school.id,
      school: school.name,
      role: school.role,
      baselineYear,
      baseline: row.baseline,
      latestYear,
      latest: problem && measure && latestYear !== null ? schoolValue(data, measure, school.id, latestYear) : row.latest,
      changePoints: row.change.points,
      changeRelative: row.change.relativePercent,
      improved: row.improved,
      aboveThreshold: row.aboveThreshold,
      problem,
      pupils: cohorts.length ? Math.min(...cohorts) : null,
    };
  });
}

/** Each school's headline values for every results year from the baseline on (for charts). */
export function headlineSeries(data: HeadlineData): { years: number[]; schools: { school: string; values: MaybeNumber[] }[] } {
  const measure = headlineMeasure(data);
  if (!measure) return { years: [], schools: [] };
  const schools = sortedSchools(data);
  const ids = new Set(schools.map((s) => s.id));
  const years = [...new Set(data.results.filter((r) => ids.has(r.schoolId) && r.year >= data.triad.baselineYear).map((r) => r.year))].sort((a, b) => a - b);
  return { years, schools: schools.map((s) => ({ school: s.name, values: years.map((year) => schoolValue(data, measure, s.id, year)) })) };
}
