import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../core/dates';
import { logEntriesFor, measureIdsOf, programmeSummary, spendForActions, type Spend } from '../../core/evidence-chain';
import { describeReach, evidenceReach, IMPACT_KIND_LABELS } from '../../core/impact-log';
import { aboveThresholdLabel, describeShare, formatNumber, formatPoints, formatRelative } from '../../core/impact-stats';
import { latestYearAfter, measureImpact, ResultIndex, targetForSchool, targetsFor, targetStatus } from '../../core/impact-measures';
import type { Measure, Objective, SuccessCriterion } from '../../core/model';
import { formatPounds } from '../../core/money';
import { EmptyState, Page } from '../../ui/Page';
import type { ImpactData } from './use-impact-data';

function useImpactOf(data: ImpactData) {
  const index = new ResultIndex(data.results);
  const latestYear = latestYearAfter(data.results, data.triad.baselineYear);
  return (measure: Measure) =>
    measureImpact({
      measure, schoolIds: data.schools.map((s) => s.id), results: index, comparators: data.comparators, baselineYear: data.triad.baselineYear,
      latestYear, threshold: data.triad.improvementThreshold, thresholdKind: data.triad.thresholdKind,
    });
}

function criterionText(c: SuccessCriterion, data: ImpactData): string {
  if (c.kind === 'qualitative') return c.description;
  const measure = data.measures.find((m) => m.id === c.measureId);
  const school = c.schoolId ? data.schools.find((s) => s.id === c.schoolId)?.name : 'the triad';
  const unit = measure?.unit === 'percent' ? '%' : '';
  const from = c.from === null ? '' : ` from ${formatNumber(c.from)}${unit}`;
  return `${measure?.name ?? 'A measure'} for ${school ?? 'a school'}${from} to ${formatNumber(c.to)}${unit} by ${formatDate(c.byDate)}${c.description ? ` (${c.description})` : ''}`;
}

/** " — met: 72% in 2005 against a target of 70%" for a target on a measure; nothing for a qualitative criterion. */
function criterionStatus(c: SuccessCriterion, data: ImpactData): string {
  if (c.kind !== 'measure') return '';
  const measure = data.measures.find((m) => m.id === c.measureId);
  if (!measure) return '';
  const status = targetStatus({ target: c, measure, schoolIds: data.schools.map((s) => s.id), results: new ResultIndex(data.results) });
  return ` — ${status.text}`;
}

function ReachLine({ data, objective }: { data: ImpactData; objective: Objective }) {
  const actionIds = data.actions.filter((a) => a.objectiveId === objective.id).map((a) => a.id);
  return <p className="impact-reach">{describeReach(evidenceReach(data.log, objective.id, actionIds))}.</p>;
}

