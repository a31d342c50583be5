/**
 * Budget rules that are not arithmetic: the default budget lines, a year's allocation when none
 * has been recorded, and validation of what the head types into the ledger and allocation forms.
 */
import { academicYearOf, formatDate, isWithin, parseUkDate, programmeRange, type ProgrammeShape } from './dates';
import { parsePounds } from './money';
import type { BudgetYear, LedgerKind, LedgerStatus, Triad } from './model';

/** Lines a head would recognise, created on first use. */
export const DEFAULT_BUDGET_LINES = [
  'Supply cover',
  'CPD and training',
  'Consultants and advisers',
  'Higher-education partnership and accreditation',
  'Resources and ICT',
  'Meetings and events',
  'Administration',
] as const;

/** The allocation figures for a programme year: the recorded ones, or the triad's default. */
export function yearFigures(
  triad: Pick<Triad, 'annualAllocationPence'>,
  record: BudgetYear | undefined,
): { allocationPence: number; carriedInPence: number; carriedOutPence: number } {
  return {
    allocationPence: record?.allocationPence ?? triad.annualAllocationPence,
    carriedInPence: record?.carriedInPence ?? 0,
    carriedOutPence: record?.carryForward?.amountPence ?? 0,
  };
}

export type FormErrors<K extends string> = Partial<Record<K, string>>;
type Result<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FormErrors<K> };

export interface LedgerForm {
  kind: LedgerKind;
  date: string;
  payee: string;
  description: string;
  amount: string;
  budgetLineId: string;
  actionId: string;
  schoolId: string;
  reference: string;
  status: LedgerStatus;
}

export interface LedgerFields {
  kind: LedgerKind;
  date: string;
  year: number;
  payee: string;
  description: string;
  amountPence: number;
  budgetLineId: string;
  actionId: string | null;
  schoolId: string | null;
  reference: string;
  status: LedgerStatus;
}

export function validateLedgerForm(form: LedgerForm, programme: ProgrammeShape): Result<LedgerFields, keyof LedgerForm> {
  const errors: FormErrors<keyof LedgerForm> = {};
  const range = programmeRange(programme);
  const date = parseUkDate(form.date);
  if (!form.date.trim()) errors.date = 'Enter the date, for example 15/10/2003.';
  else if (!date) errors.date = `"${form.date.trim()}" is not a real date. Use dd/mm/yyyy, for example 15/10/2003.`;
  else if (!isWithin(date, range)) errors.date = `The date must be within the programme, ${formatDate(range.start)} to ${formatDate(range.end)}.`;
  if (!form.payee.trim()) errors.payee = 'Enter who the money is paid to.';
  const amount = parsePounds(form.amount);
  if (!amount.ok) errors.amount = amount.error;
  else if (amount.pence === 0) errors.amount = 'The amount must be more than £0.00.';
  if (!form.budgetLineId) errors.budgetLineId = 'Choose a budget line.';
  if (Object.keys(errors).length > 0 || !date || !amount.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: form.kind,
      date,
      year: academicYearOf(date),
      payee: form.payee.trim(),
      description: form.description.trim(),
      amountPence: amount.pence,
      budgetLineId: form.budgetLineId,
      actionId: form.actionId || null,
      schoolId: form.schoolId || null,
      reference: form.reference.trim(),
      status: form.status,
    },
  };
}

export interface AllocationForm {
  amount: string;
  budgetLineId: string;
  actionId: string;
  schoolId: string;
  note: string;
}

export interface AllocationFields {
  amountPence: number;
  budgetLineId: string | null;
  actionId: string | null;
  schoolId: string | null;
  note: string;
}

export function validateAllocationForm(form: AllocationForm): Result<AllocationFields, keyof AllocationForm> {
  const errors: FormErrors<keyof AllocationForm> = {};
  const amount = parsePounds(form.amount);
  if (!amount.ok) errors.amount = amount.error;
  else if (amount.pence === 0) errors.amount = 'The amount must be more than £0.00.';
  if (!form.budgetLineId && !form.actionId && !form.schoolId) {
    errors.budgetLineId = 'Choose at least one of a budget line, an action or a school.';
  }
  if (Object.keys(errors).length > 0 || !amount.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      amountPence: amount.pence,
      budgetLineId: form.budgetLineId || null,
      actionId: form.actionId || null,
      schoolId: form.schoolId || null,
      note: form.note.trim(),
    },
  };
}

/** A reason is needed to go past a warning; returns the error to show, or null. */
export function validateOverrideReason(reason: string): string | null {
  return reason.trim().length >= 5 ? null : 'Give a reason of at least a few words; it is kept with the record.';
}
