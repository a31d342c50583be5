import { academicYearLabel } from '../../../../core/dates';
import type { NameLookups } from '../../../../core/budget-csv';
import type { School } from '../../../../core/model';
import type { BudgetData } from '../../../../db/budget';

/** Names for budget lines, schools and actions, worded as the Budget area words them. */
export function budgetNames(data: BudgetData, schools: readonly School[]): NameLookups {
  return {
    lines: Object.fromEntries(data.lines.map((l) => [l.id, l.name])),
    actions: Object.fromEntries(data.actions.map((a) => [a.id, `${a.title} (${academicYearLabel(a.planYear)})`])),
    schools: Object.fromEntries(schools.map((s) => [s.id, s.name])),
  };
}
