/**
 * The LEA roll-up: many triads' figures side by side, grouped by cohort. Pure: it works on the
 * records read from triads' files, never on the database.
 */
import { csvBytes, csvNumber, csvRows } from './csv-cell';
import { summariseBudget } from './budget';
import { yearFigures } from './budget-rules';
import { programmeYearList } from './dates';
import { headlineMeasure, headlineRows, type HeadlineRow } from './headline';
import { describeThreshold, formatNumber, isSmallCohort } from './impact-stats';
import type { Allocation, BudgetLine, BudgetYear, LedgerEntry, Measure, Result, School, ThresholdKind, Triad } from './model';
import { penceToPlain, sumPence } from './money';

/** One triad's records, as read from its backup (and any of its partners' returns). */
export interface RollupTriadInput {
  triad: Triad;
  schools: School[];
  measures: Measure[];
  results: Result[];
  budgetYears: BudgetYear[];
  budgetLines: BudgetLine[];
  allocations: Allocation[];
  ledgerEntries: LedgerEntry[];
}

export interface RollupOptions {
  threshold: number;
  thresholdKind: ThresholdKind;
}

export interface RollupTriadRow {
  triadId: string;
  triad: string;
  localAuthority: string;
  cohort: string;
  allocationPence: number;
  committedPence: number;
  spentPence: number;
  remainingPence: number;
}

export interface RollupSchoolRow extends HeadlineRow {
  triad: string;
  cohort: string;
  measure: string | null;
}

export interface ShareFigures {
  /** The cohort's name, or "All cohorts". */
  cohort: string;
  triads: number;
  schools: number;
  /** Schools with both a baseline and a later result on their headline measure. */
  withResults: number;
  improved: number;
  aboveThreshold: number;
  /** Percentages of `withResults`, or null when no school has results. */
  improvedPercent: number | null;
  aboveThresholdPercent: number | null;
  /** Schools whose latest results are from another assessment era than the baseline: not compared. */
  notComparable: number;
  /** Schools with results whose change rests on 10 or fewer eligible pupils. */
  smallCohorts: number;
  /**
   * Pupil-weighted: eligible pupils in schools that improved, as a share of the eligible pupils in
   * schools with results and known pupil numbers. Null when no such school has pupil numbers.
   */
  pupilsCounted: number;
  pupilsInImproved: number;
  improvedPupilPercent: number | null;
  /** Schools with results but no pupil numbers, left out of the pupil-weighted figure. */
  withoutPupils: number;
}

/** One reading of the threshold, and the triads whose files use it. */
export interface ThresholdReading {
  threshold: number;
  thresholdKind: ThresholdKind;
  triads: string[];
}

export interface ThresholdSettings {
  readings: ThresholdReading[];
  /** The reading most triads use (on a tie, percentage points, the DfE's convention). */
  chosen: RollupOptions;
  agreed: boolean;
}

/** The triads' own threshold settings: the roll-up starts from them and says when files disagree. */
export function triadThresholdSettings(inputs: readonly Pick<RollupTriadInput, 'triad'>[]): ThresholdSettings {
  const readings: ThresholdReading[] = [];
  for (const { triad } of inputs) {
    const found = readings.find((r) => r.threshold === triad.improvementThreshold && r.thresholdKind === triad.thresholdKind);
    if (found) found.triads.push(triad.name);
    else readings.push({ threshold: triad.improvementThreshold, thresholdKind: triad.thresholdKind, triads: [triad.name] });
  }
  readings.sort((a, b) => b.triads.length - a.triads.length || Number(b.thresholdKind === 'percentage-points') - Number(a.thresholdKind === 'percentage-points'));
  const top = readings[0];
  return {
    readings,
    chosen: top ? { threshold: top.threshold, thresholdKind: top.thresholdKind } : { threshold: 15, thresholdKind: 'percentage-points' },
    agreed: readings.length <= 1,
  };
}

