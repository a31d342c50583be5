import type { PlanDocumentData, PlanYearModel } from '../../../../core/plan-document';
import { historyRows } from '../../../plan/AmendmentHistory';

/** Each year's agreed versions and the changes made since, with their reasons, as the Plan area lists them. */
export function PlanAmendments({ data, years }: { data: PlanDocumentData; years: PlanYearModel[] }) {
  return (
    <section aria-labelledby="amendments-title">
      <h2 id="amendments-title">Amendment history</h2>
      {years.map((year) => {
        const plan = data.plans.find((p) => p.year === year.year && p.triadId === data.triad.id);
        const rows = plan
          ? historyRows({ versions: data.planVersions.filter((v) => v.planId === plan.id), changes: data.changeLog.filter((c) => c.planId === plan.id) })
          : [];
        return (
          <div key={year.year} className="amendments-year">
            <h3>{`Amendments, ${year.label}`}</h3>
            {rows.length === 0 ? (
              <p>{plan ? 'The plan has not been agreed yet, so it has no history of amendments.' : 'No plan for this year yet.'}</p>
            ) : (
              <table className="print-table amendments-table">
                <colgroup>
                  <col style={{ width: '19%' }} />
                  <col style={{ width: '46%' }} />
                  <col style={{ width: '35%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">What happened</th>
                    <th scope="col">Reason given</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td>{row.date}</td>
                      <td>{row.agreed ? <strong>{row.what}</strong> : row.what}</td>
                      <td>{row.reason || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
