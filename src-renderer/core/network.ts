/**
 * The people around a triad: school staff, the LEA support team, partners beyond the network,
 * and the focus groups that carry the work. Form validation only; pure.
 */
import { parseUkDate } from './dates';
import type { FocusGroup, LeaSupportRole, Meeting, Partnership, Person } from './model';
import type { FieldErrors } from './triad';

export const LEA_ROLE_LABELS: Record<LeaSupportRole, string> = {
  'link-adviser': 'Link adviser',
  'administration-officer': 'Administration officer',
  'strategy-team-contact': 'Strategy team contact',
  'advanced-skills-teacher': 'Advanced skills teacher',
  other: 'Other LEA support',
};

export type PersonFields = Pick<Person, 'schoolId' | 'organisation' | 'name' | 'role' | 'leaRole' | 'email' | 'phone'>;
export type PartnershipFields = Pick<Partnership, 'name' | 'kind' | 'provides' | 'contact'>;
export type FocusGroupFields = Pick<FocusGroup, 'name' | 'mandate' | 'memberIds' | 'ownsCpd'>;
export type MeetingFields = Pick<Meeting, 'date' | 'notes'> & { decisions: string[]; attendeeIds: string[] };

type Result<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

export interface PersonForm {
  /** A school id, or "lea" for the LEA support team. */
  where: string;
  name: string;
  role: string;
  leaRole: LeaSupportRole | '';
  email: string;
  phone: string;
}

export function validatePersonForm(form: PersonForm): Result<PersonFields, keyof PersonForm> {
  const errors: FieldErrors<keyof PersonForm> = {};
  const lea = form.where === 'lea';
  if (!form.where) errors.where = 'Choose the school, or the LEA support team.';
  if (!form.name.trim()) errors.name = 'Enter the person’s name.';
  if (lea && !form.leaRole) errors.leaRole = 'Choose their part in the LEA support team.';
  if (!lea && !form.role.trim()) errors.role = 'Enter their role, for example Headteacher or Literacy co-ordinator.';
  if (form.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'Enter an email address like name@school.sch.uk.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const leaRole = lea && form.leaRole ? form.leaRole : null;
  return {
    ok: true,
    value: {
      schoolId: lea ? null : form.where,
      organisation: lea ? 'lea' : 'school',
      name: form.name.trim(),
      role: form.role.trim() || (leaRole ? LEA_ROLE_LABELS[leaRole] : ''),
      leaRole,
      email: form.email.trim(),
      phone: form.phone.trim(),
    },
  };
}

export interface PartnershipForm {
  name: string;
  kind: Partnership['kind'];
  provides: string;
  contact: string;
}

export function validatePartnershipForm(form: PartnershipForm): Result<PartnershipFields, keyof PartnershipForm> {
  const errors: FieldErrors<keyof PartnershipForm> = {};
  if (!form.name.trim()) errors.name = 'Enter the partner’s name, for example a university or college.';
  if (!form.provides.trim()) errors.provides = 'Say what this partnership provides, for example accreditation of teacher research.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name: form.name.trim(), kind: form.kind, provides: form.provides.trim(), contact: form.contact.trim() } };
}

export interface FocusGroupForm {
  name: string;
  mandate: string;
  memberIds: string[];
  ownsCpd: boolean;
}

export function validateFocusGroupForm(form: FocusGroupForm): Result<FocusGroupFields, keyof FocusGroupForm> {
  const errors: FieldErrors<keyof FocusGroupForm> = {};
  if (!form.name.trim()) errors.name = 'Enter the focus group’s name.';
  if (!form.mandate.trim()) errors.mandate = 'Write the group’s mandate: the aspect of the triad’s work it explores, manages and develops.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name: form.name.trim(), mandate: form.mandate.trim(), memberIds: [...new Set(form.memberIds)], ownsCpd: form.ownsCpd } };
}

export interface MeetingForm {
  date: string;
  notes: string;
  /** One decision a line. */
  decisions: string;
  attendeeIds: string[];
}

export function validateMeetingForm(form: MeetingForm): Result<MeetingFields, keyof MeetingForm> {
  const errors: FieldErrors<keyof MeetingForm> = {};
  const date = parseUkDate(form.date);
  if (!date) errors.date = 'Enter the meeting date as dd/mm/yyyy, for example 03/10/2003.';
  const decisions = form.decisions.split(/\r?\n/).map((d) => d.trim()).filter(Boolean);
  if (!form.notes.trim() && decisions.length === 0) errors.notes = 'Write the meeting’s notes or at least one decision.';
  if (Object.keys(errors).length > 0 || !date) return { ok: false, errors };
  return { ok: true, value: { date, notes: form.notes.trim(), decisions, attendeeIds: [...form.attendeeIds] } };
}
