import { useState, type FormEvent } from 'react';
import type { LeaSupportRole, School } from '../../../core/model';
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

export function PersonForm({ triadId, schools }: { triadId: string; schools: School[] }) {
  const [form, setForm] = useState<PersonFormState>(EMPTY_PERSON);
  const [errors, setErrors] = useState<FieldErrors<keyof PersonFormState>>({});
  const { notify } = useToast();
  const set = (key: keyof PersonFormState) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePersonForm(form);
    if (!result.ok) return setErrors(result.errors);
    await savePerson(db, triadId, null, result.value);
    setErrors({});
    setForm({ ...EMPTY_PERSON, where: form.where });
    notify(`${result.value.name} added.`);
  };
  const lea = form.where === 'lea';
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="add-person-heading">
      <h3 id="add-person-heading">Add a person</h3>
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
      <button type="submit">Add person</button>
    </form>
  );
}

const EMPTY_PARTNERSHIP: PartnershipFormState = { name: '', kind: 'higher-education', provides: '', contact: '' };

export function PartnershipForm({ triadId }: { triadId: string }) {
  const [form, setForm] = useState<PartnershipFormState>(EMPTY_PARTNERSHIP);
  const [errors, setErrors] = useState<FieldErrors<keyof PartnershipFormState>>({});
  const { notify } = useToast();
  const set = (key: keyof PartnershipFormState) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePartnershipForm(form);
    if (!result.ok) return setErrors(result.errors);
    await savePartnership(db, triadId, null, result.value);
    setErrors({});
    setForm(EMPTY_PARTNERSHIP);
    notify(`${result.value.name} added.`);
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="add-partner-heading">
      <h3 id="add-partner-heading">Add a partner beyond the network</h3>
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
      <button type="submit">Add partner</button>
    </form>
  );
}
