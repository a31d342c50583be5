import { describe, expect, it } from 'vitest';
import { historyRows } from './AmendmentHistory';

describe('the amendment history', () => {
  it('lists agreed versions and changes together, oldest first, with reasons', () => {
    const rows = historyRows({
      versions: [
        { id: 'v2', version: 2, name: 'Renegotiated', agreedOn: '2004-01-10', agreedBy: 'Ann Patel', createdAt: '2004-01-10T16:00:00.000Z' },
        { id: 'v1', version: 1, name: 'Agreed by the heads', agreedOn: '2003-09-20', agreedBy: 'Ann Patel', createdAt: '2003-09-20T16:00:00.000Z' },
      ],
      changes: [{ id: 'c1', at: '2003-11-02T10:00:00.000Z', summary: 'Deleted action “Summer school”', reason: 'No money left', change: 'delete' }],
    });
    expect(rows.map((r) => [r.date, r.what, r.reason])).toEqual([
      ['20/09/2003', 'Version 1 agreed: Agreed by the heads (agreed by Ann Patel)', ''],
      [expect.stringMatching(/^02\/11\/2003 \d\d:00$/), 'Deleted action “Summer school”', 'No money left'],
      ['10/01/2004', 'Version 2 agreed: Renegotiated (agreed by Ann Patel)', ''],
    ]);
  });
});
