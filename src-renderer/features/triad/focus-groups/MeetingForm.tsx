import { useState, type FormEvent } from 'react';
import { validateMeetingForm, type MeetingForm as MeetingFormState } from '../../../core/network';
import type { FieldErrors } from '../../../core/triad';
import { db } from '../../../db';
import { addMeeting } from '../../../db/network';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';

const EMPTY: MeetingFormState = { date: '', notes: '', decisions: '' };

/** Records a focus-group meeting: its date, notes and decisions (one a line). */
export function MeetingForm({ focusGroupId, groupName }: { focusGroupId: string; groupName: string }) {
  const [form, setForm] = useState<MeetingFormState>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof MeetingFormState>>({});
  const { notify } = useToast();
  const set = (key: keyof MeetingFormState) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateMeetingForm(form);
    if (!result.ok) return setErrors(result.errors);
    await addMeeting(db, focusGroupId, result.value);
    setErrors({});
    setForm(EMPTY);
    notify(`Meeting of ${groupName} recorded.`);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Record a meeting of ${groupName}`}>
      <h4>Record a meeting</h4>
      <Field label="Meeting date" hint="dd/mm/yyyy" error={errors.date}>
        {(p) => <input {...p} value={form.date} onChange={set('date')} />}
      </Field>
      <Field label="Notes" error={errors.notes}>
        {(p) => <textarea {...p} value={form.notes} onChange={set('notes')} />}
      </Field>
      <Field label="Decisions" hint="One decision a line" error={errors.decisions}>
        {(p) => <textarea {...p} value={form.decisions} onChange={set('decisions')} />}
      </Field>
      <button type="submit">Record meeting</button>
    </form>
  );
}
