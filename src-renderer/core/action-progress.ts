/**
 * What a printed plan says about an action's progress: its latest note and its next milestone.
 * Kept apart so a different store of progress updates can be read here without touching the print.
 */
import { formatDate } from './dates';
import type { Action, ProgressUpdate } from './model';
import { STATUS_WORDS } from './plan-words';
import { latestProgress } from './progress';

/**
 * "01/12/2003 (On track): two of three schools have started", or '' when nothing is recorded.
 * Progress updates are the record (schema v2; version-1 notes were copied into them); an action's
 * own notes are read only when no updates were loaded, as for a version-1 plan snapshot.
 */
export function latestProgressNote(action: Pick<Action, 'id' | 'progressNotes'>, updates?: readonly ProgressUpdate[]): string {
  const latest = updates ? latestProgress(updates, action.id) : [...action.progressNotes].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) return '';
  return `${formatDate(latest.date)} (${STATUS_WORDS[latest.status]})${latest.note ? `: ${latest.note}` : ''}`;
}

/** The next milestone still to be met, else the last one met; '' when the action has none. */
export function milestoneText(action: Pick<Action, 'milestones'>): string {
  const sorted = [...action.milestones].sort((a, b) => a.date.localeCompare(b.date));
  const next = sorted.find((m) => !m.done);
  if (next) return `${next.description}, by ${formatDate(next.date)}`;
  const last = sorted.at(-1);
  return last ? `${last.description}, met (${formatDate(last.date)})` : '';
}
