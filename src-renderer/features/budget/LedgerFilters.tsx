import { useState } from 'react';
import { academicYearLabel, parseUkDate } from '../../core/dates';
import type { School } from '../../core/model';
import type { BudgetData } from '../../db/budget';
import { Field } from '../../ui/Field';
import type { LedgerFilter } from './ledger-filter';

/** Filters for the ledger list. Dates are typed dd/mm/yyyy and apply once they are real dates. */
export function LedgerFilters({ filter, onChange, data, schools }: { filter: LedgerFilter; onChange: (f: LedgerFilter) => void; data: BudgetData; schools: School[] }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const set = (key: keyof LedgerFilter) => (e: { target: { value: string } }) => onChange({ ...filter, [key]: e.target.value });
  const dateError = (text: string) => (text.trim() && !parseUkDate(text) ? 'Enter a date as dd/mm/yyyy.' : undefined);
  const setDate = (key: 'from' | 'to', text: string) => {
    if (key === 'from') setFrom(text);
    else setTo(text);
    const iso = parseUkDate(text);
    if (!text.trim()) onChange({ ...filter, [key]: '' });
    else if (iso) onChange({ ...filter, [key]: iso });
  };
  return (
    <fieldset className="ledger-filters">
      <legend>Filter the entries</legend>
      <Field label="Search" hint="Payee, description, reference, line, school or action">
        {(p) => <input {...p} type="search" value={filter.text} onChange={set('text')} />}
      </Field>
      <Field label="Filter by budget line">
        {(p) => (
          <select {...p} value={filter.budgetLineId} onChange={set('budgetLineId')}>
            <option value="">All lines</option>
            {data.lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Filter by school">
        {(p) => (
          <select {...p} value={filter.schoolId} onChange={set('schoolId')}>
            <option value="">All schools</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Filter by plan action">
        {(p) => (
          <select {...p} value={filter.actionId} onChange={set('actionId')}>
            <option value="">All actions</option>
            {data.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title} ({academicYearLabel(a.planYear)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Filter by type">
        {(p) => (
          <select {...p} value={filter.kind} onChange={set('kind')}>
            <option value="">Commitments and payments</option>
            <option value="commitment">Commitments</option>
            <option value="payment">Payments</option>
          </select>
        )}
      </Field>
      <Field label="Filter by status">
        {(p) => (
          <select {...p} value={filter.status} onChange={set('status')}>
            <option value="">Any status</option>
            <option value="open">Open</option>
            <option value="paid">Paid</option>
            <option value="cancelled">Cancelled</option>
          </select>
        )}
      </Field>
      <Field label="From date" hint="dd/mm/yyyy" error={dateError(from)}>
        {(p) => <input {...p} value={from} onChange={(e) => setDate('from', e.target.value)} />}
      </Field>
      <Field label="To date" hint="dd/mm/yyyy" error={dateError(to)}>
        {(p) => <input {...p} value={to} onChange={(e) => setDate('to', e.target.value)} />}
      </Field>
    </fieldset>
  );
}
