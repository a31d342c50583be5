import { useState, type FormEvent } from 'react';
import { formatDate, todayIso } from '../../core/dates';
import type { ChangeLogEntry, Plan, PlanVersion } from '../../core/model';
import { validateAgreement, type AgreementForm, type Errors } from '../../core/plan-rules';
import { db } from '../../db';
import { agreePlan } from '../../db/plans';
import { ErrorSummary, Field } from '../../ui/Field';
import { useToast } from '../../ui/Toaster';
import { errorList } from './controls';

/** Where the plan stands, and the form that agrees it as a named, dated version. */
export function AgreePlan({ plan, versions, changes, defaultAgreedBy, actionCount }: { plan: Plan; versions: PlanVersion[]; changes: ChangeLogEntry[]; defaultAgreedBy: string; actionCount: number }) {
  const latest = versions.at(-1);
  const changesSince = latest ? changes.filter((c) => c.at >= latest.createdAt).length : 0;
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<AgreementForm>({ name: '', agreedBy: latest?.agreedBy ?? defaultAgreedBy, agreedOn: formatDate(todayIso()) });
  const [errors, setErrors] = useState<Errors>({});
  const { notify } = useToast();
  const set = (key: keyof AgreementForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const nextVersion = plan.currentVersion + 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateAgreement(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const version = await agreePlan(db, plan.id, result.value);
    setOpen(false);
    setForm((f) => ({ ...f, name: '' }));
    notify(`Plan agreed as version ${version.version}.`);
  };

  return (
    <section className="panel" aria-labelledby="plan-status-heading">
      <h2 id="plan-status-heading">Agreement</h2>
      {latest ? (
        <p>
          <strong>Agreed – version {latest.version}</strong>, “{latest.name}”, agreed by {latest.agreedBy} on {formatDate(latest.agreedOn)}.{' '}
          {changesSince === 0
            ? 'No changes since then.'
            : `${changesSince} ${changesSince === 1 ? 'change' : 'changes'} since then, each recorded with its reason.`}
        </p>
      ) : (
        <p>
          <strong>Draft</strong> – not yet agreed. Once the triad’s heads agree it, every change is recorded with its reason.
        </p>
      )}
      {open ? (
        <form onSubmit={submit} noValidate aria-label="Agree the plan">
          <ErrorSummary errors={errorList(errors)} />
          <div className="field-row">
            <Field label="Name of this version" hint="For example “Agreed at the heads’ meeting”" error={errors.name}>
              {(p) => <input {...p} value={form.name} onChange={set('name')} />}
            </Field>
            <Field label="Agreed by" error={errors.agreedBy}>
              {(p) => <input {...p} value={form.agreedBy} onChange={set('agreedBy')} />}
            </Field>
            <Field label="Date agreed" hint="dd/mm/yyyy" error={errors.agreedOn}>
              {(p) => <input {...p} value={form.agreedOn} onChange={set('agreedOn')} />}
            </Field>
          </div>
          <div className="actions-row">
            <button type="submit">Agree as version {nextVersion}</button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions-row">
          {actionCount === 0 ? (
            <p>There is nothing to agree yet: add the plan’s priorities, objectives and actions first.</p>
          ) : !latest || changesSince > 0 ? (
            <button type="button" onClick={() => setOpen(true)}>
              {latest ? `Agree the amended plan (version ${nextVersion})` : 'Agree the plan'}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}
