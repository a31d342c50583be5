import { Link, useSearchParams } from 'react-router-dom';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { Page, EmptyState } from '../../ui/Page';
import { Welcome } from './Welcome';
import { PlanAtAGlance } from './PlanAtAGlance';
import { YearAtAGlance } from './YearAtAGlance';
import { api } from '../../api';
import { homeSnapshot, subscribeHome, welcomeDismissedPreference } from './home-store';
import { academicYearLabel } from '../../core/dates';
import { formatPounds } from '../../core/money';

export default function Home() {
  // One read for the whole view (db/home.ts), begun before the view mounted.
  const home = useSyncExternalStore(subscribeHome, homeSnapshot);
  const triad = home?.triad;
  const [params] = useSearchParams();
  const [welcomeDismissed, setWelcomeDismissed] = useState<boolean | null>(null);

  useEffect(() => {
    void welcomeDismissedPreference().then(setWelcomeDismissed);
  }, []);

  const showWelcome = params.get('welcome') === '1' || welcomeDismissed === false;
  const dismiss = async () => {
    await api().setPreferences({ welcomeDismissed: true });
    setWelcomeDismissed(true);
  };

  // The welcome panel waits for the preference on its own: the triad and plan never wait for it.
  if (home === undefined || triad === undefined) return <p role="status">Loading…</p>;

  return (
    <Page title={triad ? triad.name : 'Welcome to Triad Planner'}>
      {showWelcome ? <Welcome onDismiss={dismiss} hasTriad={triad !== null} /> : null}
      {triad ? (
        <section aria-label="This triad">
          <p className="lede">
            {triad.localAuthority} · {triad.cohort} · programme from {academicYearLabel(triad.firstYear)} for{' '}
            {triad.programmeYears} years · {formatPounds(triad.annualAllocationPence)} a year
          </p>
          <YearAtAGlance triad={triad} />
          <PlanAtAGlance triad={triad} glance={home.glance!} />
        </section>
      ) : (
        <EmptyState title="No triad set up yet">
          <p>Start by recording your triad: its name, local authority, cohort and programme years.</p>
          <Link className="button" to="/triad">
            Set up your triad
          </Link>
        </EmptyState>
      )}
    </Page>
  );
}
