import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDate, parseUkDate, programmeYearLabel, todayIso } from '../../core/dates';
import { ACTION_STATUSES, type Action, type ActionStatus, type Plan, type Triad } from '../../core/model';
import { STATUS_WORDS } from '../../core/plan-words';
import { describeProgress, latestProgress, progressDateProblem, TERMS, TERM_WORDS, termOf, termRange, type Term } from '../../core/progress';
import { db } from '../../db';
import { recordProgress, type ProgressEntry } from '../../db/progress';
import { ErrorSummary, Field } from '../../ui/Field';
import { EmptyState, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useUnsavedChanges } from '../../ui/UnsavedChanges';
import { errorList, YearPicker } from './controls';
import { usePlan, usePlanItems, useSelectedYear } from './use-plan-data';

interface Row {
  status: ActionStatus;
  note: string;
  nextSteps: string;
}

/** The default day a review is dated: today, or the term's last day if the term is over. */
function reviewDate(year: number, term: Term, today: string): string {
  const range = termRange(year, term);
  return today > range.end ? range.end : today < range.start ? range.start : today;
}

/**
 * `/plan/review?year=2003&term=autumn`: walks the head through each action of the year in plan
 * order — status, what happened, what happens next — in one keyboard-only form, and saves the
 * term's progress updates together. Progress is monitoring, never an amendment: no reason asked.
 */
export function TermlyReview({ triad }: { triad: Triad }) {
  const [year, setYear] = useSelectedYear(triad);
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const asked = params.get('term') as Term | null;
  const term: Term = asked && TERMS.includes(asked) ? asked : termOf(today);
  const plan = usePlan(triad.id, year);
  return (
    <Page title="Termly review" lede="For each action of the year: its status, what happened this term and what happens next. Progress is monitoring, not a change to the agreed plan.">
      <div className="field-row">
        <YearPicker triad={triad} year={year} onChange={setYear} />
        <Field label="Term">
          {(p) => (
            <select {...p} value={term} onChange={(e) => setParams({ year: String(year), term: e.target.value })}>
              {TERMS.map((t) => (
                <option key={t} value={t}>
                  {TERM_WORDS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {plan === undefined ? (
        <p role="status">Loading…</p>
      ) : plan === null ? (
        <EmptyState title={`No plan for ${programmeYearLabel(triad, year)} yet`}>
          <p>
            <Link to={`/plan?year=${year}`}>Start the plan</Link> first: the review goes through its actions.
          </p>
        </EmptyState>
      ) : (
        <ReviewForm key={`${plan.id}:${term}`} plan={plan} term={term} today={today} />
      )}
    </Page>
  );
}

function ReviewForm({ plan, term, today }: { plan: Plan; term: Term; today: string }) {
  const items = usePlanItems(plan.id);
  const updates = useLiveQuery(() => db.progressUpdates.where('planId').equals(plan.id).toArray(), [plan.id]);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [date, setDate] = useState(formatDate(reviewDate(plan.year, term, today)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<number | null>(null);
  const { notify } = useToast();
  const unsaved = useUnsavedChanges(Object.keys(rows).length > 0);
  if (!items || !updates) return <p role="status">Loading…</p>;
  if (items.actions.length === 0) {
    return (
      <EmptyState title="No actions to review">
        <p>The plan has no actions yet.</p>
      </EmptyState>
    );
  }
  const ordered: { action: Action; ref: string }[] = items.priorities.flatMap((priority, p) =>
    items.objectives
      .filter((o) => o.priorityId === priority.id)
      .flatMap((objective, o) => items.actions.filter((a) => a.objectiveId === objective.id).map((action, a) => ({ action, ref: `${p + 1}.${o + 1}.${a + 1}` }))),
  );
  const rowOf = (action: Action): Row => rows[action.id] ?? { status: action.status, note: '', nextSteps: '' };
  const setRow = (action: Action, change: Partial<Row>) => setRows((all) => ({ ...all, [action.id]: { ...rowOf(action), ...change } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = parseUkDate(date);
    const problem = iso ? progressDateProblem(iso, plan.year, today) : 'Enter the date of the review as dd/mm/yyyy.';
    if (problem || !iso) return setErrors({ date: problem ?? '' });
    setErrors({});
    // An action the head left as it was, with nothing written, gets no update.
    const entries: ProgressEntry[] = ordered
      .map(({ action }) => ({ action, row: rowOf(action) }))
      .filter(({ action, row }) => row.status !== action.status || row.note.trim() || row.nextSteps.trim())
      .map(({ action, row }) => ({ actionId: action.id, date: iso, status: row.status, note: row.note, nextSteps: row.nextSteps }));
    await recordProgress(db, entries, today);
    unsaved.saved();
    setRows({});
    setSaved(entries.length);
    notify(`Termly review saved: ${entries.length} ${entries.length === 1 ? 'progress update' : 'progress updates'}.`);
  };

  const printRoute = `/print/monitoring?year=${plan.year}&term=${term}`;
  return (
    <form onSubmit={submit} noValidate aria-label="Termly review">
      {unsaved.prompt}
      <ErrorSummary errors={errorList(errors)} />
      <Field label="Date of the review" hint="dd/mm/yyyy; any past day of the programme year" error={errors.date}>
        {(p) => <input {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      {ordered.map(({ action, ref }) => {
        const row = rowOf(action);
        return (
          <fieldset key={action.id} className="review-action">
            <legend>
              Action {ref}: {action.title}
            </legend>
            <p className="hint">Latest: {describeProgress(latestProgress(updates, action.id))}</p>
            <div className="field-row">
              <Field label={`Status of action ${ref}`}>
                {(p) => (
                  <select {...p} value={row.status} onChange={(e) => setRow(action, { status: e.target.value as ActionStatus })}>
                    {ACTION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_WORDS[s]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={`What happened this term, action ${ref}`}>
                {(p) => <textarea {...p} rows={2} value={row.note} onChange={(e) => setRow(action, { note: e.target.value })} />}
              </Field>
              <Field label={`What happens next, action ${ref}`}>
                {(p) => <textarea {...p} rows={2} value={row.nextSteps} onChange={(e) => setRow(action, { nextSteps: e.target.value })} />}
              </Field>
            </div>
          </fieldset>
        );
      })}
      <div className="actions-row">
        <button type="submit">Save the termly review</button>
        <Link className="button secondary" to={printRoute}>
          View the monitoring record
        </Link>
      </div>
      {saved !== null ? <p role="status">Saved. The monitoring record for this term is ready to print.</p> : null}
    </form>
  );
}
