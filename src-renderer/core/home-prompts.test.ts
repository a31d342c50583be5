import { describe, expect, it } from 'vitest';
import { homePrompts } from './home-prompts';

describe('home prompts', () => {
  const base = { year: 2004, firstYear: 2003, inProgramme: true, actions: [{ id: 'a1' }, { id: 'a2' }] };
  it('in September of year 2 asks to close year 1 and to start the autumn review', () => {
    const prompts = homePrompts({ ...base, today: '2004-09-10', updates: [], previous: { year: 2003, unfinished: 3, unspentPence: 120_000 } });
    expect(prompts.map((p) => [p.kind, p.to])).toEqual([
      ['close-year', '/plan/close?year=2003'],
      ['termly-review', '/plan/review?year=2004&term=autumn'],
    ]);
    expect(prompts[0]!.text).toBe('Close 2003/04: 3 unfinished actions to carry over or finish, the unspent money, and the carry-forward decision.');
  });

  it('stops asking for the review once the term has progress', () => {
    expect(homePrompts({ ...base, today: '2005-02-10', updates: [{ date: '2005-01-20' }], previous: null })).toEqual([]);
  });
});
