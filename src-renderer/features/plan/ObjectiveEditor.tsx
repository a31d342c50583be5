import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatDate } from '../../core/dates';
import type { Measure, Objective, Plan, Priority, School, SuccessCriterion, Triad } from '../../core/model';
import { emptyCriterion, validateObjective, type CriterionForm, type Errors, type ObjectiveForm } from '../../core/plan-rules';
import { db } from '../../db';
import { ReasonRequiredError, saveObjective } from '../../db/plans';
import { ErrorSummary, Field } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useUnsavedChanges } from '../../ui/UnsavedChanges';
import { useSchools } from '../../shared/use-triad';
import { errorList, ReasonField } from './controls';
import { useMeasures } from './use-plan-data';

/** Adds an objective (`/plan/objectives/new?priorityId=…`) or edits one (`/plan/objectives/:id`). */
export function ObjectiveEditor({ triad }: { triad: Triad }) {
  const { id } = useParams();
  const [params] = useSearchParams();
  const priorityId = params.get('priorityId') ?? '';
  const schools = useSchools(triad.id);
  const measures = useMeasures(triad.id);
  const found = useLiveQuery(async () => {
    const objective = id ? ((await db.objectives.get(id)) ?? null) : null;
    const planId = objective?.planId ?? (await db.priorities.get(priorityId))?.planId;
    const plan = planId ? ((await db.plans.get(planId)) ?? null) : null;
    const priorities = plan ? (await db.priorities.where('planId').equals(plan.id).toArray()).sort((a, b) => a.order - b.order) : [];
    return { objective, plan, priorities };
  }, [id, priorityId]);
  if (!found || !schools || !measures) return <p role="status">Loading…</p>;
  if (!found.plan || (id && !found.objective)) {
    return (
      <Page title="Objective not found">
        <EmptyState title="Nothing to edit">
          <p>
            That objective or its priority no longer exists. <Link to="/plan">Back to the plan</Link>.
          </p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={found.objective ? 'Edit objective' : 'Add an objective'}>
      <ObjectiveFormView plan={found.plan} priorities={found.priorities} existing={found.objective} defaultPriorityId={priorityId} schools={schools} measures={measures} />
    </Page>
  );
}

function toForm(criterion: SuccessCriterion): CriterionForm {
  if (criterion.kind === 'qualitative') return { ...emptyCriterion('qualitative'), description: criterion.description };
  return {
    kind: 'measure',
    measureId: criterion.measureId,
    schoolId: criterion.schoolId ?? '',
    from: criterion.from === null ? '' : String(criterion.from),
    to: String(criterion.to),
    byDate: formatDate(criterion.byDate),
    description: criterion.description,
  };
}

interface FormProps {
  plan: Plan;
  priorities: Priority[];
  existing: Objective | null;
  defaultPriorityId: string;
  schools: School[];
  measures: Measure[];
}

function ObjectiveFormView({ plan, priorities, existing, defaultPriorityId, schools, measures }: FormProps) {
  const [initial] = useState<ObjectiveForm>(() => ({
    priorityId: existing?.priorityId ?? defaultPriorityId,
    title: existing?.title ?? '',
    criteria: existing ? existing.successCriteria.map(toForm) : [emptyCriterion('qualitative')],
    reason: '',
  }));
  const [form, setForm] = useState<ObjectiveForm>(initial);
  const unsaved = useUnsavedChanges(JSON.stringify(form) !== JSON.stringify(initial));
  const [errors, setErrors] = useState<Errors>({});
  const navigate = useNavigate();
  const { notify } = useToast();
  const back = `/plan?year=${plan.year}`;
  const setCriterion = (index: number, change: Partial<CriterionForm>) =>
    setForm((f) => ({ ...f, criteria: f.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateObjective(form, measures, plan.status === 'agreed');
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      await saveObjective(db, { planId: plan.id, existingId: existing?.id ?? null, fields: result.value, reason: form.reason });
    } catch (problem) {
      if (problem instanceof ReasonRequiredError) return setErrors({ reason: problem.message });
      throw problem;
    }
    notify(existing ? 'Objective saved.' : 'Objective added.');
    unsaved.saved();
    navigate(back);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Objective details">
      {unsaved.prompt}
      <ErrorSummary errors={errorList(errors)} />
      <Field label="Priority" error={errors.priorityId}>
        {(p) => (
          <select {...p} value={form.priorityId} onChange={(e) => setForm({ ...form, priorityId: e.target.value })}>
            <option value="">Choose a priority</option>
            {priorities.map((priority) => (
              <option key={priority.id} value={priority.id}>
                {priority.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Objective" hint="What will be different, and for whom" error={errors.title}>
        {(p) => <input {...p} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />}
      </Field>
      <h2>Success criteria</h2>
      <p className="hint">How you will know the objective has been met: a target on a measure, or an outcome you can describe and check.</p>
      {measures.length === 0 ? (
        <p className="warning">The triad has no measures yet, so only described outcomes can be used. Measures such as “KS2 English level 4+” are set up in Impact.</p>
      ) : null}
      {errors.criteria ? (
        <p className="error" role="alert">
          {errors.criteria}
        </p>
      ) : null}
      {form.criteria.map((criterion, index) => {
        const e = (field: string) => errors[`criteria.${index}.${field}`];
        return (
          <fieldset key={index}>
            <legend>
              Success criterion {index + 1}: {criterion.kind === 'measure' ? 'a target on a measure' : 'a described outcome'}
            </legend>
            {criterion.kind === 'measure' ? (
              <>
                <div className="field-row">
                  <Field label="Measure" error={e('measureId')}>
                    {(p) => (
                      <select {...p} value={criterion.measureId} onChange={(ev) => setCriterion(index, { measureId: ev.target.value })}>
                        <option value="">Choose a measure</option>
                        {measures.map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="For" error={e('schoolId')}>
                    {(p) => (
                      <select {...p} value={criterion.schoolId} onChange={(ev) => setCriterion(index, { schoolId: ev.target.value })}>
                        <option value="">The whole triad</option>
                        {schools.map((s) => (
                          <option key={s.id} value={s.id}>
                            {s.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </div>
                <div className="field-row">
                  <Field label="From" hint="Optional: where it starts, e.g. 63" error={e('from')}>
                    {(p) => <input {...p} inputMode="decimal" value={criterion.from} onChange={(ev) => setCriterion(index, { from: ev.target.value })} />}
                  </Field>
                  <Field label="Target" hint="e.g. 70" error={e('to')}>
                    {(p) => <input {...p} inputMode="decimal" value={criterion.to} onChange={(ev) => setCriterion(index, { to: ev.target.value })} />}
                  </Field>
                  <Field label="By" hint="dd/mm/yyyy" error={e('byDate')}>
                    {(p) => <input {...p} value={criterion.byDate} onChange={(ev) => setCriterion(index, { byDate: ev.target.value })} />}
                  </Field>
                </div>
                <Field label="Note" hint="Optional" error={e('description')}>
                  {(p) => <input {...p} value={criterion.description} onChange={(ev) => setCriterion(index, { description: ev.target.value })} />}
                </Field>
              </>
            ) : (
              <Field label="Outcome" hint="For example “Every middle leader leads one triad CPD session”" error={e('description')}>
                {(p) => <textarea {...p} value={criterion.description} onChange={(ev) => setCriterion(index, { description: ev.target.value })} />}
              </Field>
            )}
            <button type="button" className="secondary" onClick={() => setForm((f) => ({ ...f, criteria: f.criteria.filter((_, i) => i !== index) }))}>
              Remove success criterion {index + 1}
            </button>
          </fieldset>
        );
      })}
      <div className="actions-row">
        {measures.length > 0 ? (
          <button type="button" className="secondary" onClick={() => setForm((f) => ({ ...f, criteria: [...f.criteria, emptyCriterion('measure')] }))}>
            Add a target on a measure
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={() => setForm((f) => ({ ...f, criteria: [...f.criteria, emptyCriterion('qualitative')] }))}>
          Add a described outcome
        </button>
      </div>
      <ReasonField plan={plan} value={form.reason} onChange={(reason) => setForm({ ...form, reason })} error={errors.reason} />
      <div className="actions-row">
        <button type="submit">{existing ? 'Save objective' : 'Add objective'}</button>
        <Link className="button secondary" to={back}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
