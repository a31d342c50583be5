import { academicYearLabel } from './dates';
import { planStateLine, planStateShort, type PlanState } from './plan-state';

/**
 * The running header of a printed plan: the triad and where the plan stands, on every page.
 * One year gives its full state; the whole programme names each year's.
 */
export function planHeaderText(triadName: string, years: number[], states: ReadonlyMap<number, PlanState>): string {
  const state = (year: number) => states.get(year) ?? { kind: 'none' as const };
  const text =
    years.length === 1
      ? `${triadName} · ${planStateLine(state(years[0]!))}`
      : `${triadName} · ${years.map((y) => `${academicYearLabel(y)}: ${planStateShort(state(y))}`).join('; ')}`;
  // The header has room for one line or two; the cover and each year's heading give the rest.
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}
