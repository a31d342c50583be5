import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from './model';
import { action, objective, priority } from './plan-test-data';
import { buildMonitoringRecord, describeProgress, latestProgress, progressDateProblem, termOf, termRange } from './progress';

const at = '2003-09-01T09:00:00.000Z';
function update(id: string, actionId: string, date: string, overrides: Partial<ProgressUpdate> = {}): ProgressUpdate {
  return {
    id, createdAt: at, updatedAt: at, triadId: 't1', planId: 'plan-1', actionId, schoolId: null, date, status: 'on-track',
    note: '', nextSteps: '', evidenceFileIds: [], ...overrides,
  };
}

describe('termly monitoring', () => {
  it('names the terms of a programme year', () => {
    expect(termRange(2003, 'autumn')).toEqual({ start: '2003-09-01', end: '2003-12-31' });
    expect(termRange(2003, 'spring')).toEqual({ start: '2004-01-01', end: '2004-03-31' });
    expect(termRange(2003, 'summer')).toEqual({ start: '2004-04-01', end: '2004-08-31' });
    expect([termOf('2003-10-01'), termOf('2004-02-29'), termOf('2004-07-20')]).toEqual(['autumn', 'spring', 'summer']);
  });

  it('takes any past date in the programme year, and nothing in the future or outside the year', () => {
    expect(progressDateProblem('2003-09-01', 2003, '2004-01-10')).toBeNull();
    expect(progressDateProblem('2004-01-11', 2003, '2004-01-10')).toMatch(/cannot be after today \(10\/01\/2004\)/);
    expect(progressDateProblem('2003-08-31', 2003, '2004-01-10')).toMatch(/within the programme year 2003\/04/);
  });

  it('finds the latest progress on an action, by date and then by when it was written', () => {
    const updates = [
      update('u1', 'a1', '2003-11-01', { status: 'on-track', note: 'First session held' }),
      update('u2', 'a1', '2003-12-10', { status: 'at-risk', note: 'Cover short', createdAt: '2003-12-10T10:00:00.000Z' }),
      update('u3', 'a1', '2003-12-10', { status: 'on-track', note: 'Cover found', createdAt: '2003-12-10T15:00:00.000Z' }),
      update('u4', 'a2', '2004-01-10', { status: 'complete' }),
    ];
    expect(latestProgress(updates, 'a1')?.id).toBe('u3');
    expect(latestProgress(updates, 'a1', '2003-11-30')?.id).toBe('u1');
    expect(latestProgress(updates, 'a3')).toBeNull();
    expect(describeProgress(latestProgress(updates, 'a1'))).toBe('On track (10/12/2003): Cover found');
  });

  it('builds the term’s record: per priority, intended outcomes, activity this term, planned next term and status', () => {
    const record = buildMonitoringRecord({
      year: 2003,
      term: 'spring',
      priorities: [priority('p2', 'Leadership', 2), priority('p1', 'Writing', 1)],
      objectives: [objective('o1', 'p1', 'More pupils reach level 4'), objective('o2', 'p2', 'Middle leaders lead CPD')],
      actions: [action('a1', 'o1', 'Writing moderation'), action('a2', 'o2', 'Coaching', { status: 'at-risk' })],
      updates: [
        update('u1', 'a1', '2003-11-01', { status: 'on-track', note: 'Autumn: planning done' }),
        update('u2', 'a1', '2004-02-01', { status: 'on-track', note: 'Two sessions held', nextSteps: 'Third session' }),
        update('u3', 'a1', '2004-03-20', { status: 'complete', note: 'Final moderation', nextSteps: 'Share with governors' }),
        update('u4', 'a1', '2004-05-01', { status: 'off-track', note: 'After the term' }),
      ],
    });
    expect(record.title).toBe('Termly monitoring record: Spring term 2003/04');
    expect(record.priorities.map((p) => [p.number, p.title, p.intendedOutcomes])).toEqual([
      [1, 'Writing', ['More pupils reach level 4']],
      [2, 'Leadership', ['Middle leaders lead CPD']],
    ]);
    expect(record.priorities[0]!.actions).toEqual([
      { title: 'Writing moderation', status: 'complete', statusWords: 'Complete', activity: ['Two sessions held', 'Final moderation'], next: 'Share with governors' },
    ]);
    expect(record.priorities[1]!.actions[0]).toMatchObject({ status: 'at-risk', activity: [], next: '' });
  });
});
