import { useState, type FormEvent } from 'react';
import { academicYearLabel, formatDate, parseUkDate, todayIso } from '../../core/dates';
import { formatPounds, parsePounds } from '../../core/money';
import type { BudgetYear, Triad } from '../../core/model';
import { db } from '../../db';
import { saveCarryForward } from '../../db/budget';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toaster';

/** Carry-forward policy: none, or unspent money carried into the next year by a recorded decision. */
export function CarryForwardSection({ triad, year, record, remainingBeforeCarryPence }: { triad: Triad; year: number; record: BudgetYear | undefined; remainingBeforeCarryPence: number }) {
  const decision = record?.carryForward ?? null;
  const [form, setForm] = useState({ decidedOn: formatDate(todayIso()), amount: '', reason: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof form, string>>>({});
  const { notify } = useToast();
  const next = academicYearLabel(year + 1);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    const date = parseUkDate(form.decidedOn);
    if (!date) found.decidedOn = 'Enter the date of the decision as dd/mm/yyyy.';
    const amount = parsePounds(form.amount);
    if (!amount.ok) found.amount = amount.error;
    else if (amount.pence === 0) found.amount = 'The amount must be more than £0.00.';
    else if (amount.pence > remainingBeforeCarryPence) found.amount = `You can carry forward at most what is left unspent, ${formatPounds(Math.max(0, remainingBeforeCarryPence))}.`;
    if (form.reason.trim().length < 5) found.reason = 'Record the reason for the decision.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !date || !amount.ok) return;
    await saveCarryForward(db, triad, year, { decidedOn: date, amountPence: amount.pence, reason: form.reason.trim() });
    notify(`${formatPounds(amount.pence)} carried forward to ${next}.`);
  };

  const remove = async () => {
    const before = decision;
    await saveCarryForward(db, triad, year, null);
    notify('Carry-forward removed.', before ? () => saveCarryForward(db, triad, year, before) : undefined);
  };

  return (
    <section aria-labelledby="carry-heading" className="panel">
      <h3 id="carry-heading">Carry forward to {next}</h3>
      {decision ? (
        <>
          <p>
            On {formatDate(decision.decidedOn)} it was decided to carry {formatPounds(decision.amountPence)} forward to {next}. Reason: {decision.reason}
          </p>
          <button type="button" className="secondary" onClick={remove}>
            Remove carry-forward
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Carry forward">
          <p>No money is carried forward from this year. Record a decision to carry unspent money into {next}.</p>
          <div className="field-row">
            <Field label="Date of decision" hint="dd/mm/yyyy" error={errors.decidedOn}>
              {(p) => <input {...p} value={form.decidedOn} onChange={(e) => setForm({ ...form, decidedOn: e.target.value })} />}
            </Field>
            <Field label="Amount to carry forward (£)" error={errors.amount}>
              {(p) => <input {...p} inputMode="decimal" value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />}
            </Field>
          </div>
          <Field label="Reason for carrying forward" hint="For example, who agreed it and why" error={errors.reason}>
            {(p) => <textarea {...p} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
          </Field>
          <button type="submit" className="secondary">
            Record carry-forward
          </button>
        </form>
      )}
    </section>
  );
}
