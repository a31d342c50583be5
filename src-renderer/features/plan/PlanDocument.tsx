/**
 * The Triad Improvement Plan as a document, from plain props (no database hooks), so the plan
 * view, the print route and the PDF export can all show the same thing.
 */
import { formatDate, programmeYearLabel } from '../../core/dates';
import type { Action, FocusGroup, Measure, Objective, Plan, Priority, School, Triad } from '../../core/model';
import { formatPounds, sumPence } from '../../core/money';
import { describeCriterion } from '../../core/plan-rules';
import { STATUS_WORDS } from '../../core/plan-words';

export interface PlanDocumentProps {
  triad: Pick<Triad, 'name' | 'focus' | 'firstYear' | 'programmeYears'>;
  schools: Pick<School, 'id' | 'name' | 'role'>[];
  plan: Pick<Plan, 'title' | 'year' | 'status' | 'currentVersion'>;
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
  measures: Pick<Measure, 'id' | 'name' | 'unit'>[];
  focusGroups?: Pick<FocusGroup, 'id' | 'name'>[];
  /** The level of the document's own heading (priorities one below, objectives two below). */
  headingLevel?: 1 | 2;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export function PlanDocument(props: PlanDocumentProps) {
  const { triad, schools, plan, measures } = props;
  const level = props.headingLevel ?? 2;
  const H = `h${level}` as 'h1' | 'h2';
  const HP = `h${level + 1}` as 'h2' | 'h3';
  const HO = `h${level + 2}` as 'h3' | 'h4';
  const schoolName = (id: string | null) => (id ? (schools.find((s) => s.id === id)?.name ?? 'A former school') : '–');
  const groupName = (id: string | null) => (id ? (props.focusGroups?.find((g) => g.id === id)?.name ?? '') : '');
  const priorities = [...props.priorities].sort(byOrder);
  const total = sumPence(props.actions.map((a) => a.estimatedCostPence));

  return (
    <article className="plan-document">
      <H>{plan.title}</H>
      <dl className="plan-facts">
        <dt>Triad</dt>
        <dd>{triad.name}</dd>
        <dt>Programme year</dt>
        <dd>{programmeYearLabel(triad, plan.year)}</dd>
        <dt>Status</dt>
        <dd>{plan.status === 'agreed' ? `Agreed (version ${plan.currentVersion})` : 'Draft, not yet agreed'}</dd>
        <dt>Collaborative leadership learning focus</dt>
        <dd>{triad.focus || 'Not recorded'}</dd>
        <dt>Schools</dt>
        <dd>{schools.length ? schools.map((s) => `${s.name} (${s.role === 'coordinating' ? 'co-ordinating' : 'partner'})`).join('; ') : 'Not recorded'}</dd>
        <dt>Estimated cost of all actions</dt>
        <dd>{formatPounds(total)}</dd>
      </dl>
      {priorities.length === 0 ? <p>This plan has no priorities yet.</p> : null}
      {priorities.map((priority, pi) => {
        const objectives = props.objectives.filter((o) => o.priorityId === priority.id).sort(byOrder);
        return (
          <section key={priority.id} className="plan-priority" aria-label={`Priority ${pi + 1}`}>
            <HP>
              Priority {pi + 1}: {priority.title}
            </HP>
            {priority.description ? <p>{priority.description}</p> : null}
            {objectives.map((objective, oi) => {
              const actions = props.actions.filter((a) => a.objectiveId === objective.id).sort(byOrder);
              return (
                <section key={objective.id} className="plan-objective">
                  <HO>
                    Objective {pi + 1}.{oi + 1}: {objective.title}
                  </HO>
                  <p className="criteria-heading">Success criteria</p>
                  <ul>
                    {objective.successCriteria.map((c, ci) => (
                      <li key={ci}>{describeCriterion(c, measures, schools)}</li>
                    ))}
                  </ul>
                  {actions.length === 0 ? (
                    <p>No actions yet.</p>
                  ) : (
                    <table className="data plan-actions">
                      <caption className="visually-hidden">Actions for objective {pi + 1}.{oi + 1}</caption>
                      <thead>
                        <tr>
                          <th scope="col">Action</th>
                          <th scope="col">Lead school</th>
                          <th scope="col">Owner</th>
                          <th scope="col">Start</th>
                          <th scope="col">End</th>
                          <th scope="col" className="num">
                            Estimated cost
                          </th>
                          <th scope="col">Status</th>
                        </tr>
                      </thead>
                      <tbody>
                        {actions.map((action) => (
                          <tr key={action.id}>
                            <td>
                              {action.title}
                              {action.schoolIds.length ? (
                                <span className="action-detail">With: {action.schoolIds.map(schoolName).join(', ')}</span>
                              ) : null}
                              {groupName(action.focusGroupId) ? <span className="action-detail">Focus group: {groupName(action.focusGroupId)}</span> : null}
                              {action.milestones.length ? (
                                <span className="action-detail">
                                  Milestones: {action.milestones.map((m) => `${formatDate(m.date)} ${m.description}${m.done ? ' (done)' : ''}`).join('; ')}
                                </span>
                              ) : null}
                            </td>
                            <td>{schoolName(action.leadSchoolId)}</td>
                            <td>{action.owner || '–'}</td>
                            <td>{formatDate(action.startDate)}</td>
                            <td>{formatDate(action.endDate)}</td>
                            <td className="num">{formatPounds(action.estimatedCostPence)}</td>
                            <td>{STATUS_WORDS[action.status]}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
              );
            })}
          </section>
        );
      })}
    </article>
  );
}