/** "Oldbury Triad and Tipton Triad: more than 15% relative improvement; Wednesbury Triad: more than 15 percentage points". */
export function describeReadings(readings: readonly ThresholdReading[]): string {
  const names = (list: string[]) => (list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`);
  return readings.map((r) => `${names(r.triads)}: ${describeThreshold(r.threshold, r.thresholdKind)}`).join('; ');
}

export interface Rollup {
  options: RollupOptions;
  /** "more than 15 percentage points" or "more than 15% relative improvement". */
  thresholdText: string;
  triads: RollupTriadRow[];
  schools: RollupSchoolRow[];
  cohorts: ShareFigures[];
  overall: ShareFigures;
}

const NO_COHORT = 'No cohort given';

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Number(formatNumber((part / whole) * 100));
}

/**
 * A triad's money over the whole programme, as the budget area counts it: every programme year's
 * allocation (money carried between years stays inside the programme), less what is committed and spent.
 */
export function programmeMoney(input: RollupTriadInput): Pick<RollupTriadRow, 'allocationPence' | 'committedPence' | 'spentPence' | 'remainingPence'> {
  const allocationPence = sumPence(
    programmeYearList(input.triad).map((year) => yearFigures(input.triad, input.budgetYears.find((b) => b.year === year)).allocationPence),
  );
  const summary = summariseBudget({ allocationPence, carriedInPence: 0, allocations: input.allocations, ledger: input.ledgerEntries });
  return { allocationPence, committedPence: summary.committedPence, spentPence: summary.spentPence, remainingPence: summary.remainingPence };
}

function shares(cohort: string, triads: number, schools: RollupSchoolRow[]): ShareFigures {
  const compared = schools.filter((s) => s.improved !== null);
  const improved = compared.filter((s) => s.improved).length;
  const above = compared.filter((s) => s.aboveThreshold).length;
  const withPupils = compared.filter((s) => s.pupils !== null);
  const pupilsCounted = withPupils.reduce((sum, s) => sum + (s.pupils ?? 0), 0);
  const pupilsInImproved = withPupils.filter((s) => s.improved).reduce((sum, s) => sum + (s.pupils ?? 0), 0);
  return {
    notComparable: schools.filter((s) => s.problem !== null).length,
    smallCohorts: compared.filter((s) => isSmallCohort(s.pupils)).length,
    pupilsCounted,
    pupilsInImproved,
    improvedPupilPercent: percent(pupilsInImproved, pupilsCounted),
    withoutPupils: compared.length - withPupils.length,
    cohort,
    triads,
    schools: schools.length,
    withResults: compared.length,
    improved,
    aboveThreshold: above,
    improvedPercent: percent(improved, compared.length),
    aboveThresholdPercent: percent(above, compared.length),
  };
}

/** Cohorts in a natural order ("Cohort 2" before "Cohort 10"). */
function compareCohorts(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB', { numeric: true });
}

export function buildRollup(inputs: RollupTriadInput[], options: RollupOptions): Rollup {
  const sorted = [...inputs].sort((a, b) => compareCohorts(a.triad.cohort || NO_COHORT, b.triad.cohort || NO_COHORT) || a.triad.name.localeCompare(b.triad.name));
  const triads: RollupTriadRow[] = [];
  const schools: RollupSchoolRow[] = [];
  for (const input of sorted) {
    const cohort = input.triad.cohort.trim() || NO_COHORT;
    triads.push({ triadId: input.triad.id, triad: input.triad.name, localAuthority: input.triad.localAuthority, cohort, ...programmeMoney(input) });
    const measure = headlineMeasure(input);
    for (const row of headlineRows(input, options.threshold, options.thresholdKind)) {
      schools.push({ ...row, triad: input.triad.name, cohort, measure: measure?.name ?? null });
    }
  }
  const cohortNames = [...new Set(triads.map((t) => t.cohort))].sort(compareCohorts);
  return {
    options,
    thresholdText: describeThreshold(options.threshold, options.thresholdKind),
    triads,
    schools,
    cohorts: cohortNames.map((name) =>
      shares(name, triads.filter((t) => t.cohort === name).length, schools.filter((s) => s.cohort === name)),
    ),
    overall: shares('All cohorts', triads.length, schools),
  };
}

/** "75%", "41.7%", or "–" when there is nothing to divide. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}


/** The roll-up as one CSV a spreadsheet opens: three tables one after another, with headings. */
export function rollupCsv(rollup: Rollup): string {
  const money = csvRows([
    ['Triads'],
    ['Cohort', 'Triad', 'Local authority', 'Allocation (£)', 'Committed (£)', 'Spent (£)', 'Remaining (£)'],
    ...rollup.triads.map((t) => [t.cohort, t.triad, t.localAuthority, csvNumber(penceToPlain(t.allocationPence)), csvNumber(penceToPlain(t.committedPence)), csvNumber(penceToPlain(t.spentPence)), csvNumber(penceToPlain(t.remainingPence))]),
  ]);
  const schoolRows = csvRows([
    ['Schools'],
    ['Cohort', 'Triad', 'School', 'Role', 'Headline measure', 'Baseline year', 'Baseline', 'Latest year', 'Latest', 'Change (percentage points)', 'Change (relative %)', 'Improved on baseline', `Improved by ${rollup.thresholdText}`, 'Eligible pupils', 'Note'],
    ...rollup.schools.map((s) => [
      s.cohort, s.triad, s.school, s.role === 'coordinating' ? 'Co-ordinating' : 'Partner', s.measure, s.baselineYear, s.baseline, s.latestYear, s.latest,
      rounded(s.changePoints), rounded(s.changeRelative), yesNo(s.improved), yesNo(s.aboveThreshold), s.pupils,
      s.problem ?? (isSmallCohort(s.pupils) ? 'Small cohort: 10 or fewer eligible pupils' : ''),
    ]),
  ]);
  const shareRows = csvRows([
    ['Shares of schools'],
    ['Cohort', 'Triads', 'Schools', 'Schools with results', 'Improved on baseline', 'Improved on baseline (%)', `Improved by ${rollup.thresholdText}`, `Improved by ${rollup.thresholdText} (%)`, 'Pupils in schools with pupil numbers', 'Of them in improved schools (%, pupil-weighted)', 'Small cohorts', 'Not compared (era break)'],
    ...[...rollup.cohorts, rollup.overall].map((c) => [c.cohort, c.triads, c.schools, c.withResults, c.improved, c.improvedPercent, c.aboveThreshold, c.aboveThresholdPercent, c.pupilsCounted, c.improvedPupilPercent, c.smallCohorts, c.notComparable]),
  ]);
  return [money, schoolRows, shareRows].join('\r\n\r\n') + '\r\n';
}

/** Two decimal places at most, for a spreadsheet. */
function rounded(value: number | null): number | null {
  return value === null ? null : Number(formatNumber(value, 2));
}

function yesNo(value: boolean | null): string {
  return value === null ? 'No results' : value ? 'Yes' : 'No';
}

export { csvBytes };
