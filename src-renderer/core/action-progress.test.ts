import { describe, expect, it } from 'vitest';
import { latestProgressNote } from './action-progress';
import type { ProgressUpdate } from './model';

const AT = '2004-01-10T09:00:00.000Z';
const update = (id: string, date: string, note: string, actionId = 'a1'): ProgressUpdate => ({
  id, createdAt: AT, updatedAt: AT, triadId: 't', planId: 'p', actionId, schoolId: null, date, status: 'on-track', note, nextSteps: '', evidenceFileIds: [],
});

describe('the latest word on an action, as the plan PDF prints it', () => {
  it('comes from the action’s newest progress update, not from an amendment', () => {
    const action = { id: 'a1', progressNotes: [{ date: '2003-10-01', status: 'not-started' as const, note: 'old v1 note' }] };
    const updates = [update('u1', '2003-11-01', 'First session held'), update('u2', '2004-01-09', 'Second session held'), update('u3', '2004-02-01', 'Other action', 'a2')];
    expect(latestProgressNote(action, updates)).toBe('09/01/2004 (On track): Second session held');
    expect(latestProgressNote(action, [])).toBe('');
    // A version-1 snapshot, printed without loaded updates, keeps its own notes.
    expect(latestProgressNote(action)).toBe('01/10/2003 (Not started): old v1 note');
  });
});
