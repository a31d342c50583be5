import { useState, type FormEvent } from 'react';
import type { Triad } from '../../core/model';
import { academicYearLabel } from '../../core/dates';
import { penceToPlain } from '../../core/money';
import { DEFAULT_ANNUAL_ALLOCATION_PENCE, DEFAULT_PROGRAMME_YEARS, validateTriadForm, type FieldErrors, type TriadForm } from '../../core/triad';
import { db } from '../../db';
import { saveTriadDetails } from '../../db/triads';
import { ErrorSummary, Field } from '../../ui/Field';
import { NETWORK_KINDS, networkKindLabel } from '../../core/network-kinds';
import { useToast } from '../../ui/Toaster';

function initialForm(triad: Triad | null): TriadForm {
  const thisYear = new Date().getFullYear();
  return {
    name: triad?.name ?? '',
    localAuthority: triad?.localAuthority ?? '',
    cohort: triad?.cohort ?? '',
    firstYear: String(triad?.firstYear ?? thisYear),
    programmeYears: String(triad?.programmeYears ?? DEFAULT_PROGRAMME_YEARS),
    annualAllocation: penceToPlain(triad?.annualAllocationPence ?? DEFAULT_ANNUAL_ALLOCATION_PENCE),
    focus: triad?.focus ?? '',
    kind: triad?.kind ?? 'triad',
  };
}

const YEAR_CHOICES = Array.from({ length: 41 }, (_, i) => 2000 + i);

export function TriadDetailsForm({ triad, onSaved }: { triad: Triad | null; onSaved?: () => void }) {
  const [form, setForm] = useState<TriadForm>(() => initialForm(triad));
  const [errors, setErrors] = useState<FieldErrors<keyof TriadForm>>({});
  const { notify } = useToast();
  const set = (key: keyof TriadForm) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateTriadForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await saveTriadDetails(db, triad, result.value);
    notify(triad ? 'Triad details saved.' : 'Triad created.');
    onSaved?.();
  };

  const errorList = Object.entries(errors).map(([field, message]) => ({ field, message: message ?? '' }));

  return (
    <form onSubmit={submit} noValidate aria-label="Triad details">
      <ErrorSummary errors={errorList} />
      <Field label="Triad name" error={errors.name}>
        {(p) => <input {...p} value={form.name} onChange={set('name')} autoComplete="off" />}
      </Field>
      <Field label="Kind of network" hint="A triad keeps the triad’s rules (one co-ordinating school, two partners); other networks take any number of schools." error={errors.kind}>
        {(p) => (
          <select {...p} value={form.kind} onChange={set('kind')}>
            {NETWORK_KINDS.map((k) => (
              <option key={k} value={k}>
                {networkKindLabel(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field label="Local authority" error={errors.localAuthority}>
          {(p) => <input {...p} value={form.localAuthority} onChange={set('localAuthority')} />}
        </Field>
        <Field label="Cohort" hint='For example "Cohort 1, started 2003/04"' error={errors.cohort}>
          {(p) => <input {...p} value={form.cohort} onChange={set('cohort')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="First programme year" error={errors.firstYear}>
          {(p) => (
            <select {...p} value={form.firstYear} onChange={set('firstYear')}>
              {YEAR_CHOICES.map((y) => (
                <option key={y} value={String(y)}>
                  {academicYearLabel(y)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Number of programme years" error={errors.programmeYears}>
          {(p) => <input {...p} type="number" min={1} max={10} value={form.programmeYears} onChange={set('programmeYears')} />}
        </Field>
        <Field label="Annual allocation (£)" hint="The additional money for each programme year" error={errors.annualAllocation}>
          {(p) => <input {...p} inputMode="decimal" value={form.annualAllocation} onChange={set('annualAllocation')} />}
        </Field>
      </div>
      <Field label="Collaborative leadership learning focus" error={errors.focus}>
        {(p) => <textarea {...p} value={form.focus} onChange={set('focus')} />}
      </Field>
      <div className="actions-row">
        <button type="submit">{triad ? 'Save triad details' : 'Create triad'}</button>
      </div>
    </form>
  );
}
