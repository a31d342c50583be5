import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../core/dates';
import { LEA_DECISION_LABELS, validateMembershipForm, type MembershipForm } from '../../../core/membership';
import type { LeaDecision, Membership, MembershipCriterion, School, SchoolRole } from '../../../core/model';
import { ROLE_LABELS } from '../../../core/schools';
import type { FieldErrors } from '../../../core/triad';
import { db } from '../../../db';
import { saveMembership } from '../../../db/membership';
import { ErrorSummary, Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';

function initialForm(school: School, membership: Membership | null): MembershipForm {
  const decision = membership?.leaDecision ?? null;
  return {
    evidence: Object.fromEntries((membership?.evidence ?? []).map((e) => [e.criterionId, e.text])),
    agreedToJoinOn: membership?.agreedToJoinOn ? formatDate(membership.agreedToJoinOn) : '',
    agreedRole: membership?.agreedRole ?? school.role,
    hasLeaDecision: decision !== null,
    leaDecidedOn: decision ? formatDate(decision.decidedOn) : '',
    leaRole: decision?.role ?? '',
    leaReasons: decision?.reasons ?? '',
    notes: membership?.notes ?? '',
  };
}

interface Props {
  triadId: string;
  school: School;
  membership: Membership | null;
  criteria: MembershipCriterion[];
}

/** One school's membership: evidence against the criteria, agreement, role, and any LEA decision. */
export function SchoolMembershipForm({ triadId, school, membership, criteria }: Props) {
  const [form, setForm] = useState<MembershipForm>(() => initialForm(school, membership));
  const [errors, setErrors] = useState<FieldErrors<keyof MembershipForm>>({});
  const { notify } = useToast();
  const set = (key: 'agreedToJoinOn' | 'agreedRole' | 'leaDecidedOn' | 'leaRole' | 'leaReasons' | 'notes') =>
    (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value }));
  const roleCriteria = criteria.filter((c) => c.role === (form.agreedRole || school.role)).sort((a, b) => a.order - b.order);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateMembershipForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await saveMembership(db, triadId, school.id, result.value);
    notify(`Membership of ${school.name} saved.`);
  };

  const headingId = `membership-${school.id}`;
  const errorList = Object.entries(errors).map(([field, message]) => ({ field, message: message ?? '' }));
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{school.name}</h3>
      <p className="hint">Chosen as the {ROLE_LABELS[school.role].toLowerCase()}</p>
      <ErrorSummary errors={errorList} />
      <div className="field-row">
        <Field label="Date the school agreed to join" hint="dd/mm/yyyy. Membership is voluntary." error={errors.agreedToJoinOn}>
          {(p) => <input {...p} value={form.agreedToJoinOn} onChange={set('agreedToJoinOn')} />}
        </Field>
        <Field label="Agreed role" error={errors.agreedRole}>
          {(p) => (
            <select {...p} value={form.agreedRole} onChange={set('agreedRole')}>
              {(Object.keys(ROLE_LABELS) as SchoolRole[]).map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset>
        <legend>Evidence against the criteria for the {form.agreedRole === 'coordinating' ? 'co-ordinating' : 'partner'} role</legend>
        {roleCriteria.length === 0 ? <p>No criteria written for this role yet: add them above.</p> : null}
        {roleCriteria.map((c) => (
          <Field key={c.id} label={`Evidence: ${c.text}`}>
            {(p) => (
              <textarea
                {...p}
                value={form.evidence[c.id] ?? ''}
                onChange={(e) => setForm((f) => ({ ...f, evidence: { ...f.evidence, [c.id]: e.target.value } }))}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={form.hasLeaDecision}
          onChange={(e) => setForm((f) => ({ ...f, hasLeaDecision: e.target.checked }))}
        />
        The schools and the LEA disagreed, and the LEA decided
      </label>
      {form.hasLeaDecision ? (
        <fieldset>
          <legend>The LEA’s decision</legend>
          <div className="field-row">
            <Field label="Date of the LEA’s decision" hint="dd/mm/yyyy" error={errors.leaDecidedOn}>
              {(p) => <input {...p} value={form.leaDecidedOn} onChange={set('leaDecidedOn')} />}
            </Field>
            <Field label="The LEA decided" error={errors.leaRole}>
              {(p) => (
                <select {...p} value={form.leaRole} onChange={set('leaRole')}>
                  <option value="">Choose the decision</option>
                  {(Object.keys(LEA_DECISION_LABELS) as LeaDecision['role'][]).map((r) => (
                    <option key={r} value={r}>
                      {LEA_DECISION_LABELS[r]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field label="The LEA’s reasons" error={errors.leaReasons}>
            {(p) => <textarea {...p} value={form.leaReasons} onChange={set('leaReasons')} />}
          </Field>
        </fieldset>
      ) : null}
      <Field label="Notes" error={errors.notes}>
        {(p) => <textarea {...p} value={form.notes} onChange={set('notes')} />}
      </Field>
      <button type="submit">Save membership of {school.name}</button>
    </form>
  );
}
