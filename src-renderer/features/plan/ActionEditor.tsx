import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatDate, programmeYearLabel } from '../../core/dates';
import { newId } from '../../core/ids';
import { type Action, type FocusGroup, type Meeting, type MeetingDecision, type Objective, type Plan, type Priority, type School, type Triad } from '../../core/model';
import { penceToPlain } from '../../core/money';
import { validateAction, type ActionForm, type Errors } from '../../core/plan-rules';
import { db } from '../../db';
import { ReasonRequiredError, saveAction } from '../../db/plans';
import { ErrorSummary, Field } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useUnsavedChanges } from '../../ui/UnsavedChanges';
import { useSchools } from '../../shared/use-triad';
import { errorList, ReasonField } from './controls';
import { ProgressPanel } from './ProgressPanel';
import { useFocusGroups } from './use-plan-data';

interface ObjectiveChoice {
  objective: Objective;
  plan: Plan;
  priority: Priority | undefined;
}

interface Loaded {
  action: Action | null;
  choices: ObjectiveChoice[];
  decision: { meeting: Meeting; decision: MeetingDecision } | null;
}

/**
 * Adds an action (`/plan/actions/new?objectiveId=…`, or from a focus-group decision with
 * `?meetingId=…&decisionId=…`) or edits one (`/plan/actions/:id`).
 */
export function ActionEditor({ triad }: { triad: Triad }) {
  const { id } = useParams();
  const [params] = useSearchParams();
  const objectiveId = params.get('objectiveId') ?? '';
  const meetingId = params.get('meetingId') ?? '';
  const decisionId = params.get('decisionId') ?? '';
  const schools = useSchools(triad.id);
  const focusGroups = useFocusGroups(triad.id);
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    const action = id ? ((await db.actions.get(id)) ?? null) : null;
    const plans = action ? [await db.plans.get(action.planId)].filter((p): p is Plan => !!p) : await db.plans.where('triadId').equals(triad.id).toArray();
    const choices: ObjectiveChoice[] = [];
    for (const plan of plans.sort((a, b) => a.year - b.year)) {
      const [priorities, objectives] = await Promise.all([
        db.priorities.where('planId').equals(plan.id).toArray(),
        db.objectives.where('planId').equals(plan.id).toArray(),
      ]);
      const order = (o: Objective) => (priorities.find((p) => p.id === o.priorityId)?.order ?? 0) * 1000 + o.order;
      for (const objective of objectives.sort((a, b) => order(a) - order(b))) {
        choices.push({ objective, plan, priority: priorities.find((p) => p.id === objective.priorityId) });
      }
    }
    const meeting = meetingId ? await db.meetings.get(meetingId) : undefined;
    const decision = meeting?.decisions.find((d) => d.id === decisionId);
    return { action, choices, decision: meeting && decision ? { meeting, decision } : null };
  }, [id, triad.id, meetingId, decisionId]);

  if (!loaded || !schools || !focusGroups) return <p role="status">Loading…</p>;
  if (id && !loaded.action) {
    return (
      <Page title="Action not found">
        <EmptyState title="Nothing to edit">
          <p>
            That action no longer exists. <Link to="/plan">Back to the plan</Link>.
          </p>
        </EmptyState>
      </Page>
    );
  }
  if (loaded.choices.length === 0) {
    return (
      <Page title="Add an action">
        <EmptyState title="No objectives to add an action to">
          <p>
            Every action works towards an objective. <Link to="/plan">Go to the plan</Link> and add a priority and an objective first.
          </p>
        </EmptyState>
      </Page>
    );
  }
  const fromDecision = meetingId || decisionId;
  return (
    <Page title={loaded.action ? 'Edit action' : 'Add an action'}>
      {fromDecision && !loaded.decision ? <p className="warning">That focus-group decision could not be found, so this action will not be linked to it.</p> : null}
      {loaded.decision ? (
        <p className="panel">
          From the focus-group meeting on {formatDate(loaded.decision.meeting.date)}: decision “{loaded.decision.decision.text}”. Choose the objective it
          serves; when saved, the decision is linked to the new action.
        </p>
      ) : null}
      {loaded.decision?.decision.actionId ? <p className="warning">This decision has already become an action. Saving makes another one and links the decision to it instead.</p> : null}
      <ActionFormView
        triad={triad}
        existing={loaded.action}
        choices={loaded.choices}
        defaultObjectiveId={objectiveId}
        decision={loaded.decision}
        schools={schools}
        focusGroups={focusGroups}
      />
      {loaded.action ? <ProgressPanel action={loaded.action} planYear={loaded.choices.find((c) => c.objective.id === loaded.action!.objectiveId)?.plan.year ?? null} /> : null}
    </Page>
  );
}

