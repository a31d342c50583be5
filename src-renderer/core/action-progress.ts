/**
 * What a printed plan says about an action's progress: its latest note and its next milestone.
 * Kept apart so a different store of progress updates can be read here without touching the print.
 */
import { formatDate } from './dates';
import type { Action } from './model';
import { STATUS_WORDS } from './plan-words';

/** "01/12/2003 (On track): two of three schools have started", or '' when nothing is recorded. */
export function latestProgressNote(action: Pick<Action, 'progressNotes'>): string {
  const latest = [...action.progressNotes].sort((a, b) => b.date.localeCompare(a.date))[0];
  return latest ? `${formatDate(latest.date)} (${STATUS_WORDS[latest.status]}): ${latest.note}` : '';
}

/** The next milestone still to be met, else the last one met; '' when the action has none. */
export function milestoneText(action: Pick<Action, 'milestones'>): string {
  const sorted = [...action.milestones].sort((a, b) => a.date.localeCompare(b.date));
  const next = sorted.find((m) => !m.done);
  if (next) return `${next.description}, by ${formatDate(next.date)}`;
  const last = sorted.at(-1);
  return last ? `${last.description}, met (${formatDate(last.date)})` : '';
}
