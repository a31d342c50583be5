/**
 * The triad's membership record, as presented on screen and in print: the written criteria for
 * each role, and for each school its evidence, its voluntary agreement, its agreed role and any
 * LEA decision. Presentational only: plain props in, headings and tables out (no database), so the
 * PDF print view can reuse it.
 */
import { formatDate } from '../core/dates';
import { LEA_DECISION_LABELS } from '../core/membership';
import type { Membership, MembershipCriterion, School, SchoolRole } from '../core/model';
import { INTERVENTION_LABELS, INTERVENTION_NOTE, ROLE_LABELS } from '../core/schools';

export interface MembershipRecordProps {
  schools: School[];
  criteria: MembershipCriterion[];
  memberships: Membership[];
  /** Heading level for the record's sections (the page or print view supplies the h1). */
  level?: 2 | 3;
}

const ROLE_CRITERIA_HEADINGS: Record<SchoolRole, string> = {
  coordinating: 'Criteria for the co-ordinating role',
  partner: 'Criteria for the partner role',
};

function byOrder(a: MembershipCriterion, b: MembershipCriterion) {
  return a.order - b.order;
}

export function MembershipRecord({ schools, criteria, memberships, level = 2 }: MembershipRecordProps) {
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const forRole = (role: SchoolRole) => criteria.filter((c) => c.role === role).sort(byOrder);

  return (
    <div className="membership-record">
      <H>Membership criteria</H>
      <p>Membership of the triad is voluntary. These written criteria say which schools suit each role.</p>
      {(['coordinating', 'partner'] as const).map((role) => {
        const list = forRole(role);
        return (
          <section key={role} aria-label={ROLE_CRITERIA_HEADINGS[role]}>
            <Sub>{ROLE_CRITERIA_HEADINGS[role]}</Sub>
            {list.length ? (
              <ol>
                {list.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ol>
            ) : (
              <p>No criteria written yet.</p>
            )}
          </section>
        );
      })}

      <H>Each school’s membership</H>
      {schools.length === 0 ? <p>No schools have been chosen yet.</p> : null}
      {schools.map((school) => {
        const membership = memberships.find((m) => m.schoolId === school.id) ?? null;
        const role = membership?.agreedRole ?? school.role;
        const roleCriteria = forRole(role);
        const evidenceFor = (criterionId: string) => membership?.evidence.find((e) => e.criterionId === criterionId)?.text ?? '';
        const decision = membership?.leaDecision ?? null;
        return (
          <section key={school.id} aria-label={`Membership of ${school.name}`}>
            <Sub>
              {school.name} – {ROLE_LABELS[school.role].toLowerCase()}
            </Sub>
            <table className="data">
              <tbody>
                <tr>
                  <th scope="row">Agreed to join (voluntarily)</th>
                  <td>{membership?.agreedToJoinOn ? formatDate(membership.agreedToJoinOn) : 'Not yet agreed'}</td>
                </tr>
                <tr>
                  <th scope="row">Agreed role</th>
                  <td>{membership ? ROLE_LABELS[membership.agreedRole] : 'Not yet recorded'}</td>
                </tr>
                <tr>
                  <th scope="row">LEA decision</th>
                  <td>
                    {decision ? (
                      <>
                        The schools and the LEA disagreed. On {formatDate(decision.decidedOn)} the LEA decided:{' '}
                        <strong>{LEA_DECISION_LABELS[decision.role]}</strong>. Reasons: {decision.reasons}
                      </>
                    ) : (
                      'None needed: the schools and the LEA agreed.'
                    )}
                  </td>
                </tr>
                {school.interventionCategory !== 'none' ? (
                  <tr>
                    <th scope="row">Intervention category</th>
                    <td>
                      {INTERVENTION_LABELS[school.interventionCategory]}. {INTERVENTION_NOTE}
                    </td>
                  </tr>
                ) : null}
                {membership?.notes ? (
                  <tr>
                    <th scope="row">Notes</th>
                    <td>{membership.notes}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
            {roleCriteria.length ? (
              <table className="data">
                <caption className="visually-hidden">Evidence from {school.name} against each criterion</caption>
                <thead>
                  <tr>
                    <th scope="col">Criterion ({ROLE_LABELS[role].toLowerCase()})</th>
                    <th scope="col">Evidence</th>
                  </tr>
                </thead>
                <tbody>
                  {roleCriteria.map((c) => (
                    <tr key={c.id}>
                      <td>{c.text}</td>
                      <td>{evidenceFor(c.id) || 'No evidence recorded'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
