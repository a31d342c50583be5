/**
 * The evidence chain: for an action or objective, what it cost, what it aimed at, what moved on
 * its measures and which impact-log entries speak to it; and the programme summary, "what did
 * the money buy".
 *
 * Spend uses the budget area's own rules (`core/budget.ts`), so the chain and the budget agree:
 * payments not cancelled are spent; an open commitment counts as committed for what is still
 * outstanding on it (its amount less payments made against it), so nothing is counted twice.
 */
import { isCountedPayment, outstandingPence } from './budget';
import type { MaybeNumber } from './impact-stats';
import { sumPence } from './money';
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
  return sumSpend(ledger.filter((e) => e.actionId !== null && ids.has(e.actionId)), ledger);
}

/**
 * Spend and open commitments of the given ledger entries. `wholeLedger` is where payments made
 * against a commitment are looked for (they may be filed without the commitment's action).
 */
export function sumSpend(entries: readonly LedgerEntry[], wholeLedger: readonly LedgerEntry[] = entries): Spend {
  return {
    spentPence: sumPence(entries.filter(isCountedPayment).map((e) => e.amountPence)),
    openCommitmentsPence: sumPence(entries.map((e) => outstandingPence(e, wholeLedger))),
    entries: [...entries].sort((a, b) => b.date.localeCompare(a.date)),
  };
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
  return { rows, unlinkedSpend: sumSpend(unlinked, args.ledger) };
}
