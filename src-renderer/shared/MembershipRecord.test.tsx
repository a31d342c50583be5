import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Membership, MembershipCriterion, School } from '../core/model';
import { MembershipRecord } from './MembershipRecord';

const stamp = { createdAt: '2003-07-01T09:00:00.000Z', updatedAt: '2003-07-01T09:00:00.000Z' };
function school(id: string, role: School['role'], name: string, interventionCategory: School['interventionCategory'] = 'none'): School {
  return {
    ...stamp, id, triadId: 't', role, name, urn: '103905', dfeNumber: '333/2041', phase: 'Primary', address: '', postcode: '',
    headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory,
  };
}
const criteria: MembershipCriterion[] = [
  { ...stamp, id: 'c2', triadId: 't', role: 'partner', text: 'Commits staff time to joint CPD', order: 2 },
  { ...stamp, id: 'c1', triadId: 't', role: 'partner', text: 'Willing to share its data', order: 1 },
  { ...stamp, id: 'c3', triadId: 't', role: 'coordinating', text: 'Has led school-to-school support', order: 1 },
];
const memberships: Membership[] = [
  {
    ...stamp, id: 'm1', triadId: 't', schoolId: 'b', agreedToJoinOn: '2003-07-21', agreedRole: 'partner', notes: '',
    evidence: [{ criterionId: 'c2', text: 'Two INSET days a year' }],
    leaDecision: { decidedOn: '2003-07-18', role: 'partner', reasons: 'Gains most as a partner.' },
  },
];

/** Text of the rendered markup, tags removed, so the assertions read as a person would. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
}

describe('MembershipRecord', () => {
  it('renders the criteria in order, each school’s agreement, evidence and the LEA decision from plain props', () => {
    const html = renderToStaticMarkup(
      <MembershipRecord
        schools={[school('a', 'coordinating', 'Hargate Primary School'), school('b', 'partner', 'Hamstead Infant School', 'serious-weaknesses')]}
        criteria={criteria}
        memberships={memberships}
      />,
    );
    const text = textOf(html);
    expect(html).toContain('<h2>Membership criteria</h2>');
    expect(text.indexOf('Willing to share its data')).toBeLessThan(text.indexOf('Commits staff time to joint CPD'));
    expect(text).toContain('Hargate Primary School – co-ordinating school');
    expect(text).toContain('Agreed to join (voluntarily) Not yet agreed');
    expect(text).toContain('Agreed to join (voluntarily) 21/07/2003');
    expect(text).toContain('On 18/07/2003 the LEA decided: Admitted as a partner school . Reasons: Gains most as a partner.');
    expect(text).toContain('Commits staff time to joint CPD Two INSET days a year');
    expect(text).toContain('Willing to share its data No evidence recorded');
    expect(text).toContain('Serious weaknesses. Supported by intervention, which is separate from the triad’s improvement work.');
  });

  it('takes the heading level from the page it is placed in', () => {
    const html = renderToStaticMarkup(<MembershipRecord schools={[]} criteria={[]} memberships={[]} level={3} />);
    expect(html).toContain('<h3>Membership criteria</h3>');
    expect(html).toContain('<h4>Criteria for the co-ordinating role</h4>');
    expect(textOf(html)).toContain('No schools have been chosen yet.');
  });
});
