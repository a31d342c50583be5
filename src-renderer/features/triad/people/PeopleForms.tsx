import { useState, type FormEvent } from 'react';
import type { LeaSupportRole, Partnership, Person, School } from '../../../core/model';
import {
  LEA_ROLE_LABELS,
  validatePartnershipForm,
  validatePersonForm,
  type PartnershipForm as PartnershipFormState,
  type PersonForm as PersonFormState,
} from '../../../core/network';
import type { FieldErrors } from '../../../core/triad';
import { db } from '../../../db';
import { savePartnership, savePerson } from '../../../db/network';
import { ErrorSummary, Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';

const EMPTY_PERSON: PersonFormState = { where: '', name: '', role: '', leaRole: '', email: '', phone: '' };

function personToForm(person: Person): PersonFormState {
  return { where: person.schoolId ?? 'lea', name: person.name, role: person.role, leaRole: person.leaRole ?? '', email: person.email, phone: person.phone };
}

/** Adds a person, or edits one when `existing` is given (then `onDone` closes the form). */
export function PersonForm({ triadId, schools, existing = null, onDone }: { triadId: string; schools: School[]; existing?: Person | null; onDone?: () => void }) {
  const [form, setForm] = useState<PersonFormState>(existing ? personToForm(existing) : EMPTY_PERSON);
  const [errors, setErrors] = useState<FieldErrors<keyof PersonFormState>>({});
  const { notify } = useToast();
  const set = (key: keyof PersonFormState) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePersonForm(form);
    if (!result.ok) return setErrors(result.errors);
    await savePerson(db, triadId, existing, result.value);
    setErrors({});
    setForm({ ...EMPTY_PERSON, where: form.where });
    notify(existing ? `${result.value.name} saved.` : `${result.value.name} added.`);
    onDone?.();
  };
  const lea = form.where === 'lea';
  const headingId = existing ? `edit-person-${existing.id}` : 'add-person-heading';
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{existing ? `Edit ${existing.name}` : 'Add a person'}</h3>
      <ErrorSummary errors={Object.values(errors).map((message) => ({ message: message ?? '' }))} />
      <Field label="Where they work" error={errors.where}>
        {(p) => (
          <select {...p} value={form.where} onChange={set('where')}>
            <option value="">Choose a school or the LEA</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            <option value="lea">LEA support team</option>
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field label="Name" error={errors.name}>
          {(p) => <input {...p} value={form.name} onChange={set('name')} />}
        </Field>
        {lea ? (
          <Field label="Part in the LEA support team" error={errors.leaRole}>
            {(p) => (
              <select {...p} value={form.leaRole} onChange={set('leaRole')}>
                <option value="">Choose</option>
                {(Object.keys(LEA_ROLE_LABELS) as LeaSupportRole[]).map((r) => (
                  <option key={r} value={r}>
                    {LEA_ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label="Role" hint="For example Headteacher, Literacy co-ordinator" error={errors.role}>
            {(p) => <input {...p} value={form.role} onChange={set('role')} />}
          </Field>
        )}
      </div>
      <div className="field-row">
        <Field label="Email" error={errors.email}>
          {(p) => <input {...p} type="email" value={form.email} onChange={set('email')} />}
        </Field>
        <Field label="Phone" error={errors.phone}>
          {(p) => <input {...p} type="tel" value={form.phone} onChange={set('phone')} />}
        </Field>
      </div>
      <div className="actions-row">
        <button type="submit">{existing ? 'Save person' : 'Add person'}</button>
        {onDone ? (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

const EMPTY_PARTNERSHIP: PartnershipFormState = { name: '', kind: 'higher-education', provides: '', contact: '' };

/** Adds a partner beyond the network, or edits one when `existing` is given. */
export function PartnershipForm({ triadId, existing = null, onDone }: { triadId: string; existing?: Partnership | null; onDone?: () => void }) {
  const [form, setForm] = useState<PartnershipFormState>(
    existing ? { name: existing.name, kind: existing.kind, provides: existing.provides, contact: existing.contact } : EMPTY_PARTNERSHIP,
  );
  const [errors, setErrors] = useState<FieldErrors<keyof PartnershipFormState>>({});
  const { notify } = useToast();
  const set = (key: keyof PartnershipFormState) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePartnershipForm(form);
    if (!result.ok) return setErrors(result.errors);
    await savePartnership(db, triadId, existing, result.value);
    setErrors({});
    setForm(EMPTY_PARTNERSHIP);
    notify(existing ? `${result.value.name} saved.` : `${result.value.name} added.`);
    onDone?.();
  };
  const headingId = existing ? `edit-partner-${existing.id}` : 'add-partner-heading';
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{existing ? `Edit ${existing.name}` : 'Add a partner beyond the network'}</h3>
      <ErrorSummary errors={Object.values(errors).map((message) => ({ message: message ?? '' }))} />
      <div className="field-row">
        <Field label="Partner’s name" error={errors.name}>
          {(p) => <input {...p} value={form.name} onChange={set('name')} />}
        </Field>
        <Field label="Kind of partner" error={errors.kind}>
          {(p) => (
            <select {...p} value={form.kind} onChange={set('kind')}>
              <option value="higher-education">Higher education (university or college)</option>
              <option value="other">Other</option>
            </select>
          )}
        </Field>
      </div>
      <Field label="What the partnership provides" hint="For example accreditation of teacher research" error={errors.provides}>
        {(p) => <textarea {...p} value={form.provides} onChange={set('provides')} />}
      </Field>
      <Field label="Contact" error={errors.contact}>
        {(p) => <input {...p} value={form.contact} onChange={set('contact')} />}
      </Field>
      <div className="actions-row">
        <button type="submit">{existing ? 'Save partner' : 'Add partner'}</button>
        {onDone ? (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
