import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Plan, Priority, Triad } from '../../core/model';
import { validatePriority, type Errors, type PriorityForm } from '../../core/plan-rules';
import { db } from '../../db';
import { findPlan, ReasonRequiredError, savePriority } from '../../db/plans';
import { ErrorSummary, Field } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useUnsavedChanges } from '../../ui/UnsavedChanges';
import { errorList, ReasonField } from './controls';

/** Adds a priority (`/plan/priorities/new?year=2003`) or edits one (`/plan/priorities/:id`). */
export function PriorityEditor({ triad }: { triad: Triad }) {
  const { id } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year'));
  const found = useLiveQuery(async () => {
    const priority = id ? ((await db.priorities.get(id)) ?? null) : null;
    const plan = priority ? await db.plans.get(priority.planId) : await findPlan(db, triad.id, year);
    return { priority, plan: plan ?? null };
  }, [id, year, triad.id]);
  if (!found) return <p role="status">Loading…</p>;
  if (!found.plan || (id && !found.priority)) {
    return (
      <Page title="Priority not found">
        <EmptyState title="Nothing to edit">
          <p>
            That priority or plan no longer exists. <Link to="/plan">Back to the plan</Link>.
          </p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={found.priority ? 'Edit priority' : 'Add a priority'}>
      <PriorityFormView plan={found.plan} existing={found.priority} />
    </Page>
  );
}

function PriorityFormView({ plan, existing }: { plan: Plan; existing: Priority | null }) {
  const [initial] = useState<PriorityForm>({ title: existing?.title ?? '', description: existing?.description ?? '', reason: '' });
  const [form, setForm] = useState<PriorityForm>(initial);
  const unsaved = useUnsavedChanges(JSON.stringify(form) !== JSON.stringify(initial));
  const [errors, setErrors] = useState<Errors>({});
  const navigate = useNavigate();
  const { notify } = useToast();
  const back = `/plan?year=${plan.year}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePriority(form, plan.status === 'agreed');
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      await savePriority(db, { planId: plan.id, existingId: existing?.id ?? null, fields: result.value, reason: form.reason });
    } catch (problem) {
      if (problem instanceof ReasonRequiredError) return setErrors({ reason: problem.message });
      throw problem;
    }
    notify(existing ? 'Priority saved.' : 'Priority added.');
    unsaved.saved();
    navigate(back);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Priority details">
      {unsaved.prompt}
      <ErrorSummary errors={errorList(errors)} />
      <Field label="Priority" hint="What most needs to improve across the triad" error={errors.title}>
        {(p) => <input {...p} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />}
      </Field>
      <Field label="Description" hint="Optional: why this matters and who it is for" error={errors.description}>
        {(p) => <textarea {...p} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />}
      </Field>
      <ReasonField plan={plan} value={form.reason} onChange={(reason) => setForm({ ...form, reason })} error={errors.reason} />
      <div className="actions-row">
        <button type="submit">{existing ? 'Save priority' : 'Add priority'}</button>
        <Link className="button secondary" to={back}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
