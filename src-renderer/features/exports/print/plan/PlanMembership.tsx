import type { PlanDocumentData } from '../../../../core/plan-document';
import { MembershipRecord } from '../../../triad/MembershipRecord';

/** The membership record as the Triad area words it. */
export function PlanMembership({ data }: { data: PlanDocumentData }) {
  return (
    <section aria-labelledby="membership-title" className="membership">
      <h2 id="membership-title">Membership record</h2>
      <MembershipRecord schools={data.schools.filter((s) => s.triadId === data.triad.id)} criteria={data.membershipCriteria} memberships={data.memberships} level={3} />
    </section>
  );
}
