import { describe, expect, it } from 'vitest';
import { allTags, describeReach, evidenceReach, toGuskeyLevel, filterLog, groupByMonth, monthLabel, parseTags, validateLogEntry, type LogEntryFields } from './impact-log';
import type { ImpactLogEntry } from './model';

const entry = (id: string, over: Partial<ImpactLogEntry>): ImpactLogEntry => ({
  id, createdAt: '2004-01-01T00:00:00Z', updatedAt: '2004-01-01T00:00:00Z', triadId: 't', date: '2004-01-01', kind: 'other',
  author: 'Ann', schoolIds: [], summary: '', detail: '', objectiveIds: [], actionIds: [], tags: [], evidenceFileIds: [], ...over,
});
const log = [
  entry('a', { date: '2004-02-03', kind: 'lesson-observation', summary: 'Boys writing at length', schoolIds: ['s1'], actionIds: ['x1'], tags: ['Writing'] }),
  entry('b', { date: '2004-05-20', kind: 'pupil-voice', summary: 'Pupils like response partners', detail: 'Year 6 group', schoolIds: ['s2'], tags: ['AfL'] }),
  entry('c', { date: '2004-05-01', kind: 'staff-voice', summary: 'Moderation helped', author: 'Ben', schoolIds: ['s1', 's2'], actionIds: ['x1'], tags: ['writing', 'moderation'] }),
];

describe('filterLog', () => {
  it('filters by text, school, kind, date range, action and tag, newest first', () => {
    expect(filterLog(log, {}).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(filterLog(log, { text: 'year 6' }).map((e) => e.id)).toEqual(['b']);
    expect(filterLog(log, { text: 'ben' }).map((e) => e.id)).toEqual(['c']);
    expect(filterLog(log, { schoolId: 's1' }).map((e) => e.id)).toEqual(['c', 'a']);
    expect(filterLog(log, { kind: 'pupil-voice' }).map((e) => e.id)).toEqual(['b']);
    expect(filterLog(log, { from: '2004-05-01', to: '2004-05-19' }).map((e) => e.id)).toEqual(['c']);
    expect(filterLog(log, { actionId: 'x1' }).map((e) => e.id)).toEqual(['c', 'a']);
    expect(filterLog(log, { tag: 'writing' }).map((e) => e.id)).toEqual(['c', 'a']);
    expect(filterLog(log, { tag: 'writing', schoolId: 's2' }).map((e) => e.id)).toEqual(['c']);
  });
  it('groups by month for the timeline and lists tags', () => {
    expect(groupByMonth(log).map(([m, es]) => [monthLabel(m), es.map((e) => e.id)])).toEqual([
      ['May 2004', ['b', 'c']],
      ['February 2004', ['a']],
    ]);
    expect(allTags(log)).toEqual(['AfL', 'moderation', 'writing', 'Writing']);
  });
});

describe('entries', () => {
  const good: LogEntryFields = { date: '2004-05-01', kind: 'other', author: 'Ann', schoolIds: ['s1'], summary: 'x', detail: '', objectiveIds: [], actionIds: [], tags: [] };
  it('checks date, summary, author and schools', () => {
    expect(validateLogEntry(good, ['s1'])).toEqual({});
    expect(validateLogEntry({ ...good, date: '2004-02-30', summary: ' ', author: '', schoolIds: ['zz'] }, ['s1'])).toEqual({
      date: expect.stringMatching(/dd\/mm\/yyyy/), summary: expect.any(String), author: expect.any(String), schoolIds: 'Choose only schools in this triad.',
    });
  });
  it('parses tags', () => {
    expect(parseTags(' writing, Boys ,writing,, WRITING ')).toEqual(['writing', 'Boys']);
  });
});

describe('Guskey levels', () => {
  it('finds how far up the chain an objective’s evidence reaches, and refuses a level outside 1–5', () => {
    const entries = [
      { objectiveIds: ['o1'], actionIds: [], guskeyLevel: 2 as const },
      { objectiveIds: [], actionIds: ['a1'], guskeyLevel: 4 as const },
      { objectiveIds: ['o1'], actionIds: [], guskeyLevel: null },
      { objectiveIds: ['o2'], actionIds: [], guskeyLevel: 5 as const },
    ];
    const reach = evidenceReach(entries, 'o1', ['a1']);
    expect(reach).toEqual({ highest: 4, entries: 3, ungraded: 1 });
    expect(describeReach(reach)).toBe('Evidence reaches level 4 of 5 (use of new knowledge and skills); 1 entry not graded');
    expect(describeReach(evidenceReach(entries, 'o3', []))).toBe('No impact-log evidence yet');
    expect(toGuskeyLevel('5')).toBe(5);
    expect(toGuskeyLevel('6')).toBeNull();
    const fields = { date: '2004-05-14', kind: 'other' as const, author: 'A', schoolIds: [], summary: 'S', detail: '', objectiveIds: [], actionIds: [], tags: [] };
    expect(validateLogEntry({ ...fields, guskeyLevel: 6 as never }, [])).toHaveProperty('guskeyLevel');
    expect(validateLogEntry({ ...fields, guskeyLevel: 3 }, [])).toEqual({});
  });
});
