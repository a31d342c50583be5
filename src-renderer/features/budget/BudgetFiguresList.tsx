import type { BudgetSummary } from '../../core/budget';
import { budgetFigureItems } from '../../core/budget-words';
import { formatPounds } from '../../core/money';

/** The headline figures as a description list: easy to read aloud and to find in a test. */
export function BudgetFiguresList({ summary, showAllocated = true }: { summary: BudgetSummary; showAllocated?: boolean }) {
  const items = budgetFigureItems(summary, showAllocated);
  return (
    <dl className="budget-figures" aria-label="Budget figures">
      {items.map(([label, pence]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className={pence < 0 ? 'negative' : undefined}>
            {formatPounds(pence)}
          </dd>
        </div>
      ))}
      {showAllocated && (summary.carriedInPence > 0 || summary.carriedOutPence > 0) ? (
        <div>
          <dt>Carried forward</dt>
          <dd>
            {summary.carriedInPence > 0 ? `${formatPounds(summary.carriedInPence)} in` : ''}
            {summary.carriedInPence > 0 && summary.carriedOutPence > 0 ? ', ' : ''}
            {summary.carriedOutPence > 0 ? `${formatPounds(summary.carriedOutPence)} out` : ''}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
