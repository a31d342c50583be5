/**
 * KS2 assessment eras. Results from different eras measure different things and must never be
 * compared: 2003–2015 reported "% of pupils reaching level 4 or above"; from 2016 "% meeting the
 * expected standard" (a higher bar, scaled scores); there were no KS2 tests in 2020 or 2021.
 *
 * Pure, so the results grid, the impact summary, the roll-up, the import and the PDFs all ask
 * the same question: `comparisonProblem(measure, baselineYear, year)`.
 */
import type { Measure, MeasureEra } from './model';

/** The era of a results year: what KS2 results of that summer meant (if there were any). */
export type YearEra = 'level-4' | 'expected-standard' | 'no-tests';

export const FIRST_EXPECTED_STANDARD_YEAR = 2016;
/** Summers with no KS2 tests (the pandemic). */
export const YEARS_WITHOUT_TESTS: readonly number[] = [2020, 2021];

export const ERA_LABEL: Record<YearEra, string> = {
  'level-4': 'the level 4+ era (up to 2015)',
  'expected-standard': 'the expected-standard era (2016 onward)',
  'no-tests': 'a year with no KS2 tests',
};

export function yearEra(year: number): YearEra {
  if (YEARS_WITHOUT_TESTS.includes(year)) return 'no-tests';
  return year < FIRST_EXPECTED_STANDARD_YEAR ? 'level-4' : 'expected-standard';
}

/**
 * The era a measure belongs to: its own `era` when the head set one, otherwise read from its name
 * and usual column ("level 4+" / "expected standard", PT…_EXP columns). `not-ks2` for measures
 * such as attendance, which no era break affects; `null` when it is KS2 but tied to no era
 * (then only the years' eras are compared).
 */
export function measureEra(measure: Pick<Measure, 'name' | 'sourceColumn'> & { era?: MeasureEra | null }): MeasureEra | 'ks2-any' {
  if (measure.era) return measure.era;
  const name = measure.name.toLowerCase();
  const column = measure.sourceColumn.trim().toUpperCase();
  if (/level\s*4|\blev(el)?4\b|\bl4\+?/.test(name) || /LEV4|LEVEL4|L4/.test(column)) return 'level-4';
  if (/expected standard|\bexp\b/.test(name) || /_EXP(_|$)/.test(column)) return 'expected-standard';
  if (/\bks2\b|key stage 2/.test(name) || column.startsWith('PT')) return 'ks2-any';
  return 'not-ks2';
}

/** "KS2 % level 4+ in English can hold only level 4+ results (up to 2015); 2019 results are expected standard." */
export function measureYearProblem(measure: Pick<Measure, 'name' | 'sourceColumn'> & { era?: MeasureEra | null }, year: number): string | null {
  const era = measureEra(measure);
  if (era === 'not-ks2') return null;
  const ofYear = yearEra(year);
  if (ofYear === 'no-tests') return `There were no KS2 tests in ${year} (none in 2020 or 2021), so there are no ${year} results for ${measure.name}.`;
  if (era === 'level-4' && ofYear !== 'level-4') {
    return `${measure.name} is a level 4+ measure, reported only up to 2015; ${year} results are from ${ERA_LABEL[ofYear]}. Use a measure for the expected standard.`;
  }
  if (era === 'expected-standard' && ofYear !== 'expected-standard') {
    return `${measure.name} is an expected-standard measure, reported from 2016; ${year} results are from ${ERA_LABEL[ofYear]}. Use a level 4+ measure.`;
  }
  return null;
}

/**
 * Why `year` cannot be compared with the baseline on this measure, in plain English, or null when
 * it can. Refused: either year without tests, the two years in different eras, or a year outside
 * the measure's own era.
 */
export function comparisonProblem(
  measure: Pick<Measure, 'name' | 'sourceColumn'> & { era?: MeasureEra | null },
  baselineYear: number,
  year: number | null,
): string | null {
  if (year === null || measureEra(measure) === 'not-ks2') return null;
  const base = yearEra(baselineYear);
  const later = yearEra(year);
  if (base === 'no-tests' || later === 'no-tests') {
    return `No comparison: there were no KS2 tests in 2020 or 2021, so ${base === 'no-tests' ? `the ${baselineYear} baseline` : `${year}`} has no results to compare.`;
  }
  if (base !== later) {
    return `No comparison: the ${baselineYear} baseline is from ${ERA_LABEL[base]} and ${year} results are from ${ERA_LABEL[later]}. The measures changed in 2016 (level 4+ became the higher expected standard), so a change across them would not be a real change. Compare years within one era.`;
  }
  const problem = measureYearProblem(measure, year) ?? measureYearProblem(measure, baselineYear);
  return problem ? `No comparison: ${problem}` : null;
}
