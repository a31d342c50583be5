/**
 * Each school's change on the triad's headline measure, from its baseline results year to its
 * latest results. Kept small: the impact area owns the full statistics.
 */
import type { Measure, Result, School, ThresholdKind, Triad } from './model';

export interface HeadlineData {
  triad: Triad;
  schools: School[];
  measures: Measure[];
  results: Result[];
}

export interface SchoolChange {
  schoolId: string;
  school: string;
  role: School['role'];
  baselineYear: number;
  baseline: number | null;
  latestYear: number | null;
  latest: number | null;
  /** latest − baseline, in the measure's own units (percentage points for a percentage). */
  changePoints: number | null;
  /** (latest − baseline) ÷ baseline, as a percentage; null when the baseline is 0. */
  changeRelative: number | null;
  /** Better than the baseline, taking account of measures where lower is better. */
  improved: boolean | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A school's value for a measure in a results year, computing a derived (headline) measure from its parts. */
export function measureValue(data: Pick<HeadlineData, 'measures' | 'results'>, measure: Measure, schoolId: string, year: number): number | null {
  if (measure.derivedFrom) {
    const parts = measure.derivedFrom.measureIds.map((id) => {
      const part = data.measures.find((m) => m.id === id);
      return part && !part.derivedFrom ? measureValue(data, part, schoolId, year) : null;
    });
    if (parts.length === 0 || parts.some((v) => v === null)) return null;
    const values = parts as number[];
    return measure.derivedFrom.method === 'minimum' ? Math.min(...values) : round2(values.reduce((a, b) => a + b, 0) / values.length);
  }
  const found = data.results.filter((r) => r.schoolId === schoolId && r.measureId === measure.id && r.year === year);
  return found.length === 0 ? null : found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!.value;
}

export function headlineMeasure(data: Pick<HeadlineData, 'triad' | 'measures'>): Measure | null {
  return data.measures.find((m) => m.id === data.triad.headlineMeasureId) ?? null;
}

/** The improvement in the chosen kind: positive means better, whichever way the measure runs. */
export function improvementIn(change: SchoolChange, kind: ThresholdKind, higherIsBetter: boolean): number | null {
  const value = kind === 'percentage-points' ? change.changePoints : change.changeRelative;
  if (value === null) return null;
  return higherIsBetter ? value : -value;
}

export function schoolChanges(data: HeadlineData): SchoolChange[] {
  const measure = headlineMeasure(data);
  const schools = data.schools
    .filter((s) => s.triadId === data.triad.id)
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'coordinating' ? -1 : 1));
  return schools.map((school) => {
    const baselineYear = data.triad.baselineYear;
    const empty: SchoolChange = {
      schoolId: school.id, school: school.name, role: school.role, baselineYear,
      baseline: null, latestYear: null, latest: null, changePoints: null, changeRelative: null, improved: null,
    };
    if (!measure) return empty;
    const baseline = measureValue(data, measure, school.id, baselineYear);
    const laterYears = [...new Set(data.results.filter((r) => r.schoolId === school.id && r.year > baselineYear).map((r) => r.year))].sort((a, b) => b - a);
    let latestYear: number | null = null;
    let latest: number | null = null;
    for (const year of laterYears) {
      latest = measureValue(data, measure, school.id, year);
      if (latest !== null) {
        latestYear = year;
        break;
      }
    }
    if (baseline === null || latest === null) return { ...empty, baseline, latestYear, latest };
    const changePoints = round2(latest - baseline);
    const changeRelative = baseline === 0 ? null : round2(((latest - baseline) / baseline) * 100);
    const improved = measure.higherIsBetter ? changePoints > 0 : changePoints < 0;
    return { ...empty, baseline, latestYear, latest, changePoints, changeRelative, improved };
  });
}

/** A school's headline values for every results year from the baseline on (for trend charts). */
export function headlineSeries(data: HeadlineData): { years: number[]; schools: { school: string; values: (number | null)[] }[] } {
  const measure = headlineMeasure(data);
  if (!measure) return { years: [], schools: [] };
  const schoolIds = new Set(data.schools.filter((s) => s.triadId === data.triad.id).map((s) => s.id));
  const years = [...new Set(data.results.filter((r) => schoolIds.has(r.schoolId) && r.year >= data.triad.baselineYear).map((r) => r.year))].sort((a, b) => a - b);
  return {
    years,
    schools: schoolChanges(data).map((change) => ({
      school: change.school,
      values: years.map((year) => measureValue(data, measure, change.schoolId, year)),
    })),
  };
}

export function describeThreshold(threshold: number, kind: ThresholdKind): string {
  return kind === 'percentage-points' ? `${threshold} percentage points` : `${threshold}% of the baseline (relative change)`;
}
