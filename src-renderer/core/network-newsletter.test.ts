import { describe, expect, it } from 'vitest';
import { addToIssue, halfYearOf, halfYearRange, moveItem } from './network-newsletter';

describe('the newsletter', () => {
  it('names half-years of the academic year', () => {
    expect(halfYearOf('2004-12-01')).toEqual({ year: 2004, half: 1 });
    expect(halfYearOf('2005-02-10')).toEqual({ year: 2004, half: 1 });
    expect(halfYearOf('2005-05-10')).toEqual({ year: 2004, half: 2 });
    expect(halfYearRange({ year: 2003, half: 1 })).toEqual({ from: '2003-09-01', to: '2004-02-29' });
  });

  it('lets a network appear once per issue unless chosen again', () => {
    const network = (id: string) => ({ a: 'wyre', b: 'wyre', c: 'preston' })[id];
    const first = addToIssue([], 'a', network);
    expect(first.ok).toBe(true);
    const items = first.ok ? first.items : [];
    expect(addToIssue(items, 'b', network)).toMatchObject({ ok: false, reason: expect.stringContaining('already has a cameo') });
    expect(addToIssue(items, 'b', network, true)).toEqual({ ok: true, items: [{ cameoId: 'a', chosenAgain: false }, { cameoId: 'b', chosenAgain: true }] });
    expect(addToIssue(items, 'a', network, true)).toMatchObject({ ok: false });
    expect(addToIssue(items, 'c', network)).toMatchObject({ ok: true });
  });

  it('reorders items', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
