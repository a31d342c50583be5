/**
 * Impact statistics: how far each school has moved from its baseline, and what that adds up to for
 * the triad. Pure functions, shared by the Impact area, the PDF export and the LEA roll-up.
 *
 * Rules every caller can rely on:
 * - **Missing stays missing.** A value that is `null` (not entered, or suppressed in the source
 *   file) never becomes 0, and a change involving a missing value is `null`. Counts of schools leave
 *   schools with missing data out of the denominator, and say how many were left out.
 * - **Relative change from a baseline of 0 is `null`** (it has no meaningful size), and so it is
 *   also "missing" for a relative-percent threshold.
 * - **Change is in the measure's own direction.** Results are compared as `latest - baseline`;
 *   for a measure where lower is better (e.g. absence) pass `higherIsBetter: false` to
 *   `triadImprovement` and an improvement is a fall.
 * - **"More than the threshold" is strict.** A school that improved by exactly the threshold
 *   (15 points when the threshold is 15) is counted as improved but **not** above the threshold,
 *   matching the wording "improved by more than 15 percentage points" that is printed beside it.
 *   Changes are rounded to 6 decimal places before comparing, so 78.1 − 63.1 counts as exactly 15.
 * - A threshold is always described with its kind (`describeThreshold`): "15%" alone is ambiguous
 *   between percentage points and relative per cent.
 */
import type { Measure, ThresholdKind } from './model';

/** A value that may be missing; `null` means not available (never 0). */
export type MaybeNumber = number | null;

export interface Change {
  /** latest − baseline, in the measure's units (percentage points for a percentage). */
  points: MaybeNumber;
  /** (latest − baseline) / baseline × 100; null when either is missing or the baseline is 0. */
  relativePercent: MaybeNumber;
}