function initialForm(existing: Action | null, objectiveId: string, decision: { meeting: Meeting; decision: MeetingDecision } | null, schools: School[], focusGroups: FocusGroup[]): ActionForm {
  if (existing) {
    return {
      objectiveId: existing.objectiveId,
      title: existing.title,
      leadSchoolId: existing.leadSchoolId ?? '',
      schoolIds: existing.schoolIds,
      owner: existing.owner,
      focusGroupId: existing.focusGroupId ?? '',
      startDate: formatDate(existing.startDate),
      endDate: formatDate(existing.endDate),
      estimatedCost: penceToPlain(existing.estimatedCostPence),
      status: existing.status,
      milestones: existing.milestones.map((m) => ({ ...m, date: formatDate(m.date) })),
      reason: '',
    };
  }
  return {
    objectiveId,
    title: decision?.decision.text ?? '',
    leadSchoolId: schools.find((s) => s.role === 'coordinating')?.id ?? '',
    schoolIds: schools.map((s) => s.id),
    owner: '',
    // An action made from a focus group's decision belongs to that group.
    focusGroupId: focusGroups.some((g) => g.id === decision?.meeting.focusGroupId) ? decision!.meeting.focusGroupId : '',
    startDate: '',
    endDate: '',
    estimatedCost: '',
    status: 'not-started',
    milestones: [],
    reason: '',
  };
}

interface FormProps {
  triad: Triad;
  existing: Action | null;
  choices: ObjectiveChoice[];
  defaultObjectiveId: string;
  decision: { meeting: Meeting; decision: MeetingDecision } | null;
  schools: School[];
  focusGroups: FocusGroup[];
}

