import type { Migration, Row, Tables } from './migration';

/** The id a version-1 progress note gets as a progress update: the same every time it is upgraded. */
export function progressUpdateIdFor(actionId: string, noteIndex: number): string {
  return `${actionId}:progress:${noteIndex + 1}`;
}

/**
 * Version 1 kept progress notes inside each action; version 2 keeps them as progress updates of
 * their own, so that monitoring is never mistaken for an amendment of the agreed plan. The notes
 * stay on the action as they were (its agreed versions refer to them).
 */
function progressUpdatesFromNotes(tables: Readonly<Tables>): Tables {
  const plans = new Map((tables.plans ?? []).map((plan) => [plan.id, plan]));
  const updates: Row[] = [];
  for (const action of tables.actions ?? []) {
    const notes = Array.isArray(action.progressNotes) ? (action.progressNotes as Row[]) : [];
    const triadId = plans.get(action.planId)?.triadId;
    if (typeof triadId !== 'string') continue;
    notes.forEach((note, index) => {
      updates.push({
        id: progressUpdateIdFor(String(action.id), index),
        createdAt: action.updatedAt,
        updatedAt: action.updatedAt,
        triadId,
        planId: action.planId,
        actionId: action.id,
        schoolId: null,
        date: note.date,
        status: note.status,
        note: note.note,
        nextSteps: '',
        evidenceFileIds: [],
      });
    });
  }
  return { progressUpdates: updates };
}

/**
 * Version 2 (this release): pupil numbers on results, progress updates as records of their own,
 * and the network tables. Not yet released: this round's changes all go here.
 */
export const MIGRATION_V2: Migration = {
  to: 2,
  summary: 'Results carry the number of eligible pupils; progress updates have a table of their own; networks of any kind, and the LEA adviser\'s directory, forum, newsletter and audit.',
  addedTables: ['progressUpdates', 'networks', 'networkSheets', 'networkCameos', 'forumMeetings', 'newsletters', 'auditResponses'],
  addedFields: {
    results: { eligiblePupils: null },
    measures: { era: null },
    schools: { links: [], closedReason: '' },
    impactLog: { guskeyLevel: null },
    meetings: { attendeeIds: [] },
    // A network need not be a triad; every older record is one, with no co-leaders named.
    triads: { kind: 'triad', coLeaderIds: [] },
  },
  deriveRecords: progressUpdatesFromNotes,
};
