import type { FocusGroup, Meeting, Partnership, Person } from '../core/model';
import { newId } from '../core/ids';
import type { FocusGroupFields, MeetingFields, PartnershipFields, PersonFields } from '../core/network';
import type { TriadDatabase } from './database';
import { stampNew, stampUpdate } from './records';

export async function savePerson(db: TriadDatabase, triadId: string, existing: Person | null, fields: PersonFields): Promise<Person> {
  const record = existing ? stampUpdate({ ...existing, ...fields }) : stampNew<Person>({ triadId, ...fields });
  await db.people.put(record);
  return record;
}

export async function savePartnership(db: TriadDatabase, triadId: string, existing: Partnership | null, fields: PartnershipFields): Promise<Partnership> {
  const record = existing ? stampUpdate({ ...existing, ...fields }) : stampNew<Partnership>({ triadId, ...fields });
  await db.partnerships.put(record);
  return record;
}

/**
 * Saves a focus group. Only one group owns CPD: marking this one clears the flag on the others,
 * in the same transaction.
 */
export async function saveFocusGroup(db: TriadDatabase, triadId: string, existing: FocusGroup | null, fields: FocusGroupFields): Promise<FocusGroup> {
  return db.transaction('rw', db.focusGroups, async () => {
    const record = existing ? stampUpdate({ ...existing, ...fields }) : stampNew<FocusGroup>({ triadId, ...fields });
    if (record.ownsCpd) {
      const others = (await db.focusGroups.where('triadId').equals(triadId).toArray()).filter((g) => g.id !== record.id && g.ownsCpd);
      await db.focusGroups.bulkPut(others.map((g) => stampUpdate({ ...g, ownsCpd: false })));
    }
    await db.focusGroups.put(record);
    return record;
  });
}

/** Adds a meeting with its decisions; each decision gets its own id so it can become a plan action. */
export async function addMeeting(db: TriadDatabase, focusGroupId: string, fields: MeetingFields): Promise<Meeting> {
  const meeting = stampNew<Meeting>({
    focusGroupId,
    date: fields.date,
    notes: fields.notes,
    decisions: fields.decisions.map((text) => ({ id: newId(), text, actionId: null })),
    attendeeIds: fields.attendeeIds,
  });
  await db.meetings.add(meeting);
  return meeting;
}

/**
 * Saves changes to a meeting. A decision whose wording is unchanged keeps its id and the plan
 * action it became; a reworded or new line is a new decision.
 */
export async function updateMeeting(db: TriadDatabase, meeting: Meeting, fields: MeetingFields): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const current = (await db.meetings.get(meeting.id)) ?? meeting;
    const unused = [...current.decisions];
    const decisions = fields.decisions.map((text) => {
      const index = unused.findIndex((d) => d.text === text);
      if (index >= 0) return unused.splice(index, 1)[0]!;
      return { id: newId(), text, actionId: null };
    });
    const updated = stampUpdate({ ...current, date: fields.date, notes: fields.notes, decisions, attendeeIds: fields.attendeeIds });
    await db.meetings.put(updated);
    return updated;
  });
}
