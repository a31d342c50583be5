import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db';
import { useSchools, useTriad } from '../../../shared/use-triad';
import { MembershipRecord } from '../../../shared/MembershipRecord';
import { TriadPage, WithTriad } from '../TriadPage';
import { CriteriaEditor } from './CriteriaEditor';
import { SchoolMembershipForm } from './SchoolMembershipForm';

function MembershipContent({ triadId }: { triadId: string }) {
  const schools = useSchools(triadId);
  const criteria = useLiveQuery(() => db.membershipCriteria.where('triadId').equals(triadId).sortBy('order'), [triadId]);
  const memberships = useLiveQuery(() => db.memberships.where('triadId').equals(triadId).toArray(), [triadId]);
  if (!schools || !criteria || !memberships) return <p role="status">Loading…</p>;
  return (
    <>
      <h2>Written criteria</h2>
      <p>Say openly which schools suit the co-ordinating role and which suit the partner role.</p>
      <CriteriaEditor triadId={triadId} role="coordinating" criteria={criteria.filter((c) => c.role === 'coordinating')} />
      <CriteriaEditor triadId={triadId} role="partner" criteria={criteria.filter((c) => c.role === 'partner')} />

      <h2>Each school</h2>
      {schools.length === 0 ? <p>Choose the triad’s schools first, in Schools.</p> : null}
      {schools.map((school) => {
        const membership = memberships.find((m) => m.schoolId === school.id) ?? null;
        return (
          <SchoolMembershipForm
            key={`${school.id}:${membership?.updatedAt ?? 'new'}`}
            triadId={triadId}
            school={school}
            membership={membership}
            criteria={criteria}
          />
        );
      })}

      <section className="panel" aria-labelledby="membership-record-heading">
        <h2 id="membership-record-heading">The membership record</h2>
        <p className="hint">What governors, partner heads and the LEA will see.</p>
        <MembershipRecord schools={schools} criteria={criteria} memberships={memberships} level={3} />
      </section>
    </>
  );
}

export function MembershipView() {
  const triad = useTriad();
  return (
    <TriadPage title="Membership" lede="Membership is voluntary and transparent: written criteria, each school’s evidence and agreement, and the LEA’s decision where opinions differed.">
      <WithTriad triad={triad}>{(t) => <MembershipContent triadId={t.id} />}</WithTriad>
    </TriadPage>
  );
}
