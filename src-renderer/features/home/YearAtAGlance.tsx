/** This year's money, the headline result and the prompts of the moment, from one read (db/home). */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { currentProgrammeYear, programmeYearList, todayIso } from '../../core/dates';
import { homePrompts } from '../../core/home-prompts';
import { formatPounds } from '../../core/money';
import type { Triad } from '../../core/model';
import { db } from '../../db';
import { loadHomeYear } from '../../db/home';

export function YearAtAGlance({ triad }: { triad: Triad }) {
  const today = todayIso();
  const year = currentProgrammeYear(triad, today);
  const home = useLiveQuery(() => loadHomeYear(db, triad, year, today), [triad, year, today]);
  if (!home) return null;
  const prompts = homePrompts({
    today,
    year,
    firstYear: triad.firstYear,
    inProgramme: programmeYearList(triad).includes(year),
    actions: home.actions,
    updates: home.updates,
    previous: home.previous,
  });
  const { summary, forecast, headline } = home;
  const money: [string, number][] = [
    ['Available', summary.availablePence],
    ['Committed', summary.committedPence],
    ['Spent', summary.spentPence],
    ['Remaining', summary.remainingPence],
    ['Forecast year-end spending', forecast.forecastSpendPence],
  ];
  return (
    <>
      {prompts.length > 0 ? (
        <section aria-labelledby="prompts-heading" className="panel">
          <h2 id="prompts-heading">What needs doing now</h2>
          <ul className="home-prompts">
            {prompts.map((p) => (
              <li key={p.kind}>
                <Link to={p.to}>{p.kind === 'close-year' ? 'Close the last programme year' : 'Start the termly review'}</Link> – {p.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="money-heading">
        <h2 id="money-heading">This year’s money</h2>
        <dl className="budget-figures" aria-label="This year’s money">
          {money.map(([label, pence]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className={pence < 0 ? 'negative' : undefined}>{formatPounds(pence)}</dd>
            </div>
          ))}
        </dl>
        <p>
          {forecast.explanation} <Link to={`/budget?year=${year}`}>Open the budget</Link>
        </p>
      </section>
      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading">Headline result</h2>
        {headline === null ? (
          <p>
            No headline measure chosen yet. <Link to="/impact">Choose one in Impact</Link>.
          </p>
        ) : headline.schools === 0 ? (
          <p>
            {headline.measure}: no school has both its {headline.baselineYear} baseline and a later result yet.
          </p>
        ) : (
          <p>
            {headline.measure}: {headline.improved} of {headline.schools} {headline.schools === 1 ? 'school' : 'schools'} improved on the {headline.baselineYear}{' '}
            baseline; {headline.aboveThreshold} by more than {triad.improvementThreshold}
            {triad.thresholdKind === 'percentage-points' ? ' percentage points' : '%'}.
          </p>
        )}
      </section>
    </>
  );
}
