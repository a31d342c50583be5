import { formatDate, todayIso } from '../../../../core/dates';
import type { PlanDocument } from '../../../../core/plan-document';

/** The cover: the triad, its schools, each year's plan and where it stands. */
export function PlanCover({ document: doc }: { document: PlanDocument }) {
  return (
    <section className="cover" aria-labelledby="cover-title">
      <p className="cover-kicker">
        {doc.localAuthority} · {doc.cohort}
      </p>
      <h1 id="cover-title">{doc.triadName}</h1>
      <p className="cover-subtitle">Triad Improvement Plan {doc.period}</p>
      <p className={doc.hasDraft ? 'state-line draft' : 'state-line'}>{doc.stateLine}</p>
      <h2>Schools</h2>
      <table className="print-table cover-schools">
        <colgroup>
          <col style={{ width: '50%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '18%' }} />
        </colgroup>
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
      <h2>The plan</h2>
      <dl className="cover-facts">
        {doc.years.map((year) => (
          <div key={year.year}>
            <dt>{year.label}</dt>
            <dd>
              {year.state.kind === 'agreed' ? `${year.title}: ${year.stateLine}. ${year.version}.` : `${year.title}: ${year.stateLine}.`}
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