function SpendSection({ spend, estimatePence }: { spend: Spend; estimatePence?: number }) {
  return (
    <section aria-labelledby="chain-cost" className="impact-chain-step">
      <h2 id="chain-cost">What it cost</h2>
      <p className="impact-figure">
        Spent: <strong>{formatPounds(spend.spentPence)}</strong>; open commitments: <strong>{formatPounds(spend.openCommitmentsPence)}</strong>
        {estimatePence !== undefined ? `; estimated in the plan: ${formatPounds(estimatePence)}` : ''}.
      </p>
      {spend.entries.length === 0 ? (
        <p>No payments or commitments in the budget ledger are linked to this yet.</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Ledger entries</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Payee</th>
              <th scope="col">Description</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {spend.entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.date)}</td>
                <td>{e.payee}</td>
                <td>{e.description}</td>
                <td>{e.kind === 'payment' ? 'Payment' : 'Commitment'}</td>
                <td>{e.status === 'open' ? 'Open' : e.status === 'paid' ? 'Paid' : 'Cancelled'}</td>
                <td className="num">{formatPounds(e.amountPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MovementSection({ data, objective }: { data: ImpactData; objective: Objective }) {
  const impactOf = useImpactOf(data);
  const measures = measureIdsOf(objective.successCriteria).map((id) => data.measures.find((m) => m.id === id)).filter((m): m is Measure => Boolean(m));
  return (
    <section aria-labelledby="chain-moved" className="impact-chain-step">
      <h2 id="chain-moved">What moved on its measures</h2>
      {measures.length === 0 ? <p>The objective’s success criteria name no measure, so there is no measured movement to show. Link a measure in the plan’s success criteria.</p> : null}
      {measures.map((measure) => {
        const impact = impactOf(measure);
        const targets = targetsFor(data.objectives, measure.id).filter((t) => t.objectiveId === objective.id);
        const schoolName = (id: string) => data.schools.find((s) => s.id === id)?.name ?? '';
        return (
          <div key={measure.id}>
            <h3>{measure.name}</h3>
            <p>
              {impact.latestYear === null ? `No results after the ${data.triad.baselineYear} baseline yet.` : `${data.triad.baselineYear} baseline to ${impact.latestYear}: `}
              triad average change {formatPoints(impact.triadChangePoints)}. Schools improved: {describeShare(impact.improvement.improved)}.{' '}
              {aboveThresholdLabel(impact.improvement.threshold, impact.improvement.thresholdKind)}: {describeShare(impact.improvement.aboveThreshold)}.
            </p>
            <table className="data">
              <caption className="visually-hidden">Movement on {measure.name} by school</caption>
              <thead>
                <tr>
                  <th scope="col">School</th>
                  <th scope="col" className="num">Baseline</th>
                  <th scope="col" className="num">Latest</th>
                  <th scope="col" className="num">Change</th>
                  <th scope="col" className="num">Relative change</th>
                  <th scope="col" className="num">Target</th>
                </tr>
              </thead>
              <tbody>
                {impact.improvement.perSchool.map((s) => {
                  const target = targetForSchool(targets, s.schoolId);
                  const unit = measure.unit === 'percent' ? '%' : '';
                  return (
                    <tr key={s.schoolId}>
                      <th scope="row">{schoolName(s.schoolId)}</th>
                      <td className="num">{s.baseline === null ? 'No result' : `${formatNumber(s.baseline)}${unit}`}</td>
                      <td className="num">{s.latest === null ? 'No result' : `${formatNumber(s.latest)}${unit}`}</td>
                      <td className="num">{formatPoints(s.change.points)}</td>
                      <td className="num">{formatRelative(s.change.relativePercent)}</td>
                      <td className="num">{target ? `${formatNumber(target.to)}${unit}` : '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

function LogSection({ data, objectiveId, actionIds }: { data: ImpactData; objectiveId: string; actionIds: string[] }) {
  const entries = logEntriesFor(data.log, { objectiveId, actionIds });
  return (
    <section aria-labelledby="chain-log" className="impact-chain-step">
      <h2 id="chain-log">What the impact log says</h2>
      {entries.length === 0 ? (
        <p>No impact log entries are linked to this yet.</p>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              {formatDate(e.date)}, {IMPACT_KIND_LABELS[e.kind]}: <strong>{e.summary}</strong> ({e.author}
              {e.evidenceFileIds.length ? `; ${e.evidenceFileIds.length} evidence file${e.evidenceFileIds.length === 1 ? '' : 's'}` : ''})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AimSection({ data, objective }: { data: ImpactData; objective: Objective }) {
  return (
    <section aria-labelledby="chain-aim" className="impact-chain-step">
      <h2 id="chain-aim">What it aimed at</h2>
      <p>
        Objective: <Link to={`/impact/chain/objective/${objective.id}`}>{objective.title}</Link>
      </p>
      <ReachLine data={data} objective={objective} />
      {objective.successCriteria.length === 0 ? (
        <p>No success criteria have been set for this objective.</p>
      ) : (
        <ul>
          {objective.successCriteria.map((c, i) => (
            <li key={i}>
              {criterionText(c, data)}
              {criterionStatus(c, data)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActionChain({ data, id }: { data: ImpactData; id: string }) {
  const action = data.actions.find((a) => a.id === id);
  const objective = action && data.objectives.find((o) => o.id === action.objectiveId);
  if (!action || !objective) return <NotFound />;
  return (
    <Page title={`Evidence chain: ${action.title}`} lede="From the money spent, through what the action aimed at, to what moved for pupils and what people saw.">
      <p>
        <Link to="/impact/chain">Back to the programme summary</Link>
      </p>
      <SpendSection spend={spendForActions(data.ledger, [action.id])} estimatePence={action.estimatedCostPence} />
      <AimSection data={data} objective={objective} />
      <MovementSection data={data} objective={objective} />
      <LogSection data={data} objectiveId="" actionIds={[action.id]} />
    </Page>
  );
}

function ObjectiveChain({ data, id }: { data: ImpactData; id: string }) {
  const objective = data.objectives.find((o) => o.id === id);
  if (!objective) return <NotFound />;
  const actions = data.actions.filter((a) => a.objectiveId === objective.id);
  return (
    <Page title={`Evidence chain: ${objective.title}`} lede="Everything the objective’s actions cost, what it aimed at, what moved and what people saw.">
      <p>
        <Link to="/impact/chain">Back to the programme summary</Link>
      </p>
      <SpendSection spend={spendForActions(data.ledger, actions.map((a) => a.id))} estimatePence={actions.reduce((sum, a) => sum + a.estimatedCostPence, 0)} />
      <section aria-labelledby="chain-actions" className="impact-chain-step">
        <h2 id="chain-actions">Its actions</h2>
        <ul>
          {actions.map((a) => (
            <li key={a.id}>
              <Link to={`/impact/chain/action/${a.id}`}>{a.title}</Link>: spent {formatPounds(spendForActions(data.ledger, [a.id]).spentPence)}
            </li>
          ))}
        </ul>
      </section>
      <AimSection data={data} objective={objective} />
      <MovementSection data={data} objective={objective} />
      <LogSection data={data} objectiveId={objective.id} actionIds={actions.map((a) => a.id)} />
    </Page>
  );
}

function NotFound() {
  return (
    <Page title="Evidence chain">
      <EmptyState title="Not found">
        <p>That action or objective is no longer in the plan.</p>
        <Link to="/impact/chain">Back to the programme summary</Link>
      </EmptyState>
    </Page>
  );
}

function ProgrammeSummary({ data }: { data: ImpactData }) {
  const impactOf = useImpactOf(data);
  const { rows, unlinkedSpend } = programmeSummary({
    objectives: data.objectives,
    actions: data.actions,
    ledger: data.ledger,
    changeOfMeasure: (id) => {
      const m = data.measures.find((x) => x.id === id);
      return m ? impactOf(m).triadChangePoints : null;
    },
  });
  const measureName = (id: string) => data.measures.find((m) => m.id === id)?.name ?? 'A removed measure';
  return (
    <Page title="Evidence chain" lede="What did the money buy? Spend by objective beside the change in its measures, and for each action and objective, the whole chain from cost to impact.">
      {rows.length === 0 ? (
        <EmptyState title="No plan objectives yet">
          <p>Add objectives and actions in the Plan area; their spend and impact will be brought together here.</p>
        </EmptyState>
      ) : (
        <>
          <table className="data">
            <caption>What did the money buy: spend by objective and the change in its measures (triad average, {data.triad.baselineYear} baseline to the latest results)</caption>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col" className="num">Spent</th>
                <th scope="col" className="num">Open commitments</th>
                <th scope="col">Change in its measures</th>
                <th scope="col">How far its evidence reaches</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.objective.id}>
                  <th scope="row">
                    <Link to={`/impact/chain/objective/${row.objective.id}`}>{row.objective.title}</Link>
                  </th>
                  <td className="num">{formatPounds(row.spend.spentPence)}</td>
                  <td className="num">{formatPounds(row.spend.openCommitmentsPence)}</td>
                  <td>
                    {Object.keys(row.changeByMeasureId).length === 0
                      ? 'No measure linked'
                      : Object.entries(row.changeByMeasureId).map(([id, change]) => (
                          <div key={id}>
                            {measureName(id)}: {formatPoints(change)}
                          </div>
                        ))}
                  </td>
                  <td>
                    {describeReach(evidenceReach(data.log, row.objective.id, data.actions.filter((a) => a.objectiveId === row.objective.id).map((a) => a.id)))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {unlinkedSpend.spentPence > 0 || unlinkedSpend.openCommitmentsPence > 0 ? (
            <p>
              Not linked to any action: {formatPounds(unlinkedSpend.spentPence)} spent and {formatPounds(unlinkedSpend.openCommitmentsPence)} committed.
            </p>
          ) : null}
          <h2>Evidence chain for each action</h2>
          <ul>
            {data.actions.map((a) => (
              <li key={a.id}>
                <Link to={`/impact/chain/action/${a.id}`}>Evidence chain for {a.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

export function ChainView({ data }: { data: ImpactData }) {
  const { kind, id } = useParams();
  if (kind === 'action' && id) return <ActionChain data={data} id={id} />;
  if (kind === 'objective' && id) return <ObjectiveChain data={data} id={id} />;
  return <ProgrammeSummary data={data} />;
}
