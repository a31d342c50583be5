import { Link } from 'react-router-dom';
import { programmeYearLabel } from '../../core/dates';
import type { Plan, Triad } from '../../core/model';
import { EmptyState, Page } from '../../ui/Page';
import { useSchools } from '../../shared/use-triad';
import { YearPicker } from './controls';
import { PlanDocument } from './PlanDocument';
import { useFocusGroups, useMeasures, usePlan, usePlanItems, useSelectedYear } from './use-plan-data';

/** The plan read as a document, as governors and partner heads will see it. */
export function DocumentView({ triad }: { triad: Triad }) {
  const [year, setYear] = useSelectedYear(triad);
  const plan = usePlan(triad.id, year);
  return (
    <Page title="The plan as a document">
      <YearPicker triad={triad} year={year} onChange={setYear} />
      <p>
        <Link to={`/plan?year=${year}`}>Back to editing the plan</Link>
      </p>
      {plan === undefined ? <p role="status">Loading…</p> : plan === null ? (
        <EmptyState title={`No plan for ${programmeYearLabel(triad, year)}`}>
          <p>There is no plan for this year yet.</p>
        </EmptyState>
      ) : (
        <Document triad={triad} plan={plan} />
      )}
    </Page>
  );
}

function Document({ triad, plan }: { triad: Triad; plan: Plan }) {
  const items = usePlanItems(plan.id);
  const schools = useSchools(triad.id);
  const measures = useMeasures(triad.id);
  const focusGroups = useFocusGroups(triad.id);
  if (!items || !schools || !measures || !focusGroups) return <p role="status">Loading…</p>;
  return <PlanDocument triad={triad} schools={schools} plan={plan} {...items} measures={measures} focusGroups={focusGroups} />;
}
