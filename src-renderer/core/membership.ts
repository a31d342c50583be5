/**
 * Transparent membership: written criteria for each role, each school's evidence against them,
 * its voluntary agreement to join, and the LEA's open decision where opinions diverged.
 */
import { parseUkDate } from './dates';
import type { LeaDecision, Membership, SchoolRole } from './model';
import type { FieldErrors } from './triad';

export type MembershipFields = Pick<Membership, 'evidence' | 'agreedToJoinOn' | 'agreedRole' | 'leaDecision' | 'notes'>;

export interface MembershipForm {
  /** criterionId → evidence text. */
  evidence: Record<string, string>;
  agreedToJoinOn: string;
  agreedRole: SchoolRole | '';
  hasLeaDecision: boolean;
  leaDecidedOn: string;
  leaRole: LeaDecision['role'] | '';
  leaReasons: string;
  notes: string;
}

export const LEA_DECISION_LABELS: Record<LeaDecision['role'], string> = {
  coordinating: 'Admitted as the co-ordinating school',
  partner: 'Admitted as a partner school',
  'not-admitted': 'Not admitted',
};

export function validateCriterionText(text: string): string | null {
  return text.trim() ? null : 'Write the criterion, for example “Has led successful school-to-school support”.';
}

export function validateMembershipForm(
  form: MembershipForm,
): { ok: true; value: MembershipFields } | { ok: false; errors: FieldErrors<keyof MembershipForm> } {
  const errors: FieldErrors<keyof MembershipForm> = {};
  let agreedToJoinOn: string | null = null;
  if (form.agreedToJoinOn.trim()) {
    agreedToJoinOn = parseUkDate(form.agreedToJoinOn);
    if (!agreedToJoinOn) errors.agreedToJoinOn = 'Enter the date as dd/mm/yyyy, for example 14/07/2003.';
  }
  if (!form.agreedRole) errors.agreedRole = 'Choose the role the school agreed to take.';
  let leaDecision: LeaDecision | null = null;
  if (form.hasLeaDecision) {
    const decidedOn = parseUkDate(form.leaDecidedOn);
    if (!decidedOn) errors.leaDecidedOn = 'Enter the date of the LEA’s decision as dd/mm/yyyy.';
    if (!form.leaRole) errors.leaRole = 'Choose what the LEA decided.';
    if (!form.leaReasons.trim()) errors.leaReasons = 'Give the LEA’s reasons, so the decision is open to all three schools.';
    if (decidedOn && form.leaRole && form.leaReasons.trim()) {
      leaDecision = { decidedOn, role: form.leaRole, reasons: form.leaReasons.trim() };
    }
  }
  if (Object.keys(errors).length > 0 || !form.agreedRole) return { ok: false, errors };
  return {
    ok: true,
    value: {
      evidence: Object.entries(form.evidence)
        .map(([criterionId, text]) => ({ criterionId, text: text.trim() }))
        .filter((e) => e.text),
      agreedToJoinOn,
      agreedRole: form.agreedRole,
      leaDecision,
      notes: form.notes.trim(),
    },
  };
}
