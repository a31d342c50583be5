import { useState, type FormEvent } from 'react';
import { formatPounds, parsePounds, penceToPlain } from '../../core/money';
import type { Triad } from '../../core/model';
import { db } from '../../db';
import { saveYearAllocation } from '../../db/budget';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toaster';

export function YearAllocationForm({ triad, year, allocationPence }: { triad: Triad; year: number; allocationPence: number }) {
  const [amount, setAmount] = useState(penceToPlain(allocationPence));
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePounds(amount);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    await saveYearAllocation(db, triad, year, parsed.pence);
    notify('Allocation saved.');
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Year allocation" className="field-row">
      <Field label="Allocation for this year (£)" hint={`The triad's default is ${formatPounds(triad.annualAllocationPence)} a year`} error={error}>
        {(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </Field>
      <div className="actions-row">
        <button type="submit">Save allocation</button>
      </div>
    </form>
  );
}
