import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { summariseBudget } from '../../core/budget';
import { yearFigures } from '../../core/budget-rules';
import { formatDate, programmeYearLabel, programmeYearList } from '../../core/dates';
import { closedYearKey } from '../../core/home-prompts';
import type { Triad } from '../../core/model';
import { formatPounds } from '../../core/money';
import { planCopyForward } from '../../core/plan-copy';
import { db } from '../../db';
import { copyUnfinishedActions, findPlan, loadSnapshot } from '../../db/plans';
import { putSetting } from '../../db/records';
import { EmptyState, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';

/**
 * `/plan/close?year=2003`: closing a programme year — its unfinished actions with a preview of the
 * copy into the next year (plan order kept, dates a year on), its unspent money and the
 * carry-forward decision — then marking it closed so home stops asking.
 */
export function CloseYear({ triad }: { triad: Triad }) {
  const [params] = useSearchParams();
  const year = Number(params.get('year'));
  const valid = programmeYearList(triad).includes(year);
  const nextYear = programmeYearList(triad).includes(year + 1) ? year + 1 : null;
  const { notify } = useToast();
  const navigate = useNavigate();
  const loaded = useLiveQuery(async () => {
    if (!valid) return null;
    const source = await findPlan(db, triad.id, year);
    if (!source) return { source: null } as const;
    const target = nextYear === null ? undefined : await findPlan(db, triad.id, nextYear);
    const from = await loadSnapshot(db, source.id);
    const to = target ? await loadSnapshot(db, target.id) : { priorities: [], objectives: [], actions: [] };
    let n = 0;
    const preview = planCopyForward(from, to, { fromYear: year, targetPlanId: 'preview', newId: () => `preview-${++n}`, now: '' });
    const [record, allocations, ledger] = await Promise.all([
      db.budgetYears.where('[triadId+year]').equals([triad.id, year]).first(),
      db.allocations.where('[triadId+year]').equals([triad.id, year]).toArray(),
      db.ledgerEntries.where('[triadId+year]').equals([triad.id, year]).toArray(),
    ]);
    const summary = summariseBudget({ ...yearFigures(triad, record), allocations, ledger });
    const closed = (await db.settings.get(closedYearKey(triad.id, year)))?.value === true;
    const priorities = [...to.priorities, ...preview.priorities];
    const objectives = [...to.objectives, ...preview.objectives];
    return { source, preview, priorities, objectives, summary, carryForward: record?.carryForward ?? null, closed } as const;
  }, [triad, year, valid, nextYear]);

  const label = valid ? programmeYearLabel(triad, year) : '';
  if (!valid) {
    return (
      <Page title="Close a programme year">
        <EmptyState title="That is not one of the programme’s years">
          <p>
            <Link to="/plan">Back to the plan</Link>
          </p>
        </EmptyState>
      </Page>
    );
  }
  if (!loaded) return <p role="status">Loading…</p>;
  if (!loaded.source) {
    return (
      <Page title={`Close ${label}`}>
        <p>There is no plan for {label}, so there is nothing to carry over.</p>
      </Page>
    );
  }
  const { preview, summary, carryForward, closed } = loaded;
  const priorityTitle = (objectiveId: string) => {
    const objective = loaded.objectives.find((o) => o.id === objectiveId);
    return `${loaded.priorities.find((p) => p.id === objective?.priorityId)?.title ?? ''} – ${objective?.title ?? ''}`;
  };
  const copy = async () => {
    const result = await copyUnfinishedActions(db, triad, year);
    notify(`Copied ${result.copiedActions} unfinished ${result.copiedActions === 1 ? 'action' : 'actions'} into ${programmeYearLabel(triad, year + 1)}.`);
  };
  const close = async () => {
    await putSetting(db, closedYearKey(triad.id, year), true);
    notify(`${label} closed.`);
    navigate('/');
  };

  return (
    <Page title={`Close ${label}`} lede="Carry over what is unfinished, decide about the unspent money, then mark the year closed.">
      {closed ? <p className="panel">This year has been closed.</p> : null}
      <section aria-labelledby="unfinished-heading">
        <h2 id="unfinished-heading">Unfinished actions</h2>
        {nextYear === null ? (
          <p>This is the programme’s last year: there is no next year to carry actions into.</p>
        ) : preview.actions.length === 0 ? (
          <p>
            Nothing to carry over{preview.alreadyCopied ? `: ${preview.alreadyCopied} already copied into ${programmeYearLabel(triad, nextYear)}` : ''}.
          </p>
        ) : (
          <>
            <table className="data">
              <caption>Preview of the copy into {programmeYearLabel(triad, nextYear)}, in the plan’s order</caption>
              <thead>
                <tr>
                  <th scope="col">Priority and objective</th>
                  <th scope="col">Action</th>
                  <th scope="col">New dates</th>
                </tr>
              </thead>
              <tbody>
                {preview.actions.map((a) => (
                  <tr key={a.id}>
                    <td>{priorityTitle(a.objectiveId)}</td>
                    <th scope="row">{a.title}</th>
                    <td>
                      {formatDate(a.startDate)} to {formatDate(a.endDate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" onClick={() => void copy()}>
              Copy {preview.actions.length} unfinished {preview.actions.length === 1 ? 'action' : 'actions'} into {programmeYearLabel(triad, nextYear)}
            </button>
          </>
        )}
      </section>
      <section aria-labelledby="unspent-heading">
        <h2 id="unspent-heading">Unspent money and carry-forward</h2>
        <p>
          {formatPounds(Math.max(0, summary.remainingPence))} of {formatPounds(summary.availablePence)} is unspent and uncommitted.{' '}
          {carryForward
            ? `Decided on ${formatDate(carryForward.decidedOn)}: carry ${formatPounds(carryForward.amountPence)} forward (${carryForward.reason}).`
            : 'No carry-forward decision is recorded yet.'}{' '}
          <Link to={`/budget/setup?year=${year}`}>Record the carry-forward decision in the budget</Link>.
        </p>
      </section>
      {!closed ? (
        <button type="button" className="secondary" onClick={() => void close()}>
          Mark {label} as closed
        </button>
      ) : null}
    </Page>
  );
}