function ActionFormView({ triad, existing, choices, defaultObjectiveId, decision, schools, focusGroups }: FormProps) {
  const [initial] = useState<ActionForm>(() =>
    initialForm(existing, defaultObjectiveId || (choices.length === 1 ? choices[0]!.objective.id : ''), decision, schools, focusGroups),
  );
  const [form, setForm] = useState<ActionForm>(initial);
  const unsaved = useUnsavedChanges(JSON.stringify(form) !== JSON.stringify(initial));
  const [errors, setErrors] = useState<Errors>({});
  const navigate = useNavigate();
  const { notify } = useToast();
  const chosen = choices.find((c) => c.objective.id === form.objectiveId);
  const plan = chosen?.plan ?? null;
  const back = plan ? `/plan?year=${plan.year}` : '/plan';
  const set = <K extends keyof ActionForm>(key: K, value: ActionForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setMilestone = (index: number, change: Partial<ActionForm['milestones'][number]>) =>
    setForm((f) => ({ ...f, milestones: f.milestones.map((m, i) => (i === index ? { ...m, ...change } : m)) }));
  const plans = [...new Map(choices.map((c) => [c.plan.id, c.plan])).values()];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateAction(form, { planYear: plan?.year ?? null, agreed: plan?.status === 'agreed', hasSchools: schools.length > 0 });
    if (!result.ok || !plan) {
      setErrors(result.ok ? { objectiveId: 'Choose the objective this action works towards.' } : result.errors);
      return;
    }
    try {
      await saveAction(db, {
        planId: plan.id,
        existingId: existing?.id ?? null,
        fields: result.value,
        reason: form.reason,
        fromDecision: decision ? { meetingId: decision.meeting.id, decisionId: decision.decision.id } : null,
      });
    } catch (problem) {
      if (problem instanceof ReasonRequiredError) return setErrors({ reason: problem.message });
      throw problem;
    }
    notify(existing ? 'Action saved.' : 'Action added.');
    unsaved.saved();
    navigate(back);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Action details">
      {unsaved.prompt}
      <ErrorSummary errors={errorList(errors)} />
      <Field label="Objective" error={errors.objectiveId}>
        {(p) => (
          <select {...p} value={form.objectiveId} onChange={(e) => set('objectiveId', e.target.value)}>
            <option value="">Choose an objective</option>
            {plans.map((pl) => (
              <optgroup key={pl.id} label={programmeYearLabel(triad, pl.year)}>
                {choices
                  .filter((c) => c.plan.id === pl.id)
                  .map((c) => (
                    <option key={c.objective.id} value={c.objective.id}>
                      {c.priority ? `${c.priority.title} – ` : ''}
                      {c.objective.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label="What will be done" error={errors.title}>
        {(p) => <input {...p} value={form.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field label="Lead school" error={errors.leadSchoolId}>
          {(p) => (
            <select {...p} value={form.leadSchoolId} onChange={(e) => set('leadSchoolId', e.target.value)}>
              <option value="">{schools.length ? 'Choose the lead school' : 'No schools recorded yet'}</option>
              {schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Owner" hint="The person responsible" error={errors.owner}>
          {(p) => <input {...p} value={form.owner} onChange={(e) => set('owner', e.target.value)} />}
        </Field>
        <Field label="Focus group" hint="Optional" error={errors.focusGroupId}>
          {(p) => (
            <select {...p} value={form.focusGroupId} onChange={(e) => set('focusGroupId', e.target.value)}>
              <option value="">None</option>
              {focusGroups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {schools.length > 0 ? (
        <fieldset>
          <legend>Schools involved</legend>
          <ul className="checkbox-list">
            {schools.map((s) => (
              <li key={s.id}>
                <input
                  type="checkbox"
                  id={`school-${s.id}`}
                  checked={form.schoolIds.includes(s.id)}
                  onChange={(e) => set('schoolIds', e.target.checked ? [...form.schoolIds, s.id] : form.schoolIds.filter((x) => x !== s.id))}
                />{' '}
                <label htmlFor={`school-${s.id}`}>{s.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="field-row">
        <Field label="Start date" hint={plan ? `dd/mm/yyyy, within ${programmeYearLabel(triad, plan.year)}` : 'dd/mm/yyyy'} error={errors.startDate}>
          {(p) => <input {...p} value={form.startDate} onChange={(e) => set('startDate', e.target.value)} />}
        </Field>
        <Field label="End date" hint="dd/mm/yyyy" error={errors.endDate}>
          {(p) => <input {...p} value={form.endDate} onChange={(e) => set('endDate', e.target.value)} />}
        </Field>
        <Field label="Estimated cost (£)" hint="For example 6000 or £6,000.00" error={errors.estimatedCost}>
          {(p) => <input {...p} inputMode="decimal" value={form.estimatedCost} onChange={(e) => set('estimatedCost', e.target.value)} />}
        </Field>
      </div>
      {existing ? (
        <p className="hint">
          Status and progress are recorded below, under “Progress”, or in the termly review: they are monitoring, not changes to the agreed plan.
        </p>
      ) : null}
      <fieldset>
        <legend>Milestones and monitoring dates</legend>
        {form.milestones.length === 0 ? <p>None yet.</p> : null}
        {form.milestones.map((m, index) => (
          <div className="milestone-row" key={m.id}>
            <Field label={`Milestone ${index + 1} date`} hint="dd/mm/yyyy" error={errors[`milestones.${index}.date`]}>
              {(p) => <input {...p} value={m.date} onChange={(e) => setMilestone(index, { date: e.target.value })} />}
            </Field>
            <Field label={`Milestone ${index + 1}`} error={errors[`milestones.${index}.description`]}>
              {(p) => <input {...p} value={m.description} onChange={(e) => setMilestone(index, { description: e.target.value })} />}
            </Field>
            <p>
              <input type="checkbox" id={`milestone-done-${m.id}`} checked={m.done} onChange={(e) => setMilestone(index, { done: e.target.checked })} />{' '}
              <label htmlFor={`milestone-done-${m.id}`}>Milestone {index + 1} done</label>
            </p>
            <button type="button" className="secondary" onClick={() => set('milestones', form.milestones.filter((_, i) => i !== index))}>
              Remove milestone {index + 1}
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set('milestones', [...form.milestones, { id: newId(), date: '', description: '', done: false }])}>
          Add a milestone
        </button>
      </fieldset>
      {plan ? <ReasonField plan={plan} value={form.reason} onChange={(reason) => set('reason', reason)} error={errors.reason} /> : null}
      <div className="actions-row">
        <button type="submit">{existing ? 'Save action' : 'Add action'}</button>
        <Link className="button secondary" to={back}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
