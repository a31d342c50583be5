/** The budget's words, shared by the Budget area and the printed budget summary. */
import type { BudgetSummary } from './budget';

/** Said for money not assigned to a line, school or action (it includes money not yet allocated). */
export const UNASSIGNED_LABEL = 'Not assigned (includes money not yet allocated)';

/** A breakdown's rows as the Budget area lists them: by name, the unassigned row last. */
export function breakdownInScreenOrder<T extends { key: string | null }>(rows: readonly T[], names: Readonly<Record<string, string>>, unassignedLabel = UNASSIGNED_LABEL): { row: T; name: string }[] {
  const nameOf = (key: string | null) => (key === null ? unassignedLabel : (names[key] ?? 'Unknown (deleted)'));
  return [...rows]
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : nameOf(a.key).localeCompare(nameOf(b.key))))
    .map((row) => ({ row, name: nameOf(row.key) }));
}

/**
 * The headline figures, named and in the order the Budget area and the printed summary show them.
 * A financial-year view shows only what was committed and spent: allocations belong to
 * programme (academic) years.
 */
export function budgetFigureItems(
  summary: Pick<BudgetSummary, 'availablePence' | 'allocatedPence' | 'committedPence' | 'spentPence' | 'remainingPence'>,
  showAllocated: boolean,
): [string, number][] {
  return showAllocated
    ? [
        ['Available', summary.availablePence],
        ['Allocated', summary.allocatedPence],
        ['Committed', summary.committedPence],
        ['Spent', summary.spentPence],
        ['Remaining', summary.remainingPence],
      ]
    : [
        ['Committed', summary.committedPence],
        ['Spent', summary.spentPence],
      ];
}
