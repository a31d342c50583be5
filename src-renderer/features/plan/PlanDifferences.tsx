/** A list of differences between two states of a plan, in words, from plain props. */
import type { ItemDifference } from '../../core/plan-diff';

const KIND = { plan: 'Plan', priority: 'Priority', objective: 'Objective', action: 'Action' } as const;
const CHANGE = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

export function PlanDifferences({ differences }: { differences: ItemDifference[] }) {
  if (differences.length === 0) return <p>No differences: the two are the same.</p>;
  return (
    <ul className="diff-list" aria-label="Differences">
      {differences.map((d) => (
        <li key={`${d.kind}-${d.id}-${d.change}`}>
          <p>
            <span className="diff-change">{CHANGE[d.change]}</span> {KIND[d.kind].toLowerCase()} “{d.title}”
          </p>
          {d.fields.length > 0 ? (
            <table className="data diff-fields">
              <caption className="visually-hidden">
                {CHANGE[d.change]} {KIND[d.kind].toLowerCase()} {d.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  {d.change !== 'added' ? <th scope="col">{d.change === 'removed' ? 'Was' : 'Before'}</th> : null}
                  {d.change !== 'removed' ? <th scope="col">{d.change === 'added' ? 'Now' : 'After'}</th> : null}
                </tr>
              </thead>
              <tbody>
                {d.fields.map((f) => (
                  <tr key={f.field}>
                    <th scope="row">{f.field}</th>
                    {d.change !== 'added' ? <td className={d.change === 'changed' ? 'diff-before' : undefined}>{f.before}</td> : null}
                    {d.change !== 'removed' ? <td className={d.change === 'changed' ? 'diff-after' : undefined}>{f.after}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
