/**
 * For a success criterion that is a target on a measure: the latest figure on paper and whether
 * the target is met. Kept apart so the impact model's results (eligible pupils, eras) plug in here.
 */
import { headlineValue, type MaybeNumber } from './impact-stats';
import type { Measure, Result, SuccessCriterion } from './model';

export interface CriterionProgress {
  /** "Latest: 67% (2004 results, triad average)". */
  latest: string;
  met: boolean | null;
}

function valueFor(results: readonly Result[], measure: Measure, schoolId: string, year: number): MaybeNumber {
  const values: Record<string, MaybeNumber> = {};
  for (const r of results) if (r.schoolId === schoolId && r.year === year) values[r.measureId] = r.value;
  return headlineValue(measure, values);
}

/**
 * The latest results year up to `lastYear` with a figure for the criterion's school (or the mean
 * over the triad's schools); null for a qualitative criterion or one with no figure yet.
 */
export function criterionProgress(
  criterion: SuccessCriterion,
  measures: readonly Measure[],
  results: readonly Result[],
  schoolIds: readonly string[],
  lastYear: number,
): CriterionProgress | null {
  if (criterion.kind !== 'measure') return null;
  const measure = measures.find((m) => m.id === criterion.measureId);
  if (!measure) return null;
  const who = criterion.schoolId ? [criterion.schoolId] : schoolIds;
  const years = [...new Set(results.filter((r) => r.year <= lastYear && who.includes(r.schoolId)).map((r) => r.year))].sort((a, b) => b - a);
  for (const year of years) {
    const values = who.map((id) => valueFor(results, measure, id, year)).filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const value = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    const unit = measure.unit === 'percent' ? '%' : '';
    const met = measure.higherIsBetter ? value >= criterion.to : value <= criterion.to;
    return { latest: `Latest: ${value}${unit} (${year} results${criterion.schoolId ? '' : ', triad average'})`, met };
  }
  return null;
}
