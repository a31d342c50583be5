/** This year's plan at a glance: status counts per priority, what is due soon, what is overdue, and what changed since agreement. */
import { Link } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { daysBetween, formatDate, programmeYearLabel, todayIso } from '../../core/dates';
import { ACTION_STATUSES, type Triad } from '../../core/model';
import { dueWithin, overdueActions, statusCountsByPriority, type PriorityStatusCounts } from '../../core/plan-glance';
import { STATUS_WORDS } from '../../core/plan-words';
import type { HomeGlance } from '../../db/home-plan';
import { EmptyState } from '../../ui/Page';
import './home.css';

// The chart library is large: load it after the page's words are on screen.
const StatusChart = lazy(() => import('./StatusChart'));

export function PlanAtAGlance({ triad, glance }: { triad: Triad; glance: HomeGlance }) {
  const today = todayIso();
  const label = programmeYearLabel(triad, glance.year);
  if (!glance.plan) {
    return (
      <EmptyState title={`No plan for ${label} yet`}>
        <p>
          This page shows what is due, what is overdue and what has changed once this year’s Triad Improvement Plan has priorities and actions.{' '}
          <Link to={`/plan?year=${glance.year}`}>Start the plan for {label}</Link>.
        </p>
      </EmptyState>
    );
  }
  const { plan, priorities, objectives, actions, latest, since } = glance;
  const counts = statusCountsByPriority(priorities, objectives, actions);
  const due = dueWithin(actions, today, 14);
  const overdue = overdueActions(actions, today);

  return (
    <section aria-labelledby="glance-heading">
      <h2 id="glance-heading">{label} at a glance</h2>
      <p>
        {plan.title}: {latest ? `agreed, version ${latest.version} (${formatDate(latest.agreedOn)})` : 'draft, not yet agreed'} · {actions.length}{' '}
        {actions.length === 1 ? 'action' : 'actions'} · <Link to={`/plan?year=${plan.year}`}>Open the plan</Link>
      </p>
      {actions.length === 0 ? (
        <p>The plan has no actions yet.</p>
      ) : (
        <>
          <h3>Actions by status, for each priority</h3>
          <Suspense fallback={null}>
            <StatusChart counts={counts} />
          </Suspense>
          <StatusTable counts={counts} />
        </>
      )}

      <h3>Due in the next 14 days</h3>
      {due.length === 0 ? (
        <p>Nothing is due in the next 14 days.</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Due in the next 14 days</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What is due</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {due.map((item) => (
              <tr key={`${item.kind}-${item.actionId}-${item.date}-${item.description}`}>
                <td>{formatDate(item.date)}</td>
                <td>{item.kind === 'milestone' ? `Milestone: ${item.description}` : 'Action due to finish'}</td>
                <td>
                  <Link to={`/plan/actions/${item.actionId}`}>{item.actionTitle}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Overdue</h3>
      {overdue.length === 0 ? (
        <p>No action is overdue.</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Overdue actions</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">End date</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Days overdue
              </th>
            </tr>
          </thead>
          <tbody>
            {overdue.map((action) => (
              <tr key={action.id}>
                <td>
                  <Link to={`/plan/actions/${action.id}`}>{action.title}</Link>
                </td>
                <td>{formatDate(action.endDate)}</td>
                <td>{STATUS_WORDS[action.status]}</td>
                <td className="num">{daysBetween(action.endDate, today)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Changed since the plan was agreed</h3>
      {!latest ? (
        <p>The plan has not been agreed yet, so changes are not being recorded.</p>
      ) : since.length === 0 ? (
        <p>Nothing has changed since version {latest.version} was agreed on {formatDate(latest.agreedOn)}.</p>
      ) : (
        <ul className="glance-changes">
          {since.map((change) => (
            <li key={change.id}>
              {formatDate(change.at.slice(0, 10))}: {change.summary}. <em>Reason: {change.reason}</em>
            </li>
          ))}
        </ul>
      )}
      {latest ? (
        <p>
          <Link to={`/plan/history?year=${plan.year}`}>See the full history and compare versions</Link>
        </p>
      ) : null}
    </section>
  );
}

function StatusTable({ counts }: { counts: PriorityStatusCounts[] }) {
  return (
    <table className="data">
      <caption className="visually-hidden">Number of actions in each status, for each priority</caption>
      <thead>
        <tr>
          <th scope="col">Priority</th>
          {ACTION_STATUSES.map((s) => (
            <th scope="col" className="num" key={s}>
              {STATUS_WORDS[s]}
            </th>
          ))}
          <th scope="col" className="num">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => (
          <tr key={row.priorityId}>
            <th scope="row">{row.title}</th>
            {ACTION_STATUSES.map((s) => (
              <td className="num" key={s}>
                {row.counts[s]}
              </td>
            ))}
            <td className="num">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
