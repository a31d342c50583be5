/**
 * Measures and results: the default KS2 measures, checking a typed result, looking values up
 * (including derived headline measures), targets from the plan's success criteria, and the
 * per-measure impact figures the Impact area, the PDF and the roll-up show.
 */
import { averageChange, changeFromBaseline, headlineValue, triadImprovement, type Change, type MaybeNumber, type TriadImprovement } from './impact-stats';
import { comparisonProblem } from './ks2-eras';
import type { Comparator, Measure, Objective, Result, ThresholdKind } from './model';

export type MeasureDraft = Omit<Measure, 'id' | 'createdAt' | 'updatedAt' | 'triadId'> & { key: string };

/** The measures every triad starts with: KS2 level 4+ in English, maths and science, and a headline from English and maths. */
export function defaultMeasureDrafts(): MeasureDraft[] {
  const subject = (key: string, name: string, order: number): MeasureDraft => ({
    key, name, unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom: null, order,
  });
  return [
    subject('english', 'KS2 % level 4+ in English', 1),
    subject('maths', 'KS2 % level 4+ in maths', 2),
    subject('science', 'KS2 % level 4+ in science', 3),
    // derivedFrom is filled in with the new ids of English and maths when the measures are created.
    { key: 'headline', name: 'KS2 headline: English and maths', unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom: { method: 'average', measureIds: ['english', 'maths'] }, order: 4 },
  ];
}

export type ParsedResult = { ok: true; value: number | null } | { ok: false; error: string };

/** A result as typed: blank clears it; a percentage must lie in 0–100. */
export function parseResultInput(input: string, measure: Pick<Measure, 'unit' | 'name'>): ParsedResult {
  const text = input.trim().replace(/%$/, '').trim();
  if (text === '') return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, error: `Enter a number for ${measure.name}, for example 72 or 72.5.` };
  const value = Number(text);
  if (measure.unit === 'percent' && (value < 0 || value > 100)) {
    return { ok: false, error: `${measure.name} is a percentage: enter a value from 0 to 100 (you entered ${text}).` };
  }
  return { ok: true, value };
}

/** Quick lookup of stored results by school, measure and year. */
export class ResultIndex {
  private readonly map = new Map<string, Result>();
  constructor(results: readonly Result[]) {
    for (const r of results) this.map.set(ResultIndex.key(r.schoolId, r.measureId, r.year), r);
  }
  static key(schoolId: string, measureId: string, year: number): string {
    return `${schoolId}|${measureId}|${year}`;
  }
  get(schoolId: string, measureId: string, year: number): Result | undefined {
    return this.map.get(ResultIndex.key(schoolId, measureId, year));
  }
  /** The value of a measure, computing a derived measure from its inputs; null when missing. */
  value(measure: Pick<Measure, 'id' | 'derivedFrom'>, schoolId: string, year: number): MaybeNumber {
    if (!measure.derivedFrom) return this.get(schoolId, measure.id, year)?.value ?? null;
    const inputs: Record<string, MaybeNumber> = {};
    for (const id of measure.derivedFrom.measureIds) inputs[id] = this.get(schoolId, id, year)?.value ?? null;
    return headlineValue(measure, inputs);
  }
  /**
   * Eligible pupils behind a value; for a derived measure the smallest known among its inputs
   * (the cautious reading). Null when not known.
   */
  pupils(measure: Pick<Measure, 'id' | 'derivedFrom'>, schoolId: string, year: number): number | null {
    const ids = measure.derivedFrom ? measure.derivedFrom.measureIds : [measure.id];
    const known = ids.map((id) => this.get(schoolId, id, year)?.eligiblePupils).filter((n): n is number => typeof n === 'number' && n > 0);
    return known.length ? Math.min(...known) : null;
  }
}

/** Results years present, oldest first. */
export function resultYears(results: readonly Pick<Result, 'year'>[], extra: number[] = []): number[] {
  return [...new Set([...results.map((r) => r.year), ...extra])].sort((a, b) => a - b);
}

/** The latest year after the baseline that has any result, or null. */
export function latestYearAfter(results: readonly Pick<Result, 'year'>[], baselineYear: number): number | null {
  const later = results.map((r) => r.year).filter((y) => y > baselineYear);
  return later.length ? Math.max(...later) : null;
}

export interface Target {
  objectiveId: string;
  objectiveTitle: string;
  schoolId: string | null;
  from: number | null;
  to: number;
  byDate: string;
  description: string;
}

/** Targets for a measure from the plan objectives' measure success criteria (schoolId null = the triad). */
export function targetsFor(objectives: readonly Objective[], measureId: string): Target[] {
  return objectives.flatMap((o) =>
    o.successCriteria.flatMap((c) =>
      c.kind === 'measure' && c.measureId === measureId
        ? [{ objectiveId: o.id, objectiveTitle: o.title, schoolId: c.schoolId, from: c.from, to: c.to, byDate: c.byDate, description: c.description }]
        : [],
    ),
  );
}

