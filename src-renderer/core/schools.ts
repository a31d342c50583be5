import type { NetworkKind } from './network-kinds';
/**
 * A triad's schools: exactly one co-ordinating school and two partner schools.
 * Pure rules and form validation; the database layer enforces them when writing.
 */
import type { FieldErrors } from './triad';
import type { InterventionCategory, School, SchoolLink, SchoolRole } from './model';

export const SCHOOL_LIMITS: Record<SchoolRole, number> = { coordinating: 1, partner: 2 };
export const TRIAD_SIZE = 3;

export const ROLE_LABELS: Record<SchoolRole, string> = {
  coordinating: 'Co-ordinating school',
  partner: 'Partner school',
};

export const INTERVENTION_LABELS: Record<InterventionCategory, string> = {
  none: 'None',
  'serious-weaknesses': 'Serious weaknesses',
  'special-measures': 'Special measures',
};

/** Why an intervention category is shown apart from the triad's work. */
export const INTERVENTION_NOTE =
  'Supported by intervention, which is separate from the triad’s improvement work.';

export type SchoolFields = Omit<School, 'id' | 'createdAt' | 'updatedAt' | 'triadId'>;

export interface SchoolForm {
  role: SchoolRole | '';
  name: string;
  urn: string;
  dfeNumber: string;
  phase: string;
  address: string;
  postcode: string;
  headTeacher: string;
  linkTeacher: string;
  chairOfGovernors: string;
  email: string;
  phone: string;
  interventionCategory: InterventionCategory;
  /** From the register, not typed: kept as they came. */
  links: SchoolLink[];
  /** Required when the register lists the school as closed. */
  closedReason: string;
}

export function emptySchoolForm(role: SchoolRole | '' = ''): SchoolForm {
  return {
    role, name: '', urn: '', dfeNumber: '', phase: '', address: '', postcode: '', headTeacher: '',
    linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none', links: [], closedReason: '',
  };
}

export function schoolToForm(school: School): SchoolForm {
  const { id: _id, createdAt: _c, updatedAt: _u, triadId: _t, ...fields } = school;
  return { ...fields, links: school.links ?? [], closedReason: school.closedReason ?? '' };
}

/**
 * Which role a school could take, or why it cannot join: the triad already has its co-ordinating
 * school, its two partners, or three schools. `excludingId` is the school being edited.
 */
export function roleRefusal(existing: Pick<School, 'id' | 'role'>[], role: SchoolRole, excludingId: string | null = null, kind: NetworkKind = 'triad'): string | null {
  // Only a triad has a fixed shape; other networks take any number of schools in either role.
  if (kind !== 'triad') return null;
  const others = existing.filter((s) => s.id !== excludingId);
  if (others.length >= TRIAD_SIZE) {
    return 'A triad has exactly three schools: one co-ordinating school and two partner schools. Remove a school before adding another.';
  }
  const sameRole = others.filter((s) => s.role === role).length;
  if (role === 'coordinating' && sameRole >= SCHOOL_LIMITS.coordinating) {
    return 'The triad already has its co-ordinating school. A triad has only one: make this a partner school, or change the other school’s role first.';
  }
  if (role === 'partner' && sameRole >= SCHOOL_LIMITS.partner) {
    return 'The triad already has its two partner schools. Remove or change one of them before adding another.';
  }
  return null;
}

/** The roles still open in the triad, co-ordinating first. */
export function openRoles(existing: Pick<School, 'id' | 'role'>[], excludingId: string | null = null, kind: NetworkKind = 'triad'): SchoolRole[] {
  return (['coordinating', 'partner'] as const).filter((role) => roleRefusal(existing, role, excludingId, kind) === null);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSchoolForm(form: SchoolForm): { ok: true; value: SchoolFields } | { ok: false; errors: FieldErrors<keyof SchoolForm> } {
  const errors: FieldErrors<keyof SchoolForm> = {};
  const name = form.name.trim();
  const urn = form.urn.trim();
  const dfeNumber = form.dfeNumber.trim();
  const email = form.email.trim();
  if (!form.role) errors.role = 'Choose whether this is the co-ordinating school or a partner school.';
  if (!name) errors.name = 'Enter the school’s name.';
  if (!urn) errors.urn = 'Enter the school’s URN.';
  else if (!/^\d{6}$/.test(urn)) errors.urn = 'A URN is 6 digits, for example 103905.';
  if (dfeNumber && !/^\d{3}\/\d{4}$/.test(dfeNumber)) errors.dfeNumber = 'A DfE number is the LA code and establishment number, for example 333/2015.';
  if (email && !EMAIL.test(email)) errors.email = 'Enter an email address like head@school.sch.uk.';
  if (Object.keys(errors).length > 0 || !form.role) return { ok: false, errors };
  return {
    ok: true,
    value: {
      role: form.role,
      name,
      urn,
      dfeNumber,
      phase: form.phase.trim(),
      address: form.address.trim(),
      postcode: form.postcode.trim().toUpperCase(),
      headTeacher: form.headTeacher.trim(),
      linkTeacher: form.linkTeacher.trim(),
      chairOfGovernors: form.chairOfGovernors.trim(),
      email,
      phone: form.phone.trim(),
      interventionCategory: form.interventionCategory,
      links: form.links,
      closedReason: form.closedReason.trim(),
    },
  };
}

/** Fills a school form from a register entry, keeping what the register does not know. */
export function formFromRegister(
  entry: { name: string; urn: string; dfeNumber: string; phase: string; address: string; postcode: string; phone: string; headTeacher: string; links?: SchoolLink[] },
  role: SchoolRole,
  current: SchoolForm = emptySchoolForm(),
  closedReason = '',
): SchoolForm {
  return {
    ...current,
    links: entry.links ?? [],
    closedReason,
    role,
    name: entry.name,
    urn: entry.urn,
    dfeNumber: entry.dfeNumber,
    phase: entry.phase,
    address: entry.address,
    postcode: entry.postcode,
    phone: entry.phone || current.phone,
    headTeacher: entry.headTeacher || current.headTeacher,
  };
}
