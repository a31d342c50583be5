import type { PlanDocument } from '../../../../core/plan-document';

/** The triad's leadership learning focus and each year's priorities at a glance. */
export function PlanFocus({ document: doc }: { document: PlanDocument }) {
  return (
    <section aria-labelledby="focus-title">
      <h2 id="focus-title">Focus and priorities</h2>
      <p className="label">Collaborative leadership learning focus</p>
      <p>{doc.focus || 'No focus has been recorded yet.'}</p>
      {doc.years.map((year) => (
        <div key={year.year} className="keep-together">
          <p className="label">Priorities for {year.label}</p>
          {year.priorities.length === 0 ? (
            <p>No priorities recorded.</p>
          ) : (
            <ol className="priorities">
              {year.priorities.map((priority) => (
                <li key={priority.ref}>{priority.title}</li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}