/** The target that applies to one school: its own, else the triad-wide one. */
export function targetForSchool(targets: readonly Target[], schoolId: string): Target | undefined {
  return targets.find((t) => t.schoolId === schoolId) ?? targets.find((t) => t.schoolId === null);
}

export interface ComparatorChange {
  scope: Comparator['scope'];
  baseline: MaybeNumber;
  latest: MaybeNumber;
  change: Change;
}

export interface MeasureImpact {
  measure: Measure;
  baselineYear: number;
  latestYear: number | null;
  improvement: TriadImprovement;
  /** Mean change in points across schools with both results. */
  triadChangePoints: MaybeNumber;
  comparators: ComparatorChange[];
  /** Why the latest year cannot be compared with the baseline (an era break), or null. Figures are then all missing. */
  problem: string | null;
  /** Eligible pupils behind each school's baseline and latest value, where known. */
  pupilsBySchool: Record<string, { baseline: number | null; latest: number | null }>;
}

/** Every figure for one measure: per-school change, shares improved and above threshold, comparators. */
export function measureImpact(args: {
  measure: Measure;
  schoolIds: readonly string[];
  results: ResultIndex;
  comparators: readonly Comparator[];
  baselineYear: number;
  latestYear: number | null;
  threshold: number;
  thresholdKind: ThresholdKind;
}): MeasureImpact {
  const { measure, schoolIds, results, baselineYear, latestYear } = args;
  const baselineBySchool: Record<string, MaybeNumber> = {};
  const latestBySchool: Record<string, MaybeNumber> = {};
  const pupilsBySchool: MeasureImpact['pupilsBySchool'] = {};
  // Across an era break nothing is compared: the latest values are left out, never set against the baseline.
  const problem = comparisonProblem(measure, baselineYear, latestYear);
  for (const id of schoolIds) {
    baselineBySchool[id] = results.value(measure, id, baselineYear);
    latestBySchool[id] = latestYear === null || problem ? null : results.value(measure, id, latestYear);
    pupilsBySchool[id] = { baseline: results.pupils(measure, id, baselineYear), latest: latestYear === null ? null : results.pupils(measure, id, latestYear) };
  }
  const improvement = triadImprovement({
    schools: schoolIds, baselineBySchool, latestBySchool, threshold: args.threshold, thresholdKind: args.thresholdKind,
    higherIsBetter: measure.higherIsBetter,
  });
  const comparatorFor = (scope: Comparator['scope'], year: number | null): MaybeNumber =>
    year === null ? null : (args.comparators.find((c) => c.measureId === measure.id && c.scope === scope && c.year === year)?.value ?? null);
  const comparators = (['national', 'local-authority'] as const).map((scope): ComparatorChange => {
    const baseline = comparatorFor(scope, baselineYear);
    const latest = comparatorFor(scope, problem ? null : latestYear);
    return { scope, baseline, latest, change: changeFromBaseline(baseline, latest) };
  });
  return { measure, baselineYear, latestYear, improvement, triadChangePoints: averageChange(improvement.perSchool), comparators, problem, pupilsBySchool };
}

/** "2004" results are from the 2003/04 academic year. */
export function resultsYearLabel(year: number): string {
  return `${year} (${year - 1}/${String(year % 100).padStart(2, '0')})`;
}

export type TargetState = 'met' | 'not-met' | 'not-yet-known';

export interface TargetStatus {
  state: TargetState;
  /** The value judged (a school's, or the triad's average), or null. */
  value: MaybeNumber;
  /** The results year the target is judged on: the summer of its "by" date. */
  year: number;
  /** "met: 72% in 2005 against a target of 70%". */
  text: string;
}

/**
 * Whether a success criterion that is a target on a measure was met, from the results of the year
 * it is due (the summer of its date). A triad-wide target is judged on the average of all the
 * triad's schools, and is not yet known until every school has a result (never part of them).
 */
export function targetStatus(args: {
  target: Pick<Target, 'schoolId' | 'to' | 'byDate'>;
  measure: Pick<Measure, 'id' | 'derivedFrom' | 'unit' | 'higherIsBetter'>;
  schoolIds: readonly string[];
  results: ResultIndex;
}): TargetStatus {
  const { target, measure, results } = args;
  const year = Number(target.byDate.slice(0, 4));
  const unit = measure.unit === 'percent' ? '%' : '';
  const ids = target.schoolId ? [target.schoolId] : args.schoolIds;
  const values = ids.map((id) => results.value(measure, id, year));
  const known = values.filter((v): v is number => v !== null);
  const value = ids.length > 0 && known.length === ids.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10 : null;
  const goal = `a target of ${target.to}${unit}`;
  if (value === null) return { state: 'not-yet-known', value, year, text: `not yet known: no ${year} results${target.schoolId ? '' : ' for every school'} against ${goal}` };
  const met = measure.higherIsBetter ? value >= target.to : value <= target.to;
  return { state: met ? 'met' : 'not-met', value, year, text: `${met ? 'met' : 'not met'}: ${value}${unit} in ${year} against ${goal}` };
}
