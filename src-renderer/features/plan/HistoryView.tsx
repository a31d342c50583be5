import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, programmeYearLabel } from '../../core/dates';
import type { Plan, PlanVersion, Triad } from '../../core/model';
import { diffPlans, type PlanContent } from '../../core/plan-diff';
import { EmptyState, Page } from '../../ui/Page';
import { useSchools } from '../../shared/use-triad';
import { AmendmentHistory } from '../../shared/AmendmentHistory';
import { PlanDifferences } from './PlanDifferences';
import { YearPicker } from './controls';
import { useChanges, useFocusGroups, useMeasures, usePlan, usePlanItems, useSelectedYear, useVersions } from './use-plan-data';

const CURRENT = 'current';

/** The plan's history (agreed versions and recorded changes) and a comparison of any two versions. */
export function HistoryView({ triad }: { triad: Triad }) {
  const [year, setYear] = useSelectedYear(triad);
  const plan = usePlan(triad.id, year);
  return (
    <Page title="Plan history and versions">
      <YearPicker triad={triad} year={year} onChange={setYear} />
      <p>
        <Link to={`/plan?year=${year}`}>Back to the plan for {programmeYearLabel(triad, year)}</Link>
      </p>
      {plan === undefined ? <p role="status">Loading…</p> : plan === null ? (
        <EmptyState title={`No plan for ${programmeYearLabel(triad, year)}`}>
          <p>There is no plan for this year, so it has no history.</p>
        </EmptyState>
      ) : (
        <PlanHistory triad={triad} plan={plan} />
      )}
    </Page>
  );
}

function PlanHistory({ triad, plan }: { triad: Triad; plan: Plan }) {
  const versions = useVersions(plan.id);
  const changes = useChanges(plan.id);
  if (!versions || !changes) return <p role="status">Loading…</p>;
  return (
    <>
      <h2>History</h2>
      <AmendmentHistory versions={versions} changes={changes} />
      <h2>Compare two versions</h2>
      {versions.length === 0 ? <p>Agree the plan to keep a version to compare against.</p> : <VersionCompare triad={triad} plan={plan} versions={versions} />}
    </>
  );
}

function VersionCompare({ triad, plan, versions }: { triad: Triad; plan: Plan; versions: PlanVersion[] }) {
  const items = usePlanItems(plan.id);
  const schools = useSchools(triad.id);
  const measures = useMeasures(triad.id);
  const focusGroups = useFocusGroups(triad.id);
  const [from, setFrom] = useState(String(versions.at(-1)!.version));
  const [to, setTo] = useState(CURRENT);
  const pick = (choice: string): PlanContent | null => {
    if (choice === CURRENT) return items ? { plan, ...items } : null;
    return versions.find((v) => String(v.version) === choice)?.snapshot ?? null;
  };
  const before = pick(from);
  const after = pick(to);
  const differences = useMemo(
    () => (before && after && schools && measures && focusGroups ? diffPlans(before, after, { schools, measures, focusGroups }) : null),
    [before, after, schools, measures, focusGroups],
  );
  const options = [
    ...versions.map((v) => ({ value: String(v.version), label: `Version ${v.version} – ${v.name} (${formatDate(v.agreedOn)})` })),
    { value: CURRENT, label: 'Current draft (as it stands now)' },
  ];
  return (
    <section aria-label="Compare versions">
      <div className="field-row">
        <div className="field">
          <label htmlFor="compare-from">Compare</label>
          <select id="compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-to">with</label>
          <select id="compare-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {differences === null ? <p role="status">Loading…</p> : <PlanDifferences differences={differences} />}
    </section>
  );
}
