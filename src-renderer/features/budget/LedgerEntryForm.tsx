import { useState, type FormEvent } from 'react';
import { checkSpendWarnings, summariseBudget, type BudgetWarning } from '../../core/budget';
import type { NameLookups } from '../../core/budget-csv';
import { validateLedgerForm, yearFigures, type LedgerFields, type LedgerForm } from '../../core/budget-rules';
import { academicYearLabel, formatDate } from '../../core/dates';
import { formatPounds, penceToPlain } from '../../core/money';
import type { LedgerEntry, School, Triad } from '../../core/model';
import { db } from '../../db';
import { saveLedgerEntry, type BudgetData } from '../../db/budget';
import { ErrorSummary, Field } from '../../ui/Field';
import { namedOptions, SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/Toaster';
import { OverrideWarning } from './OverrideWarning';

function initialForm(entry: LedgerEntry | null): LedgerForm {
  return entry
    ? {
        kind: entry.kind,
        date: formatDate(entry.date),
        payee: entry.payee,
        description: entry.description,
        amount: penceToPlain(entry.amountPence),
        budgetLineId: entry.budgetLineId,
        actionId: entry.actionId ?? '',
        schoolId: entry.schoolId ?? '',
        reference: entry.reference,
        status: entry.status,
      }
    : { kind: 'commitment', date: '', payee: '', description: '', amount: '', budgetLineId: '', actionId: '', schoolId: '', reference: '', status: 'open' };
}

interface Props {
  triad: Triad;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
  /** The entry being edited, or null to record a new one. */
  entry: LedgerEntry | null;
  onDone: () => void;
}

/** Records or edits a commitment or payment; an overspend needs a reason to go ahead. */
export function LedgerEntryForm({ triad, data, schools, names, entry, onDone }: Props) {
  const [form, setForm] = useState<LedgerForm>(() => initialForm(entry));
  const [errors, setErrors] = useState<Partial<Record<keyof LedgerForm, string>>>({});
  const [pending, setPending] = useState<{ fields: LedgerFields; warnings: BudgetWarning[] } | null>(null);
  const { notify } = useToast();
  const set = (key: keyof LedgerForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const lines = data.lines.filter((l) => !l.archived || l.id === entry?.budgetLineId);

  const save = async (fields: LedgerFields, reason: string) => {
    await saveLedgerEntry(db, triad.id, fields, reason || (entry?.overrideReason ?? ''), entry ?? undefined);
    setPending(null);
    setForm(initialForm(null));
    notify(`${fields.kind === 'commitment' ? 'Commitment' : 'Payment'} of ${formatPounds(fields.amountPence)} to ${fields.payee} ${entry ? 'updated' : 'recorded'}.`);
    onDone();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateLedgerForm(form, triad);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const fields = result.value;
    // The year's position without this entry (when editing, its old version is left out).
    const ledger = data.ledger.filter((e) => e.year === fields.year && e.id !== entry?.id);
    const allocations = data.allocations.filter((a) => a.year === fields.year);
    const before = summariseBudget({ ...yearFigures(triad, data.years.find((y) => y.year === fields.year)), allocations, ledger });
    const warnings = checkSpendWarnings(before, fields, names.lines[fields.budgetLineId] ?? 'this line', {
      action: fields.actionId ? data.actions.find((a) => a.id === fields.actionId)?.title : undefined,
      school: fields.schoolId ? names.schools[fields.schoolId] : undefined,
    });
    if (warnings.length > 0) setPending({ fields, warnings });
    else await save(fields, '');
  };

  const statusChoices = form.kind === 'commitment' ? (['open', 'paid', 'cancelled'] as const) : (['paid', 'cancelled'] as const);
  const statusNames = { open: 'Open (not yet paid)', paid: 'Paid', cancelled: 'Cancelled' };

  return (
    <form onSubmit={submit} noValidate aria-label={entry ? 'Edit ledger entry' : 'Record a commitment or payment'} className="panel">
      <h2>{entry ? `Edit: ${entry.payee}` : 'Record a commitment or payment'}</h2>
      {entry?.overrideReason ? <p>Reason given for going past a warning: {entry.overrideReason}</p> : null}
      <ErrorSummary errors={Object.values(errors).map((message) => ({ message: message ?? '' }))} />
      <fieldset>
        <legend>Type</legend>
        <label>
          <input
            type="radio"
            name="ledger-kind"
            checked={form.kind === 'commitment'}
            onChange={() => setForm((f) => ({ ...f, kind: 'commitment', status: 'open' }))}
          />{' '}
          Commitment (order placed, not yet paid)
        </label>{' '}
        <label>
          <input type="radio" name="ledger-kind" checked={form.kind === 'payment'} onChange={() => setForm((f) => ({ ...f, kind: 'payment', status: 'paid' }))} /> Payment
          (money spent)
        </label>
      </fieldset>
      <div className="field-row">
        <Field label="Date" hint="dd/mm/yyyy" error={errors.date}>
          {(p) => <input {...p} value={form.date} onChange={set('date')} />}
        </Field>
        <Field label="Amount (£)" error={errors.amount}>
          {(p) => <input {...p} inputMode="decimal" value={form.amount} onChange={set('amount')} />}
        </Field>
        <Field label="Status">
          {(p) => (
            <select {...p} value={form.status} onChange={set('status')}>
              {statusChoices.map((s) => (
                <option key={s} value={s}>
                  {statusNames[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Payee" error={errors.payee}>
          {(p) => <input {...p} value={form.payee} onChange={set('payee')} />}
        </Field>
        <Field label="Reference" hint="Order or invoice number">
          {(p) => <input {...p} value={form.reference} onChange={set('reference')} />}
        </Field>
      </div>
      <Field label="Description">{(p) => <input {...p} value={form.description} onChange={set('description')} />}</Field>
      <div className="field-row">
        <SelectField label="Budget line" error={errors.budgetLineId} value={form.budgetLineId} onChange={set('budgetLineId')} emptyLabel="Choose a budget line" options={namedOptions(lines)} />
        <Field label="Plan action">
          {(p) => (
            <select {...p} value={form.actionId} onChange={set('actionId')}>
              <option value="">None</option>
              {data.actions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title} ({academicYearLabel(a.planYear)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <SelectField label="School" value={form.schoolId} onChange={set('schoolId')} emptyLabel="None" options={namedOptions(schools)} />
      </div>
      {pending ? (
        <OverrideWarning warnings={pending.warnings} proceedLabel="Record anyway" onProceed={(reason) => save(pending.fields, reason)} onCancel={() => setPending(null)} />
      ) : (
        <div className="actions-row">
          <button type="submit">{entry ? 'Save changes' : form.kind === 'commitment' ? 'Record commitment' : 'Record payment'}</button>
          {entry ? (
            <button type="button" className="secondary" onClick={onDone}>
              Cancel editing
            </button>
          ) : null}
        </div>
      )}
    </form>
  );
}