/** Rounds away floating-point noise (63.1 + 15 ≠ 78.1) before comparing or showing. */
export function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function isNumber(value: MaybeNumber | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Change from baseline in points and in relative per cent; missing stays missing. */
export function changeFromBaseline(baseline: MaybeNumber, latest: MaybeNumber): Change {
  if (!isNumber(baseline) || !isNumber(latest)) return { points: null, relativePercent: null };
  const points = tidy(latest - baseline);
  const relativePercent = baseline === 0 ? null : tidy(((latest - baseline) / baseline) * 100);
  return { points, relativePercent };
}

/** The change a threshold of this kind is compared against. */
export function changeOfKind(change: Change, kind: ThresholdKind): MaybeNumber {
  return kind === 'percentage-points' ? change.points : change.relativePercent;
}

/**
 * The value of a measure for one school and year. For a derived (headline) measure, the average
 * or minimum of its inputs, and missing if any input is missing (a part-missing average would
 * silently change what the headline means). For an ordinary measure, its own value.
 */
export function headlineValue(
  measure: Pick<Measure, 'id' | 'derivedFrom'>,
  valuesByMeasureId: ReadonlyMap<string, MaybeNumber> | Readonly<Record<string, MaybeNumber | undefined>>,
): MaybeNumber {
  const get = (id: string): MaybeNumber => {
    const value = valuesByMeasureId instanceof Map ? valuesByMeasureId.get(id) : (valuesByMeasureId as Record<string, MaybeNumber | undefined>)[id];
    return isNumber(value) ? value : null;
  };
  if (!measure.derivedFrom) return get(measure.id);
  const { method, measureIds } = measure.derivedFrom;
  if (measureIds.length === 0) return null;
  const inputs = measureIds.map(get);
  if (inputs.some((v) => v === null)) return null;
  const numbers = inputs as number[];
  if (method === 'minimum') return Math.min(...numbers);
  return tidy(numbers.reduce((sum, v) => sum + v, 0) / numbers.length);
}

/** Describes how a derived measure is computed, e.g. "average of English and maths". */
export function describeDerivation(measure: Pick<Measure, 'derivedFrom'>, nameOf: (measureId: string) => string): string {
  if (!measure.derivedFrom) return 'entered directly';
  const names = measure.derivedFrom.measureIds.map(nameOf);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${measure.derivedFrom.method === 'minimum' ? 'lower (minimum) of' : 'average of'} ${list || 'no measures'}`;
}

/** "more than 15 percentage points" / "more than 15% relative improvement". */
export function describeThreshold(threshold: number, kind: ThresholdKind): string {
  const n = formatNumber(threshold);
  return kind === 'percentage-points'
    ? `more than ${n} percentage point${threshold === 1 ? '' : 's'}`
    : `more than ${n}% relative improvement`;
}

/**
 * The label for the share above the threshold, reading naturally for either kind:
 * "Schools improved by more than 15 percentage points" / "Schools with more than 15% relative improvement".
 */
export function aboveThresholdLabel(threshold: number, kind: ThresholdKind): string {
  const described = describeThreshold(threshold, kind);
  return kind === 'percentage-points' ? `Schools improved by ${described}` : `Schools with ${described}`;
}

/** Up to one decimal place, no trailing ".0". */
export function formatNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** "+5.2 points" / "−3 points" / "not available". */
export function formatPoints(points: MaybeNumber): string {
  if (points === null) return 'not available';
  const n = formatNumber(points);
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  return `${sign}${n.replace('-', '')} point${Math.abs(points) === 1 ? '' : 's'}`;
}

/** "+8.3%" / "−2%" / "not available". */
export function formatRelative(percent: MaybeNumber): string {
  if (percent === null) return 'not available';
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${formatNumber(percent).replace('-', '')}%`;
}

export interface SchoolChange {
  schoolId: string;
  baseline: MaybeNumber;
  latest: MaybeNumber;
  change: Change;
  /** null when the school's data is missing for the comparison. */
  improved: boolean | null;
  /** null when the change of the threshold's kind is missing (incl. relative from a 0 baseline). */
  aboveThreshold: boolean | null;
}

export interface Share {
  count: number;
  /** Schools with the data needed to judge; schools with missing data are left out. */
  denominator: number;
  /** count / denominator × 100, or null when no school could be judged. */
  percent: MaybeNumber;
  /** Schools left out of the denominator because data was missing. */
  missing: number;
}

export interface TriadImprovement {
  perSchool: SchoolChange[];
  improved: Share;
  aboveThreshold: Share;
  threshold: number;
  thresholdKind: ThresholdKind;
  /** Always printed beside `aboveThreshold`, e.g. "more than 15 percentage points". */
  thresholdDescription: string;
  /** "more than" is strict: a change exactly at the threshold does not count. */
  strict: true;
}

export interface TriadImprovementInput {
  /** School ids, in the order to report them. */
  schools: readonly string[];
  /** Baseline value per school id (spelt as in the original brief; `baselineBySchool` is also accepted). */
  baselineByschool?: Readonly<Record<string, MaybeNumber | undefined>>;
  baselineBySchool?: Readonly<Record<string, MaybeNumber | undefined>>;
  latestBySchool: Readonly<Record<string, MaybeNumber | undefined>>;
  threshold: number;
  thresholdKind: ThresholdKind;
  /** Defaults to true; for e.g. absence pass false and a fall counts as improvement. */
  higherIsBetter?: boolean;
}

function share(flags: (boolean | null)[]): Share {
  const judged = flags.filter((f): f is boolean => f !== null);
  const count = judged.filter(Boolean).length;
  return {
    count,
    denominator: judged.length,
    percent: judged.length === 0 ? null : tidy((count / judged.length) * 100),
    missing: flags.length - judged.length,
  };
}

/** Per-school change, the share of schools improved on baseline and the share improved by more than the threshold. */
export function triadImprovement(input: TriadImprovementInput): TriadImprovement {
  const direction = input.higherIsBetter === false ? -1 : 1;
  const perSchool = input.schools.map((schoolId): SchoolChange => {
    const baseline = (input.baselineBySchool ?? input.baselineByschool ?? {})[schoolId] ?? null;
    const latest = input.latestBySchool[schoolId] ?? null;
    const change = changeFromBaseline(isNumber(baseline) ? baseline : null, isNumber(latest) ? latest : null);
    const improved = change.points === null ? null : change.points * direction > 0;
    const measured = changeOfKind(change, input.thresholdKind);
    const aboveThreshold = measured === null ? null : tidy(measured * direction) > tidy(input.threshold);
    return { schoolId, baseline: isNumber(baseline) ? baseline : null, latest: isNumber(latest) ? latest : null, change, improved, aboveThreshold };
  });
  return {
    perSchool,
    improved: share(perSchool.map((s) => s.improved)),
    aboveThreshold: share(perSchool.map((s) => s.aboveThreshold)),
    threshold: input.threshold,
    thresholdKind: input.thresholdKind,
    thresholdDescription: describeThreshold(input.threshold, input.thresholdKind),
    strict: true,
  };
}

/**
 * Mean change across schools with data (points or relative, by kind); null when none has data.
 * This is "the triad's change" that `rateAgainst` compares with a national or LA change.
 */
export function averageChange(perSchool: readonly SchoolChange[], kind: ThresholdKind = 'percentage-points'): MaybeNumber {
  const values = perSchool.map((s) => changeOfKind(s.change, kind)).filter(isNumber);
  if (values.length === 0) return null;
  return tidy(values.reduce((a, b) => a + b, 0) / values.length);
}

export interface Rate {
  /** triadChange / comparatorChange, e.g. 3.1; null when it cannot be said meaningfully. */
  ratio: MaybeNumber;
  /** Why there is no ratio, if there is none; `describeRate` turns this into words. */
  reason: 'ok' | 'missing' | 'comparator-not-improving';
}

/**
 * How many times the comparator's rate of improvement the triad's is ("3.1× the national rate").
 * Only meaningful when the comparator improved: a ratio against a flat or falling comparator is
 * null with the reason, rather than a misleading infinite or negative multiple.
 */
export function rateAgainst(triadChange: MaybeNumber, comparatorChange: MaybeNumber): Rate {
  if (!isNumber(triadChange) || !isNumber(comparatorChange)) return { ratio: null, reason: 'missing' };
  if (comparatorChange <= 0) return { ratio: null, reason: 'comparator-not-improving' };
  return { ratio: tidy(triadChange / comparatorChange), reason: 'ok' };
}

/** "3.1× the national rate" / "national figures did not improve, so no rate can be given". */
export function describeRate(rate: Rate, comparatorLabel: string): string {
  if (rate.reason === 'missing' || rate.ratio === null) {
    return rate.reason === 'comparator-not-improving'
      ? `${comparatorLabel} figures did not improve, so no rate can be given`
      : `not available against the ${comparatorLabel} rate`;
  }
  return `${formatNumber(rate.ratio)}× the ${comparatorLabel} rate`;
}

/** "2 of 3 schools (67%)", plus how many had missing data. */
export function describeShare(s: Share): string {
  if (s.denominator === 0) return 'not available (no school has both results)';
  const base = `${s.count} of ${s.denominator} school${s.denominator === 1 ? '' : 's'} (${formatNumber(s.percent ?? 0, 0)}%)`;
  return s.missing > 0 ? `${base}; ${s.missing} without results left out` : base;
}

export type ParsedThreshold =
  | { ok: true; value: number; /** Set when the text itself says which reading ("15 points", "15% relative"). */ kind: ThresholdKind | null }
  | { ok: false; error: string };

/**
 * A threshold as a person types it: "15", "15%", "15 points", "15 percentage points", "15pp",
 * "15% relative". "15%" alone keeps the chosen reading (the percentage sign is how KS2 figures are
 * written, not a choice between points and relative change).
 */
export function parseThreshold(input: string): ParsedThreshold {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const match = /^(\d+(?:\.\d+)?)\s*(%|per ?cent)?\s*(percentage points?|points?|pts?|pp|relative(?: change| improvement)?)?$/.exec(text);
  const value = match ? Number(match[1]) : NaN;
  if (!match || !Number.isFinite(value) || value < 0 || value > 100) {
    return { ok: false, error: 'Enter a threshold from 0 to 100, for example 15, 15% or 15 points.' };
  }
  const word = match[3] ?? '';
  const kind: ThresholdKind | null = word.startsWith('relative') ? 'relative-percent' : word ? 'percentage-points' : null;
  return { ok: true, value, kind };
}

/** Eligible pupils at or below this make a share too small to read as a trend. */
export const SMALL_COHORT_PUPILS = 10;

export function isSmallCohort(pupils: number | null | undefined): boolean {
  return typeof pupils === 'number' && pupils > 0 && pupils <= SMALL_COHORT_PUPILS;
}

/** "1 pupil = 8.3 points" for a percentage resting on 12 pupils; null when the number is unknown. */
export function pointsPerPupil(pupils: number | null | undefined): string | null {
  if (typeof pupils !== 'number' || pupils <= 0) return null;
  return `1 pupil = ${formatNumber(100 / pupils)} point${100 / pupils === 1 ? '' : 's'}`;
}
