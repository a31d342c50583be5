import type { PlanDocument } from '../../../../core/plan-document';

/**
 * Sign-off: an agreed plan is signed by each head, each chair of governors and the LEA link
 * adviser, in boxes tall enough to sign by hand. A draft is never printed as if agreed.
 */
export function PlanSignOff({ document: doc }: { document: PlanDocument }) {
  if (doc.hasDraft) {
    return (
      <section className="sign-off" aria-labelledby="signoff-title">
        <h2 id="signoff-title">Sign-off</h2>
        <p className="state-line draft">{doc.stateLine}</p>
        <p>
          This copy is for discussion. The plan is signed by the headteachers, the chairs of governors and the LEA link adviser once the triad’s heads have
          agreed it; a signature page is printed with the agreed plan.
        </p>
      </section>
    );
  }
  return (
    <section className="sign-off" aria-labelledby="signoff-title">
      <h2 id="signoff-title">Sign-off</h2>
      <p>
        We agree this Triad Improvement Plan for {doc.period} ({doc.stateLine.charAt(0).toLowerCase() + doc.stateLine.slice(1)}).
      </p>
      <table className="print-table sign-off-table">
        <colgroup>
          <col style={{ width: '24%' }} />
          <col style={{ width: '34%' }} />
          <col style={{ width: '27%' }} />
          <col style={{ width: '15%' }} />
        </colgroup>
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
              <td>{row.name}</td>
              <td>{row.role}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
