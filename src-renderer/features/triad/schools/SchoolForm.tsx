import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { InterventionCategory, School, SchoolRole } from '../../../core/model';
import { INTERVENTION_LABELS, ROLE_LABELS, validateSchoolForm, type SchoolForm as SchoolFormState } from '../../../core/schools';
import type { FieldErrors } from '../../../core/triad';
import { db } from '../../../db';
import { SchoolRefusedError, saveSchool } from '../../../db/schools';
import { ErrorSummary, Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';

interface Props {
  triadId: string;
  existing: School | null;
  initial: SchoolFormState;
  /** Where the details came from, e.g. "Filled in from the register", shown under the heading. */
  source?: string;
  onDone: () => void;
}

/** Adds a school to the triad or edits one; the triad's shape is checked when it is saved. */
export function SchoolForm({ triadId, existing, initial, source, onDone }: Props) {
  const [form, setForm] = useState<SchoolFormState>(initial);
  const [errors, setErrors] = useState<FieldErrors<keyof SchoolFormState>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const { notify } = useToast();
  useEffect(() => heading.current?.focus(), []);
  const set = (key: keyof SchoolFormState) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateSchoolForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      const saved = await saveSchool(db, triadId, existing, result.value);
      setErrors({});
      notify(existing ? `${saved.name} saved.` : `${saved.name} added to the triad.`);
      onDone();
    } catch (error) {
      if (error instanceof SchoolRefusedError) setErrors({ role: error.message });
      else throw error;
    }
  };

  const errorList = Object.entries(errors).map(([field, message]) => ({ field, message: message ?? '' }));
  const title = existing ? `Edit ${existing.name}` : 'Add a school';

  return (
    <form onSubmit={submit} noValidate aria-labelledby="school-form-heading" className="panel">
      <h2 id="school-form-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {source ? <p className="hint">{source}</p> : null}
      <ErrorSummary errors={errorList} />
      <Field label="Role in the triad" error={errors.role}>
        {(p) => (
          <select {...p} value={form.role} onChange={set('role')}>
            <option value="">Choose a role</option>
            {(Object.keys(ROLE_LABELS) as SchoolRole[]).map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="School name" error={errors.name}>
        {(p) => <input {...p} value={form.name} onChange={set('name')} autoComplete="off" />}
      </Field>
      <div className="field-row">
        <Field label="URN" hint="Unique reference number: 6 digits" error={errors.urn}>
          {(p) => <input {...p} inputMode="numeric" value={form.urn} onChange={set('urn')} />}
        </Field>
        <Field label="DfE number" hint="LA/establishment, for example 333/2015" error={errors.dfeNumber}>
          {(p) => <input {...p} value={form.dfeNumber} onChange={set('dfeNumber')} />}
        </Field>
        <Field label="Phase" error={errors.phase}>
          {(p) => <input {...p} value={form.phase} onChange={set('phase')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Address" error={errors.address}>
          {(p) => <input {...p} value={form.address} onChange={set('address')} />}
        </Field>
        <Field label="Postcode" error={errors.postcode}>
          {(p) => <input {...p} value={form.postcode} onChange={set('postcode')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Head teacher" error={errors.headTeacher}>
          {(p) => <input {...p} value={form.headTeacher} onChange={set('headTeacher')} />}
        </Field>
        <Field label="Research/learning link teacher" error={errors.linkTeacher}>
          {(p) => <input {...p} value={form.linkTeacher} onChange={set('linkTeacher')} />}
        </Field>
        <Field label="Chair of governors" error={errors.chairOfGovernors}>
          {(p) => <input {...p} value={form.chairOfGovernors} onChange={set('chairOfGovernors')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Email" error={errors.email}>
          {(p) => <input {...p} type="email" value={form.email} onChange={set('email')} />}
        </Field>
        <Field label="Phone" error={errors.phone}>
          {(p) => <input {...p} type="tel" value={form.phone} onChange={set('phone')} />}
        </Field>
      </div>
      <Field
        label="Intervention category"
        hint="A school in an intervention category is supported by intervention, which is kept separate from the triad’s improvement work."
        error={errors.interventionCategory}
      >
        {(p) => (
          <select {...p} value={form.interventionCategory} onChange={set('interventionCategory')}>
            {(Object.keys(INTERVENTION_LABELS) as InterventionCategory[]).map((c) => (
              <option key={c} value={c}>
                {INTERVENTION_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions-row">
        <button type="submit">{existing ? 'Save school' : 'Add school'}</button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
