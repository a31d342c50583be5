import { formatPounds } from '../../../../core/money';
import type { ActionRow, ObjectiveModel, PlanYearModel } from '../../../../core/plan-document';

/**
 * One year's plan as governors read a school development plan: each priority, its objectives with
 * their success criteria (and, for a target on a measure, the latest figure and whether it is met),
 * and under each objective its actions.
 */
export function PlanYear({ year, criteria, actions }: { year: PlanYearModel; criteria: boolean; actions: boolean }) {
  return (
    <section className="plan-year" aria-labelledby={`plan-${year.year}`}>
      <h2 id={`plan-${year.year}`}>
        {`${year.label}: ${year.title}`}
      </h2>
      <p className={year.state.kind === 'agreed' ? 'state-line' : 'state-line draft'}>{year.stateLine}</p>
      {year.priorities.length === 0 ? <p>No priorities recorded for this year.</p> : null}
      {year.priorities.map((priority) => (
        <div key={priority.ref} className="priority">
          <h3>
            {`Priority ${priority.ref}: ${priority.title}`}
          </h3>
          {priority.description ? <p>{priority.description}</p> : null}
          {priority.objectives.length === 0 ? <p>No objectives recorded for this priority.</p> : null}
          {priority.objectives.map((objective) => (
            <div key={objective.ref} className="objective">
              <h4>
                {`Objective ${objective.ref}: ${objective.title}`}
              </h4>
              {criteria ? <SuccessCriteria objective={objective} /> : null}
              {actions ? <ActionsTable rows={objective.actions} /> : null}
            </div>
          ))}
        </div>
      ))}
      {actions && year.actions.length > 0 ? (
        <p className="year-total">
          Total estimated cost of the actions, {year.label}: <strong>{formatPounds(year.totalCostPence)}</strong>
        </p>
      ) : null}
    </section>
  );
}

function SuccessCriteria({ objective }: { objective: ObjectiveModel }) {
  if (objective.criteria.length === 0) return <p className="criteria-none">No success criteria recorded.</p>;
  return (
    <div className="criteria">
      <p className="label">Success criteria</p>
      <ul>
        {objective.criteria.map((criterion, i) => {
          const progress = objective.progress[i];
          return (
            <li key={`${i}-${criterion}`}>
              {criterion}
              {progress ? (
                <span className="criterion-progress">
                  {progress.latest}: <strong>{progress.met ? 'met' : 'not yet met'}</strong>.
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Designed for A4: the action's text, progress and milestone share one wide column; the rest are narrow. */
function ActionsTable({ rows }: { rows: ActionRow[] }) {
  if (rows.length === 0) return <p>No actions recorded for this objective.</p>;
  return (
    <table className="print-table actions-table">
      <colgroup>
        <col style={{ width: '41%' }} />
        <col style={{ width: '19%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '13%' }} />
        <col style={{ width: '13%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Action, latest progress and milestone</th>
          <th scope="col">Lead</th>
          <th scope="col">Dates</th>
          <th scope="col" className="num">
            Cost
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((action) => (
          <tr key={action.ref}>
            <td>
              <span className="ref">{action.ref}</span> {action.title}
              {action.owner ? <div className="detail">Owner: {action.owner}</div> : null}
              {action.latestNote ? <div className="detail">Progress {action.latestNote}</div> : null}
              {action.milestone ? <div className="detail">Milestone: {action.milestone}</div> : null}
            </td>
            <td>{action.lead}</td>
            <td>
              {action.start}
              <br />
              to {action.end}
            </td>
            <td className="num">{formatPounds(action.costPence)}</td>
            <td>{action.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
