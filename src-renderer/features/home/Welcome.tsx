/** First-run welcome: what the app is for, in the head's own terms. */
export function Welcome({ onDismiss, hasTriad }: { onDismiss: () => void; hasTriad: boolean }) {
  return (
    <section className="panel" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">What Triad Planner does</h2>
      <p>
        Triad Planner is for the head of a co-ordinating school working with two partner schools over a
        three-year improvement programme. Everything stays on this computer: it works without a network.
      </p>
      <ul>
        <li>
          <strong>Triad</strong> – your three schools, membership decisions, people, partners and focus groups.
        </li>
        <li>
          <strong>Plan</strong> – the Triad Improvement Plan for each programme year, agreed and amended with a
          visible history.
        </li>
        <li>
          <strong>Budget</strong> – the additional £50,000 a year: what is allocated, committed, spent and left.
        </li>
        <li>
          <strong>Impact</strong> – results against the baseline, the impact log and the evidence that links the
          money to pupils.
        </li>
        <li>
          <strong>Exports</strong> – PDF plans for governors, partner heads and the LEA, backups, and partner
          returns.
        </li>
      </ul>
      <div className="actions-row">
        <button type="button" onClick={onDismiss}>
          {hasTriad ? 'Hide this introduction' : 'Got it – hide this introduction'}
        </button>
      </div>
    </section>
  );
}
