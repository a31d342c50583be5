import { useEffect, useRef, useState, type FormEvent } from 'react';
import { outstandingPence } from '../../core/budget';
import { academicYearOf, formatDate, isWithin, parseUkDate, programmeRange, todayIso } from '../../core/dates';
import { formatPounds, parsePounds, penceToPlain } from '../../core/money';
import type { LedgerEntry, Triad } from '../../core/model';
import { db } from '../../db';
import { markCommitmentPaid } from '../../db/budget';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toaster';

/** Turns an open commitment into a payment of what is still outstanding on it. */
export function MarkPaidPanel({ triad, commitment, ledger, onDone }: { triad: Triad; commitment: LedgerEntry; ledger: LedgerEntry[]; onDone: () => void }) {
  const range = programmeRange(triad);
  const today = todayIso();
  const [date, setDate] = useState(formatDate(isWithin(today, range) ? today : commitment.date));
  const [reference, setReference] = useState(commitment.reference);
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const amount = outstandingPence(commitment, ledger);
  const [paid, setPaid] = useState(penceToPlain(amount));
  const [amountError, setAmountError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = parseUkDate(date);
    if (!iso) return setError('Enter the date it was paid as dd/mm/yyyy.');
    if (!isWithin(iso, range)) return setError(`The date must be within the programme, ${formatDate(range.start)} to ${formatDate(range.end)}.`);
    if (iso < commitment.date) return setError(`A payment cannot be before the order was placed on ${formatDate(commitment.date)}.`);
    const parsed = parsePounds(paid);
    if (!parsed.ok) return setAmountError(parsed.error);
    if (parsed.pence <= 0) return setAmountError('The amount paid must be more than £0.00.');
    if (parsed.pence > amount) return setAmountError(`The amount paid cannot be more than the ${formatPounds(amount)} still outstanding.`);
    setAmountError(undefined);
    await markCommitmentPaid(db, commitment.id, { date: iso, year: academicYearOf(iso), reference: reference.trim(), overrideReason: '', amountPence: parsed.pence });
    notify(
      parsed.pence === amount
        ? `Paid ${formatPounds(parsed.pence)} to ${commitment.payee}.`
        : `Paid ${formatPounds(parsed.pence)} to ${commitment.payee}; ${formatPounds(amount - parsed.pence)} still outstanding.`,
    );
    onDone();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Mark as paid" className="panel">
      <h2 tabIndex={-1} ref={heading}>
        Mark as paid: {commitment.payee}
      </h2>
      <p>
        {formatPounds(amount)} is still outstanding on the order of {formatDate(commitment.date)}. Paying it all closes the commitment; a part-payment
        leaves the rest open.
      </p>
      <div className="field-row">
        <Field label="Date paid" hint="dd/mm/yyyy" error={error}>
          {(p) => <input {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Amount paid (£)" hint="All that is outstanding, or part of it" error={amountError}>
          {(p) => <input {...p} inputMode="decimal" value={paid} onChange={(e) => setPaid(e.target.value)} />}
        </Field>
        <Field label="Payment reference">{(p) => <input {...p} value={reference} onChange={(e) => setReference(e.target.value)} />}</Field>
      </div>
      <div className="actions-row">
        <button type="submit">Record payment</button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
