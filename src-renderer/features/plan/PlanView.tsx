import { Link } from 'react-router-dom';
import { formatDate, programmeYearLabel, programmeYearList } from '../../core/dates';
import type { Action, Measure, Objective, Plan, Priority, School, Triad } from '../../core/model';
import { formatPounds, sumPence } from '../../core/money';
import { describeCriterion } from '../../core/plan-rules';
import { STATUS_TONE, STATUS_WORDS } from '../../core/plan-words';
import { db } from '../../db';
import { copyUnfinishedActions, deletePlanItem, ensurePlan, moveItem, undoPlanDelete, type PlanItemKind } from '../../db/plans';
import { EmptyState, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useSchools } from '../../shared/use-triad';
import { AgreePlan } from './AgreePlan';
import { ReasonedButton, YearPicker } from './controls';
import { useChanges, useMeasures, usePlan, usePlanItems, useResults, useSelectedYear, useVersions } from './use-plan-data';
import { ResultIndex, targetStatus } from '../../core/impact-measures';

export function PlanView({ triad }: { triad: Triad }) {
  const [year, setYear] = useSelectedYear(triad);
  const plan = usePlan(triad.id, year);
  const schools = useSchools(triad.id);
  const { notify } = useToast();
  const label = programmeYearLabel(triad, year);

  return (
    <Page title="Triad Improvement Plan" lede="One plan for each programme year: priorities, the objectives that serve them, and the actions that meet them.">
      <YearPicker triad={triad} year={year} onChange={setYear} />
      {plan === undefined || schools === undefined ? (
        <p role="status">Loading…</p>
      ) : plan === null ? (
        <EmptyState title={`No plan for ${label} yet`}>
          <p>Start this year’s Triad Improvement Plan, then add its priorities, objectives and actions.</p>
          <button
            type="button"
            onClick={async () => {
              await ensurePlan(db, triad, year);
              notify(`Plan for ${label} started.`);
            }}
          >
            Start the plan for {label}
          </button>
        </EmptyState>
      ) : (
        <PlanBody triad={triad} plan={plan} schools={schools} />
      )}
    </Page>
  );
}

function PlanBody({ triad, plan, schools }: { triad: Triad; plan: Plan; schools: School[] }) {
  const items = usePlanItems(plan.id);
  const measures = useMeasures(triad.id);
  const versions = useVersions(plan.id);
  const changes = useChanges(plan.id);
  const { notify } = useToast();
  if (!items || !measures || !versions || !changes) return <p role="status">Loading…</p>;
  const years = programmeYearList(triad);
  const nextYear = years.includes(plan.year + 1) ? plan.year + 1 : null;
  const unfinished = items.actions.filter((a) => a.status !== 'complete').length;
  const coordinatingHead = schools.find((s) => s.role === 'coordinating')?.headTeacher ?? '';

  const copyForward = async () => {
    if (nextYear === null) return;
    const result = await copyUnfinishedActions(db, triad, plan.year);
    const target = programmeYearLabel(triad, nextYear);
    const already = result.alreadyCopied ? ` ${result.alreadyCopied} had already been copied.` : '';
    notify(
      result.copiedActions === 0
        ? `Nothing new to copy into ${target}.${already}`
        : `Copied ${result.copiedActions} unfinished ${result.copiedActions === 1 ? 'action' : 'actions'} into ${target}.${already}`,
    );
  };

  return (
    <>
      <AgreePlan plan={plan} versions={versions} changes={changes} defaultAgreedBy={coordinatingHead} actionCount={items.actions.length} />
      <div className="actions-row">
        <Link className="button" to={`/plan/priorities/new?year=${plan.year}`}>
          Add a priority
        </Link>
        <Link className="button secondary" to={`/plan/review?year=${plan.year}`}>
          Termly review
        </Link>
        <Link className="button secondary" to={`/plan/history?year=${plan.year}`}>
          History and versions
        </Link>
        <Link className="button secondary" to={`/plan/document?year=${plan.year}`}>
          View as a document
        </Link>
        {nextYear !== null && unfinished > 0 ? (
          <button type="button" className="secondary" onClick={() => void copyForward()}>
            Copy unfinished actions into {programmeYearLabel(triad, nextYear)}
          </button>
        ) : null}
      </div>
      <p>
        {items.priorities.length} {items.priorities.length === 1 ? 'priority' : 'priorities'}, {items.actions.length}{' '}
        {items.actions.length === 1 ? 'action' : 'actions'}, estimated cost {formatPounds(sumPence(items.actions.map((a) => a.estimatedCostPence)))}.
      </p>
      {items.priorities.length === 0 ? (
        <EmptyState title="No priorities yet">
          <p>Add the triad’s first priority for this year: what most needs to improve across the three schools.</p>
        </EmptyState>
      ) : null}
      {items.priorities.map((priority, index) => (
        <PriorityBlock
          key={priority.id}
          plan={plan}
          priority={priority}
          number={index + 1}
          first={index === 0}
          last={index === items.priorities.length - 1}
          objectives={items.objectives.filter((o) => o.priorityId === priority.id)}
          actions={items.actions}
          schools={schools}
          measures={measures}
        />
      ))}
    </>
  );
}

function usePlanItemCommands(plan: Plan) {
  const { notify } = useToast();
  return {
    remove: async (kind: PlanItemKind, id: string, reason: string) => {
      const trashId = await deletePlanItem(db, { planId: plan.id, kind, id, reason });
      const entry = await db.trash.get(trashId);
      notify(`${entry?.label ?? 'Deleted'}.`, () => undoPlanDelete(db, trashId));
    },
    move: async (kind: PlanItemKind, id: string, direction: -1 | 1, reason: string) => {
      await moveItem(db, { planId: plan.id, kind, id, direction, reason });
    },
  };
}

