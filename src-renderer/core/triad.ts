import { parsePounds } from './money';
import type { ThresholdKind, Triad } from './model';
import { NETWORK_KINDS, type NetworkKind } from './network-kinds';

/** What the triad form holds: text as typed, validated into a record by `validateTriadForm`. */
export interface TriadForm {
  name: string;
  localAuthority: string;
  cohort: string;
  firstYear: string;
  programmeYears: string;
  annualAllocation: string;
  focus: string;
  /** The kind of network (a triad unless the head chooses another); absent means a triad. */
  kind?: string;
}

export type TriadFields = Pick<
  Triad,
  'name' | 'localAuthority' | 'cohort' | 'firstYear' | 'programmeYears' | 'annualAllocationPence' | 'focus' | 'kind'
>;

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export const DEFAULT_ANNUAL_ALLOCATION_PENCE = 5_000_000;
export const DEFAULT_PROGRAMME_YEARS = 3;
export const DEFAULT_THRESHOLD = 15;
export const DEFAULT_THRESHOLD_KIND: ThresholdKind = 'percentage-points';

export function validateTriadForm(form: TriadForm): { ok: true; value: TriadFields } | { ok: false; errors: FieldErrors<keyof TriadForm> } {
  const errors: FieldErrors<keyof TriadForm> = {};
  const name = form.name.trim();
  if (!name) errors.name = 'Enter the triad’s name.';
  const localAuthority = form.localAuthority.trim();
  if (!localAuthority) errors.localAuthority = 'Enter the local authority.';
  const firstYear = Number(form.firstYear);
  if (!/^\d{4}$/.test(form.firstYear.trim()) || firstYear < 1990 || firstYear > 2100) {
    errors.firstYear = 'Choose the academic year the programme starts in.';
  }
  const programmeYears = Number(form.programmeYears);
  if (!Number.isInteger(programmeYears) || programmeYears < 1 || programmeYears > 10) {
    errors.programmeYears = 'The programme must last between 1 and 10 years.';
  }
  const money = parsePounds(form.annualAllocation);
  if (!money.ok) errors.annualAllocation = money.error;
  else if (money.pence === 0) errors.annualAllocation = 'The annual allocation must be more than £0.00.';
  if (form.kind !== undefined && !(NETWORK_KINDS as readonly string[]).includes(form.kind)) errors.kind = 'Choose the kind of network.';
  if (Object.keys(errors).length > 0 || !money.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      localAuthority,
      cohort: form.cohort.trim(),
      firstYear,
      programmeYears,
      annualAllocationPence: money.pence,
      focus: form.focus.trim(),
      ...(form.kind !== undefined ? { kind: form.kind as NetworkKind } : {}),
    },
  };
}
