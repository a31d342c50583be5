/**
 * The evidence chain: for an action or objective, what it cost, what it aimed at, what moved on
 * its measures and which impact-log entries speak to it; and the programme summary, "what did
 * the money buy".
 *
 * Spend is worked out here from the ledger with a small function of its own (the budget area's
 * maths had not landed when this was written): payments not cancelled are spent; commitments
 * still open are committed but not yet spent (a commitment that has been paid is counted through
 * its payment, so nothing is counted twice).
 */
import type { MaybeNumber } from './impact-stats';
import type { Action, ImpactLogEntry, LedgerEntry, Objective, SuccessCriterion } from './model';

export interface Spend {
  spentPence: number;
  openCommitmentsPence: number;
  /** Ledger entries counted, newest first. */
  entries: LedgerEntry[];
}

/** Spend and open commitments of the ledger entries linked to any of the given action ids. */
export function spendForActions(ledger: readonly LedgerEntry[], actionIds: readonly string[]): Spend {
  const ids = new Set(actionIds);
  return sumSpend(ledger.filter((e) => e.actionId !== null && ids.has(e.actionId)));
}

/** Spend and open commitments of the given ledger entries. */
export function sumSpend(ledger: readonly LedgerEntry[]): Spend {
  const entries = [...ledger].sort((a, b) => b.date.localeCompare(a.date));
  let spentPence = 0;
  let openCommitmentsPence = 0;
  for (const e of entries) {
    if (e.kind === 'payment' && e.status !== 'cancelled') spentPence += e.amountPence;
    if (e.kind === 'commitment' && e.status === 'open') openCommitmentsPence += e.amountPence;
  }
  return { spentPence, openCommitmentsPence, entries };
}

/** The measure ids an objective's success criteria name, in order, without repeats. */
export function measureIdsOf(criteria: readonly SuccessCriterion[]): string[] {
  return [...new Set(criteria.flatMap((c) => (c.kind === 'measure' ? [c.measureId] : [])))];
}

/** Log entries linked to the action, or to the objective, or to any of the objective's actions. */
export function logEntriesFor(log: readonly ImpactLogEntry[], target: { objectiveId: string; actionIds: readonly string[] }): ImpactLogEntry[] {
  const actions = new Set(target.actionIds);
  return log
    .filter((e) => e.objectiveIds.includes(target.objectiveId) || e.actionIds.some((id) => actions.has(id)))
    .sort((a, b) => b.date.localeCompare(a.date));
}

export interface ObjectiveSummaryRow {
  objective: Objective;
  actionCount: number;
  spend: Spend;
  /** Mean change in points on each of the objective's measures, by measure id (null = not available). */
  changeByMeasureId: Record<string, MaybeNumber>;
}

/** Spend by objective beside the change in its measures: "what did the money buy". */
export function programmeSummary(args: {
  objectives: readonly Objective[];
  actions: readonly Action[];
  ledger: readonly LedgerEntry[];
  changeOfMeasure: (measureId: string) => MaybeNumber;
}): { rows: ObjectiveSummaryRow[]; unlinkedSpend: Spend } {
  const rows = args.objectives.map((objective): ObjectiveSummaryRow => {
    const actionIds = args.actions.filter((a) => a.objectiveId === objective.id).map((a) => a.id);
    const changeByMeasureId: Record<string, MaybeNumber> = {};
    for (const id of measureIdsOf(objective.successCriteria)) changeByMeasureId[id] = args.changeOfMeasure(id);
    return { objective, actionCount: actionIds.length, spend: spendForActions(args.ledger, actionIds), changeByMeasureId };
  });
  const known = new Set(args.actions.map((a) => a.id));
  const unlinked = args.ledger.filter((e) => e.actionId === null || !known.has(e.actionId));
  return { rows, unlinkedSpend: sumSpend(unlinked) };
}
