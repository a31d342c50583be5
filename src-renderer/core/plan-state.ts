/**
 * Where a plan stands, in the words every printed page carries: a draft, or an agreed version and
 * how many changes have been made since it was agreed (each listed in the amendment history).
 */
import { formatDate } from './dates';
import type { ChangeLogEntry, Plan, PlanVersion } from './model';

export type PlanState =
  | { kind: 'none' }
  | { kind: 'draft'; /** The last agreed version, 0 if never agreed. */ agreedVersion: number }
  | { kind: 'agreed'; version: number; agreedOn: string; changesSince: number };

/** Changes count from the moment the latest version was agreed, as the Plan area counts them. */
export function planState(
  plan: Pick<Plan, 'id' | 'status' | 'currentVersion'> | undefined,
  versions: readonly Pick<PlanVersion, 'planId' | 'version' | 'agreedOn' | 'createdAt'>[],
  changes: readonly Pick<ChangeLogEntry, 'planId' | 'at'>[],
): PlanState {
  if (!plan) return { kind: 'none' };
  const latest = versions.filter((v) => v.planId === plan.id).sort((a, b) => b.version - a.version)[0];
  if (plan.status === 'draft' || !latest) return { kind: 'draft', agreedVersion: latest?.version ?? 0 };
  const changesSince = changes.filter((c) => c.planId === plan.id && c.at >= latest.createdAt).length;
  return { kind: 'agreed', version: latest.version, agreedOn: latest.agreedOn, changesSince };
}

/** "DRAFT — not yet agreed" or "Agreed version 2, with 3 changes since (listed in the amendment history)". */
export function planStateLine(state: PlanState): string {
  switch (state.kind) {
    case 'none':
      return 'No plan yet';
    case 'draft':
      return state.agreedVersion === 0 ? 'DRAFT — not yet agreed' : `DRAFT — changes to agreed version ${state.agreedVersion} not yet agreed`;
    case 'agreed':
      return state.changesSince === 0
        ? `Agreed version ${state.version} (${formatDate(state.agreedOn)}), unchanged since`
        : `Agreed version ${state.version}, with ${state.changesSince} ${state.changesSince === 1 ? 'change' : 'changes'} since (listed in the amendment history)`;
  }
}

/** The short form for a running header that names several years. */
export function planStateShort(state: PlanState): string {
  if (state.kind === 'agreed') {
    return state.changesSince === 0 ? `Agreed version ${state.version}` : `Agreed version ${state.version}, with ${state.changesSince} ${state.changesSince === 1 ? 'change' : 'changes'} since`;
  }
  return state.kind === 'draft' ? 'DRAFT' : 'no plan yet';
}
