import type { Membership, MembershipCriterion, SchoolRole } from '../core/model';
import type { MembershipFields } from '../core/membership';
import type { TriadDatabase } from './database';
import { stampNew, stampUpdate } from './records';

/** The criteria for one role, in their written order. */
export async function criteriaFor(db: TriadDatabase, triadId: string, role: SchoolRole): Promise<MembershipCriterion[]> {
  const all = await db.membershipCriteria.where('triadId').equals(triadId).toArray();
  return all.filter((c) => c.role === role).sort((a, b) => a.order - b.order);
}

export async function addCriterion(db: TriadDatabase, triadId: string, role: SchoolRole, text: string): Promise<MembershipCriterion> {
  return db.transaction('rw', db.membershipCriteria, async () => {
    const existing = await criteriaFor(db, triadId, role);
    const order = existing.reduce((max, c) => Math.max(max, c.order), 0) + 1;
    const created = stampNew<MembershipCriterion>({ triadId, role, text: text.trim(), order });
    await db.membershipCriteria.add(created);
    return created;
  });
}

export async function updateCriterion(db: TriadDatabase, criterion: MembershipCriterion, text: string): Promise<void> {
  await db.membershipCriteria.put(stampUpdate({ ...criterion, text: text.trim() }));
}

/** Moves a criterion one place up (-1) or down (+1) among its role's criteria. */
export async function moveCriterion(db: TriadDatabase, criterion: MembershipCriterion, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.membershipCriteria, async () => {
    const list = await criteriaFor(db, criterion.triadId, criterion.role);
    const index = list.findIndex((c) => c.id === criterion.id);
    const other = list[index + direction];
    const self = list[index];
    if (!other || !self) return;
    await db.membershipCriteria.bulkPut([stampUpdate({ ...self, order: other.order }), stampUpdate({ ...other, order: self.order })]);
  });
}

/** Creates or updates the school's one membership record. */
export async function saveMembership(db: TriadDatabase, triadId: string, schoolId: string, fields: MembershipFields): Promise<Membership> {
  return db.transaction('rw', db.memberships, async () => {
    const existing = await db.memberships.where('schoolId').equals(schoolId).first();
    if (existing) {
      const updated = stampUpdate({ ...existing, ...fields });
      await db.memberships.put(updated);
      return updated;
    }
    const created = stampNew<Membership>({ triadId, schoolId, ...fields });
    await db.memberships.add(created);
    return created;
  });
}
