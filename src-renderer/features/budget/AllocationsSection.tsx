import { useState, type FormEvent } from 'react';
import { checkAllocationWarning, checkPlanCostWarning, proposePlanAllocations, type BudgetSummary, type BudgetWarning } from '../../core/budget';
import type { NameLookups } from '../../core/budget-csv';
import { validateAllocationForm, type AllocationFields, type AllocationForm } from '../../core/budget-rules';
import { formatPounds, penceToPlain, sumPence } from '../../core/money';
import type { Allocation, School, Triad } from '../../core/model';
import { db } from '../../db';
import { addAllocations, deleteAllocation, saveAllocation, type BudgetData } from '../../db/budget';
import { undoDelete } from '../../db/records';
import { ErrorSummary, Field } from '../../ui/Field';
import { namedOptions, SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/Toaster';
import { OverrideWarning } from './OverrideWarning';

const EMPTY: AllocationForm = { amount: '', budgetLineId: '', actionId: '', schoolId: '', note: '' };

interface Props {
  triad: Triad;
  year: number;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
  summary: BudgetSummary;
  allocations: Allocation[];
}

export function AllocationsSection({ triad, year, data, schools, names, summary, allocations }: Props) {
  const [form, setForm] = useState<AllocationForm>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof AllocationForm, string>>>({});
  const [pending, setPending] = useState<{ fields: AllocationFields; warnings: BudgetWarning[] } | null>(null);
  const [editing, setEditing] = useState<Allocation | null>(null);
  const [proposing, setProposing] = useState(false);
  const { notify } = useToast();
  const set = (key: keyof AllocationForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const actions = data.actions.filter((a) => a.planYear === year);
  const lines = data.lines.filter((l) => !l.archived);

  const proposals = proposePlanAllocations(actions, allocations);
  const planCost = checkPlanCostWarning(summary.availablePence, sumPence(actions.map((a) => a.estimatedCostPence)));

  const save = async (fields: AllocationFields, reason: string) => {
    await saveAllocation(db, triad.id, year, fields, reason || (editing?.overrideReason ?? ''), editing ?? undefined);
    setPending(null);
    setForm(EMPTY);
    notify(editing ? `Allocation updated to ${formatPounds(fields.amountPence)}.` : `Allocated ${formatPounds(fields.amountPence)}.`);
    setEditing(null);
  };

  /** Choosing a plan action brings its estimated cost, unless the head has typed an amount of their own. */
  const chooseAction = (actionId: string) =>
    setForm((f) => {
      const before = actions.find((a) => a.id === f.actionId);
      const chosen = actions.find((a) => a.id === actionId);
      const untouched = f.amount.trim() === '' || (before !== undefined && f.amount === penceToPlain(before.estimatedCostPence));
      return { ...f, actionId, amount: untouched && chosen && chosen.estimatedCostPence > 0 ? penceToPlain(chosen.estimatedCostPence) : f.amount };
    });

  const startEdit = (a: Allocation) => {
    setEditing(a);
    setPending(null);
    setErrors({});
    setForm({ amount: penceToPlain(a.amountPence), budgetLineId: a.budgetLineId ?? '', actionId: a.actionId ?? '', schoolId: a.schoolId ?? '', note: a.note });
  };

  const allocatePlan = async () => {
    await addAllocations(db, triad.id, year, proposals.map((p) => ({ amountPence: p.amountPence, budgetLineId: null, actionId: p.actionId, schoolId: actions.find((a) => a.id === p.actionId)?.leadSchoolId ?? null, note: 'From the plan’s estimated cost' })));
    setProposing(false);
    notify(`Allocated the plan’s costs: ${proposals.length} ${proposals.length === 1 ? 'action' : 'actions'}, ${formatPounds(sumPence(proposals.map((p) => p.amountPence)))}.`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateAllocationForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const warning = checkAllocationWarning(summary.availablePence, summary.allocatedPence - (editing?.amountPence ?? 0), result.value.amountPence);
    if (warning) setPending({ fields: result.value, warnings: [warning] });
    else await save(result.value, '');
  };

  const remove = async (allocation: Allocation) => {
    const trashId = await deleteAllocation(db, allocation);
    notify(`Allocation of ${formatPounds(allocation.amountPence)} deleted.`, () => undoDelete(db, trashId));
  };

  const describe = (a: Allocation) =>
    [a.budgetLineId ? names.lines[a.budgetLineId] : null, a.actionId ? names.actions[a.actionId] : null, a.schoolId ? names.schools[a.schoolId] : null]
      .filter(Boolean)
      .join(' · ');

  return (
    <section aria-labelledby="allocations-heading">
      <h2 id="allocations-heading">Allocations</h2>
      <p>
        Allocated {formatPounds(summary.allocatedPence)} of {formatPounds(summary.availablePence)}
        {summary.overAllocatedPence > 0 ? '.' : `; ${formatPounds(summary.unallocatedPence)} not yet allocated.`}
      </p>
      {planCost ? (
        <div className="warning" role="alert">
          <strong>Plan costs more than the money:</strong> {planCost.message}
        </div>
      ) : null}
      {proposals.length > 0 ? (
        <div className="panel">
          {proposing ? (
            <>
              <table className="data">
                <caption>Proposed allocations from the plan’s estimated costs</caption>
                <thead>
                  <tr>
                    <th scope="col">Plan action</th>
                    <th scope="col" className="num">Amount</th>
                  </tr>
                </thead>
                <tbody>
                  {proposals.map((p) => (
                    <tr key={p.actionId}>
                      <th scope="row">{p.title}</th>
                      <td className="num">{formatPounds(p.amountPence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="actions-row">
                <button type="button" onClick={() => void allocatePlan()}>
                  Allocate these {proposals.length}
                </button>
                <button type="button" className="secondary" onClick={() => setProposing(false)}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <>
              <p>
                {proposals.length} costed plan {proposals.length === 1 ? 'action has' : 'actions have'} no allocation yet (
                {formatPounds(sumPence(proposals.map((p) => p.amountPence)))}).
              </p>
              <button type="button" onClick={() => setProposing(true)}>
                Allocate the plan’s costs
              </button>
            </>
          )}
        </div>
      ) : null}
      {summary.overAllocatedPence > 0 ? (
        <div className="warning" role="alert">
          <strong>Over-allocated:</strong> allocations exceed the money available by {formatPounds(summary.overAllocatedPence)}.
        </div>
      ) : null}
      {allocations.length > 0 ? (
        <table className="data">
          <caption className="visually-hidden">Allocations for this year</caption>
          <thead>
            <tr>
              <th scope="col">Allocated to</th>
              <th scope="col" className="num">Amount</th>
              <th scope="col">Note</th>
              <th scope="col">Reason given past a warning</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {allocations.map((a) => (
              <tr key={a.id}>
                <th scope="row">{describe(a)}</th>
                <td className="num">{formatPounds(a.amountPence)}</td>
                <td>{a.note}</td>
                <td>{a.overrideReason}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => startEdit(a)} aria-label={`Edit allocation to ${describe(a)}`}>
                    Edit
                  </button>{' '}
                  <button type="button" className="danger" onClick={() => remove(a)} aria-label={`Delete allocation to ${describe(a)}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Nothing allocated yet this year.</p>
      )}
      <form onSubmit={submit} noValidate aria-label={editing ? 'Edit an allocation' : 'Add an allocation'} className="panel">
        <h3>{editing ? 'Edit an allocation' : 'Add an allocation'}</h3>
        <p>Allocate money to a budget line, a plan action, a school, or any combination of them.</p>
        <ErrorSummary errors={Object.values(errors).map((message) => ({ message: message ?? '' }))} />
        <div className="field-row">
          <Field label="Amount (£)" error={errors.amount}>
            {(p) => <input {...p} inputMode="decimal" value={form.amount} onChange={set('amount')} />}
          </Field>
          <SelectField label="Budget line" error={errors.budgetLineId} value={form.budgetLineId} onChange={set('budgetLineId')} emptyLabel="None" options={namedOptions(lines)} />
        </div>
        <div className="field-row">
          <Field label="Plan action" hint={actions.length === 0 ? 'No plan actions for this year yet' : 'Choosing one fills in its estimated cost'}>
            {(p) => (
              <select {...p} value={form.actionId} onChange={(e) => chooseAction(e.target.value)}>
                <option value="">None</option>
                {actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SelectField label="School" value={form.schoolId} onChange={set('schoolId')} emptyLabel="None" options={namedOptions(schools)} />
        </div>
        <Field label="Note">{(p) => <input {...p} value={form.note} onChange={set('note')} />}</Field>
        {pending ? (
          <OverrideWarning warnings={pending.warnings} proceedLabel="Allocate anyway" onProceed={(reason) => save(pending.fields, reason)} onCancel={() => setPending(null)} />
        ) : (
          <div className="actions-row">
            <button type="submit">{editing ? 'Save allocation' : 'Add allocation'}</button>
            {editing ? (
              <button type="button" className="secondary" onClick={() => { setEditing(null); setForm(EMPTY); }}>
                Cancel
              </button>
            ) : null}
          </div>
        )}
      </form>
    </section>
  );
}