interface ItemControlsProps {
  plan: Plan;
  kind: PlanItemKind;
  id: string;
  title: string;
  editTo: string;
  first: boolean;
  last: boolean;
}

function ItemControls({ plan, kind, id, title, editTo, first, last }: ItemControlsProps) {
  const commands = usePlanItemCommands(plan);
  const what = `${kind} ${title}`;
  return (
    <div className="plan-item-controls">
      <Link className="button secondary" to={editTo} aria-label={`Edit ${what}`}>
        Edit
      </Link>
      {!first ? (
        <ReasonedButton plan={plan} className="secondary" label="Move up" accessibleName={`Move up ${what}`} confirmLabel="Move up" onConfirm={(r) => commands.move(kind, id, -1, r)} />
      ) : null}
      {!last ? (
        <ReasonedButton plan={plan} className="secondary" label="Move down" accessibleName={`Move down ${what}`} confirmLabel="Move down" onConfirm={(r) => commands.move(kind, id, 1, r)} />
      ) : null}
      <ReasonedButton plan={plan} className="danger" label="Delete" accessibleName={`Delete ${what}`} confirmLabel="Delete" onConfirm={(r) => commands.remove(kind, id, r)} />
    </div>
  );
}

interface PriorityBlockProps {
  plan: Plan;
  priority: Priority;
  number: number;
  first: boolean;
  last: boolean;
  objectives: Objective[];
  actions: Action[];
  schools: School[];
  measures: Measure[];
}

function PriorityBlock({ plan, priority, number, first, last, objectives, actions, schools, measures }: PriorityBlockProps) {
  return (
    <section className="plan-item priority" aria-labelledby={`priority-${priority.id}`}>
      <div className="plan-item-header">
        <h2 id={`priority-${priority.id}`}>
          Priority {number}: {priority.title}
        </h2>
        <ItemControls plan={plan} kind="priority" id={priority.id} title={priority.title} editTo={`/plan/priorities/${priority.id}`} first={first} last={last} />
      </div>
      {priority.description ? <p>{priority.description}</p> : null}
      {objectives.map((objective, index) => (
        <ObjectiveBlock
          key={objective.id}
          plan={plan}
          objective={objective}
          number={`${number}.${index + 1}`}
          first={index === 0}
          last={index === objectives.length - 1}
          actions={actions.filter((a) => a.objectiveId === objective.id)}
          schools={schools}
          measures={measures}
        />
      ))}
      <Link className="button secondary" to={`/plan/objectives/new?priorityId=${priority.id}`} aria-label={`Add an objective to priority ${priority.title}`}>
        Add an objective
      </Link>
    </section>
  );
}

interface ObjectiveBlockProps {
  plan: Plan;
  objective: Objective;
  number: string;
  first: boolean;
  last: boolean;
  actions: Action[];
  schools: School[];
  measures: Measure[];
}

function ObjectiveBlock({ plan, objective, number, first, last, actions, schools, measures }: ObjectiveBlockProps) {
  const results = useResults(plan.triadId);
  const index = new ResultIndex(results ?? []);
  const status = (c: Objective['successCriteria'][number]): string => {
    const measure = c.kind === 'measure' ? measures.find((m) => m.id === c.measureId) : undefined;
    if (c.kind !== 'measure' || !measure || !results) return '';
    return ` — ${targetStatus({ target: c, measure, schoolIds: schools.map((s) => s.id), results: index }).text}`;
  };
  const schoolName = (id: string | null) => (id ? (schools.find((s) => s.id === id)?.name ?? 'A former school') : '–');
  return (
    <section className="plan-item" aria-labelledby={`objective-${objective.id}`}>
      <div className="plan-item-header">
        <h3 id={`objective-${objective.id}`}>
          Objective {number}: {objective.title}
        </h3>
        <ItemControls plan={plan} kind="objective" id={objective.id} title={objective.title} editTo={`/plan/objectives/${objective.id}`} first={first} last={last} />
      </div>
      <p className="criteria-heading">Success criteria</p>
      <ul>
        {objective.successCriteria.map((c, i) => (
          <li key={i}>
            {describeCriterion(c, measures, schools)}
            {status(c)}
          </li>
        ))}
      </ul>
      {actions.length === 0 ? (
        <p>No actions yet.</p>
      ) : (
        <table className="data plan-actions">
          <caption className="visually-hidden">Actions for objective {number}</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Lead school</th>
              <th scope="col">Dates</th>
              <th scope="col" className="num">
                Estimated cost
              </th>
              <th scope="col">Status</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action, index) => (
              <tr key={action.id}>
                <td>
                  {action.title}
                  {action.owner ? <span className="action-detail">Owner: {action.owner}</span> : null}
                  {action.milestones.length ? (
                    <span className="action-detail">
                      {action.milestones.filter((m) => m.done).length} of {action.milestones.length} milestones done
                    </span>
                  ) : null}
                </td>
                <td>{schoolName(action.leadSchoolId)}</td>
                <td>
                  {formatDate(action.startDate)} to {formatDate(action.endDate)}
                </td>
                <td className="num">{formatPounds(action.estimatedCostPence)}</td>
                <td>
                  <span className={`badge ${STATUS_TONE[action.status]}`}>{STATUS_WORDS[action.status]}</span>
                </td>
                <td>
                  <ItemControls plan={plan} kind="action" id={action.id} title={action.title} editTo={`/plan/actions/${action.id}`} first={index === 0} last={index === actions.length - 1} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Link className="button secondary" to={`/plan/actions/new?objectiveId=${objective.id}`} aria-label={`Add an action to objective ${objective.title}`}>
        Add an action
      </Link>
    </section>
  );
}
