import { formatPounds } from '../../../core/money';
import type { PlanDocument, PlanDocumentData, PlanYearModel } from '../../../core/plan-document';
import { AmendmentHistory } from '../../plan/AmendmentHistory';
import { todayIso, formatDate } from '../../../core/dates';

type Props = { document: PlanDocument };

export function CoverSection({ document: doc }: Props) {
  return (
    <section className="cover" aria-labelledby="cover-title">
      <p className="cover-kicker">{doc.localAuthority} · {doc.cohort}</p>
      <h1 id="cover-title">{doc.triadName}</h1>
      <p className="cover-subtitle">Triad Improvement Plan {doc.period}</p>
      <h2>Schools</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">School</th>
            <th scope="col">Role</th>
            <th scope="col">URN</th>
            <th scope="col">LA/establishment number</th>
          </tr>
        </thead>
        <tbody>
          {doc.schools.map((school) => (
            <tr key={school.name}>
              <td>
                {school.name}
                {school.intervention ? <div className="note">{school.intervention}</div> : null}
              </td>
              <td>{school.role}</td>
              <td>{school.urn}</td>
              <td>{school.dfeNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Plan</h2>
      <dl className="cover-facts">
        {doc.years.map((year) => (
          <div key={year.year}>
            <dt>{year.label}</dt>
            <dd>
              {year.title}. {year.version}.
            </dd>
          </div>
        ))}
        <div>
          <dt>Printed</dt>
          <dd>{formatDate(todayIso())}</dd>
        </div>
      </dl>
    </section>
  );
}

export function FocusSection({ document: doc }: Props) {
  return (
    <section aria-labelledby="focus-title">
      <h2 id="focus-title">Focus and priorities</h2>
      <h3>Collaborative leadership learning focus</h3>
      <p>{doc.focus || 'No focus has been recorded yet.'}</p>
      {doc.years.map((year) => (
        <div key={year.year} className="keep-together">
          <h3>Priorities for {year.label}</h3>
          {year.priorities.length === 0 ? (
            <p>No priorities recorded.</p>
          ) : (
            <ol className="priorities">
              {year.priorities.map((priority) => (
                <li key={priority.ref}>
                  <strong>{priority.title}</strong>
                  {priority.description ? <p>{priority.description}</p> : null}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}

export function ObjectivesSection({ document: doc }: Props) {
  return (
    <section aria-labelledby="objectives-title">
      <h2 id="objectives-title">Objectives and success criteria</h2>
      {doc.years.map((year) => (
        <div key={year.year}>
          <h3>{year.label}</h3>
          {year.priorities.flatMap((p) => p.objectives).length === 0 ? <p>No objectives recorded.</p> : null}
          {year.priorities.map((priority) =>
            priority.objectives.map((objective) => (
              <div className="objective" key={objective.ref}>
                <h4>
                  {objective.ref} {objective.title}
                </h4>
                <p className="note">Priority {priority.ref}: {priority.title}</p>
                {objective.criteria.length > 0 ? (
                  <ul>
                    {objective.criteria.map((criterion) => (
                      <li key={criterion}>{criterion}</li>
                    ))}
                  </ul>
                ) : (
                  <p>No success criteria recorded.</p>
                )}
              </div>
            )),
          )}
        </div>
      ))}
    </section>
  );
}

export function ActionsSection({ document: doc }: Props) {
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">Actions</h2>
      {doc.years.map((year) => (
        <div key={year.year}>
          <h3>{year.label}</h3>
          {year.actions.length === 0 ? (
            <p>No actions recorded.</p>
          ) : (
            <table className="print-table actions-table">
              <thead>
                <tr>
                  <th scope="col">Ref</th>
                  <th scope="col">Action</th>
                  <th scope="col">Lead</th>
                  <th scope="col">Start</th>
                  <th scope="col">End</th>
                  <th scope="col" className="num">Cost</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {year.actions.map((action) => (
                  <tr key={action.ref}>
                    <td>{action.ref}</td>
                    <td>
                      {action.title}
                      {action.owner ? <div className="note">Owner: {action.owner}</div> : null}
                    </td>
                    <td>{action.lead}</td>
                    <td>{action.start}</td>
                    <td>{action.end}</td>
                    <td className="num">{formatPounds(action.costPence)}</td>
                    <td>{action.status}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    Total estimated cost, {year.label}
                  </th>
                  <td className="num">{formatPounds(year.totalCostPence)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}

/** Each plan's agreed versions and amendments with their reasons, as the Plan area shows them. */
export function AmendmentsSection({ data, years }: { data: PlanDocumentData; years: PlanYearModel[] }) {
  return (
    <section aria-labelledby="amendments-title">
      <h2 id="amendments-title">Amendment history</h2>
      {years.map((year) => {
        const plan = data.plans.find((p) => p.year === year.year);
        return (
          <div key={year.year}>
            <h3>{year.label}</h3>
            {plan ? (
              <AmendmentHistory versions={data.planVersions.filter((v) => v.planId === plan.id)} changes={data.changeLog.filter((c) => c.planId === plan.id)} />
            ) : (
              <p>No plan for this year yet.</p>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function MembershipSection({ document: doc }: Props) {
  return (
    <section aria-labelledby="membership-title">
      <h2 id="membership-title">Membership record</h2>
      <p>Membership is voluntary and transparent. Where a school and the LEA disagreed, the LEA’s decision is recorded openly.</p>
      {doc.criteria.length > 0 ? (
        <>
          <h3>Criteria</h3>
          <ul>
            {doc.criteria.map((c) => (
              <li key={`${c.role}${c.text}`}>
                {c.role}: {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">School</th>
            <th scope="col">Role</th>
            <th scope="col">Agreement</th>
            <th scope="col">LEA decision</th>
            <th scope="col">Evidence against the criteria</th>
          </tr>
        </thead>
        <tbody>
          {doc.membership.map((row) => (
            <tr key={row.school}>
              <td>{row.school}</td>
              <td>{row.role}</td>
              <td>{row.agreed}</td>
              <td>{row.leaDecision}</td>
              <td>
                {row.evidence.length === 0 ? 'None recorded' : row.evidence.map((e) => <div key={e.criterion + e.text}>{e.criterion}: {e.text}</div>)}
                {row.notes ? <div className="note">{row.notes}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function SignOffSection({ document: doc }: Props) {
  return (
    <section className="sign-off" aria-labelledby="signoff-title">
      <h2 id="signoff-title">Sign-off</h2>
      <p>We agree this Triad Improvement Plan for {doc.period}.</p>
      <table className="print-table sign-off-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Signature</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {doc.signOff.map((row) => (
            <tr key={row.role}>
              <td>{row.name || <span className="blank-line" />}</td>
              <td>{row.role}</td>
              <td>
                <span className="blank-line" />
              </td>
              <td>
                <span className="blank-line short" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
