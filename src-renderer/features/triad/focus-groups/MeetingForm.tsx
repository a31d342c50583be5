import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../core/dates';
import type { Meeting, Person } from '../../../core/model';
import { validateMeetingForm, type MeetingForm as MeetingFormState } from '../../../core/network';
import type { FieldErrors } from '../../../core/triad';
import { db } from '../../../db';
import { addMeeting, updateMeeting } from '../../../db/network';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';

const EMPTY: MeetingFormState = { date: '', notes: '', decisions: '', attendeeIds: [] };

function fromMeeting(meeting: Meeting): MeetingFormState {
  return { date: formatDate(meeting.date), notes: meeting.notes, decisions: meeting.decisions.map((d) => d.text).join('\n'), attendeeIds: meeting.attendeeIds ?? [] };
}

/**
 * Records a focus-group meeting — its date, who attended, notes and decisions (one a line) — or
 * edits one. An edited decision whose wording is unchanged keeps the plan action it became.
 */
export function MeetingForm({ focusGroupId, groupName, people, existing, onDone }: { focusGroupId: string; groupName: string; people: Person[]; existing?: Meeting; onDone?: () => void }) {
  const [form, setForm] = useState<MeetingFormState>(existing ? fromMeeting(existing) : EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof MeetingFormState>>({});
  const { notify } = useToast();
  const set = (key: 'date' | 'notes' | 'decisions') => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateMeetingForm(form);
    if (!result.ok) return setErrors(result.errors);
    if (existing) await updateMeeting(db, existing, result.value);
    else await addMeeting(db, focusGroupId, result.value);
    setErrors({});
    setForm(EMPTY);
    notify(existing ? `Meeting of ${groupName} saved.` : `Meeting of ${groupName} recorded.`);
    onDone?.();
  };
  const idPrefix = `attendee-${existing?.id ?? focusGroupId}`;
  return (
    <form onSubmit={submit} noValidate aria-label={existing ? `Edit the meeting of ${groupName} on ${formatDate(existing.date)}` : `Record a meeting of ${groupName}`}>
      <h4>{existing ? 'Edit the meeting' : 'Record a meeting'}</h4>
      <Field label="Meeting date" hint="dd/mm/yyyy" error={errors.date}>
        {(p) => <input {...p} value={form.date} onChange={set('date')} />}
      </Field>
      {people.length > 0 ? (
        <fieldset>
          <legend>Who attended</legend>
          <ul className="checkbox-list">
            {people.map((person) => (
              <li key={person.id}>
                <input
                  type="checkbox"
                  id={`${idPrefix}-${person.id}`}
                  checked={form.attendeeIds.includes(person.id)}
                  onChange={(e) =>
                    setForm((f) => ({ ...f, attendeeIds: e.target.checked ? [...f.attendeeIds, person.id] : f.attendeeIds.filter((x) => x !== person.id) }))
                  }
                />{' '}
                <label htmlFor={`${idPrefix}-${person.id}`}>{person.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <Field label="Notes" error={errors.notes}>
        {(p) => <textarea {...p} value={form.notes} onChange={set('notes')} />}
      </Field>
      <Field label="Decisions" hint="One decision a line" error={errors.decisions}>
        {(p) => <textarea {...p} value={form.decisions} onChange={set('decisions')} />}
      </Field>
      <div className="actions-row">
        <button type="submit">{existing ? 'Save meeting' : 'Record meeting'}</button>
        {existing ? (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
