import { describe, expect, it } from 'vitest';
import { addMeeting, updateMeeting } from './network';
import { freshDb } from './test-database';

describe('editing a meeting', () => {
  it('keeps an unchanged decision and the action it became, adds attendees, and makes new lines new decisions', async () => {
    const db = freshDb();
    const meeting = await addMeeting(db, 'g1', { date: '2003-10-03', notes: '', decisions: ['Moderate writing', 'Visit schools'], attendeeIds: [] });
    await db.meetings.put({ ...meeting, decisions: meeting.decisions.map((d, i) => (i === 0 ? { ...d, actionId: 'a1' } : d)) });
    const updated = await updateMeeting(db, meeting, { date: '2003-10-04', notes: 'Moved a day', decisions: ['Moderate writing', 'Visit every school'], attendeeIds: ['p1', 'p2'] });
    expect(updated.decisions[0]).toEqual({ ...meeting.decisions[0], actionId: 'a1' });
    expect(updated.decisions[1]!.id).not.toBe(meeting.decisions[1]!.id);
    expect((await db.meetings.get(meeting.id))).toMatchObject({ date: '2003-10-04', notes: 'Moved a day', attendeeIds: ['p1', 'p2'] });
  });
});
