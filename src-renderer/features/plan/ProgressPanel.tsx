import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { formatDate, parseUkDate, todayIso } from '../../core/dates';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../core/model';
import { byNewest, progressDateProblem } from '../../core/progress';
import { STATUS_TONE, STATUS_WORDS } from '../../core/plan-words';
import { db } from '../../db';
import { recordProgress } from '../../db/progress';
import { ErrorSummary, Field } from '../../ui/Field';
import { useToast } from '../../ui/Toaster';
import { errorList } from './controls';

/**
 * An action's progress: its updates, newest first, and a form to record one. Progress is
 * monitoring, not amendment, so there is no reason to give and nothing counts towards a new
 * agreed version. The date may be any past day of the programme year.
 */
export function ProgressPanel({ action, planYear }: { action: Action; planYear: number | null }) {
  const updates = useLiveQuery(async () => (await db.progressUpdates.where('actionId').equals(action.id).toArray()).sort(byNewest), [action.id]);
  const [form, setForm] = useState({ date: formatDate(todayIso()), status: action.status as ActionStatus, note: '', nextSteps: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { notify } = useToast();
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = parseUkDate(form.date);
    const problems: Record<string, string> = {};
    if (!date) problems.date = 'Enter the date as dd/mm/yyyy.';
    else if (planYear !== null) {
      const problem = progressDateProblem(date, planYear, todayIso());
      if (problem) problems.date = problem;
    }
    if (Object.keys(problems).length > 0 || !date) return setErrors(problems);
    setErrors({});
    await recordProgress(db, [{ actionId: action.id, date, status: form.status, note: form.note, nextSteps: form.nextSteps }]);
    setForm((f) => ({ ...f, note: '', nextSteps: '' }));
    notify('Progress recorded.');
  };

  return (
    <section className="panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <p className="hint">Monitoring: no reason is needed, and progress never counts as a change to the agreed plan.</p>
      {updates === undefined ? null : updates.length === 0 ? (
        <p>No progress recorded yet.</p>
      ) : (
        <ul aria-label="Progress updates">
          {updates.map((u) => (
            <li key={u.id}>
              {formatDate(u.date)} – <span className={`badge ${STATUS_TONE[u.status]}`}>{STATUS_WORDS[u.status]}</span>
              {u.note ? ` ${u.note}` : ''}
              {u.nextSteps ? ` Next: ${u.nextSteps}` : ''}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-label="Record progress">
        <ErrorSummary errors={errorList(errors)} />
        <div className="field-row">
          <Field label="Date of this progress" hint="dd/mm/yyyy, any past day of the programme year" error={errors.date}>
            {(p) => <input {...p} value={form.date} onChange={set('date')} />}
          </Field>
          <Field label="Status">
            {(p) => (
              <select {...p} value={form.status} onChange={set('status')}>
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_WORDS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label="What happened">
            {(p) => <textarea {...p} value={form.note} onChange={set('note')} />}
          </Field>
          <Field label="What happens next">
            {(p) => <textarea {...p} value={form.nextSteps} onChange={set('nextSteps')} />}
          </Field>
        </div>
        <button type="submit">Record progress</button>
      </form>
    </section>
  );
}
