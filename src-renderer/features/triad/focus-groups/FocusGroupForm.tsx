import { useState, type FormEvent } from 'react';
import type { FocusGroup, Person, School } from '../../../core/model';
import { validateFocusGroupForm, type FocusGroupForm as FocusGroupFormState } from '../../../core/network';
import type { FieldErrors } from '../../../core/triad';
import { db } from '../../../db';
import { saveFocusGroup } from '../../../db/network';
import { ErrorSummary, Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';

interface Props {
  triadId: string;
  existing: FocusGroup | null;
  schools: School[];
  people: Person[];
  onDone: () => void;
}

/** A focus group: its name, its mandate, its members from the three schools, and whether it owns CPD. */
export function FocusGroupForm({ triadId, existing, schools, people, onDone }: Props) {
  const [form, setForm] = useState<FocusGroupFormState>({
    name: existing?.name ?? '',
    mandate: existing?.mandate ?? '',
    memberIds: existing?.memberIds ?? [],
    ownsCpd: existing?.ownsCpd ?? false,
  });
  const [errors, setErrors] = useState<FieldErrors<keyof FocusGroupFormState>>({});
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateFocusGroupForm(form);
    if (!result.ok) return setErrors(result.errors);
    await saveFocusGroup(db, triadId, existing, result.value);
    notify(existing ? `${result.value.name} saved.` : `Focus group ${result.value.name} added.`);
    onDone();
  };
  const toggle = (id: string, checked: boolean) =>
    setForm((f) => ({ ...f, memberIds: checked ? [...f.memberIds, id] : f.memberIds.filter((m) => m !== id) }));
  const headingId = existing ? `edit-group-${existing.id}` : 'new-group-heading';

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{existing ? `Edit ${existing.name}` : 'Add a focus group'}</h3>
      <ErrorSummary errors={Object.values(errors).map((message) => ({ message: message ?? '' }))} />
      <Field label="Focus group name" error={errors.name}>
        {(p) => <input {...p} value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />}
      </Field>
      <Field label="Mandate" hint="The aspect of the triad’s work this group explores, manages and develops" error={errors.mandate}>
        {(p) => <textarea {...p} value={form.mandate} onChange={(e) => setForm((f) => ({ ...f, mandate: e.target.value }))} />}
      </Field>
      <label className="checkbox-field">
        <input type="checkbox" checked={form.ownsCpd} onChange={(e) => setForm((f) => ({ ...f, ownsCpd: e.target.checked }))} />
        This group owns continuing professional development (CPD) for the triad
      </label>
      <fieldset>
        <legend>Members from the three schools</legend>
        {people.length === 0 ? <p>Add staff in People and partners first.</p> : null}
        {schools.map((school) => {
          const staff = people.filter((p) => p.schoolId === school.id);
          if (staff.length === 0) return null;
          return (
            <div key={school.id}>
              <p>
                <strong>{school.name}</strong>
              </p>
              <ul className="checkbox-list">
                {staff.map((person) => (
                  <li key={person.id}>
                    <input
                      type="checkbox"
                      id={`member-${headingId}-${person.id}`}
                      checked={form.memberIds.includes(person.id)}
                      onChange={(e) => toggle(person.id, e.target.checked)}
                    />
                    <label htmlFor={`member-${headingId}-${person.id}`}>
                      {person.name} ({person.role})
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
      <div className="actions-row">
        <button type="submit">{existing ? 'Save focus group' : 'Add focus group'}</button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
