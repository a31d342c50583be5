import { useState } from 'react';
import { api } from '../../../api';
import { formatDate } from '../../../core/dates';
import { type PartnerReturn } from '../../../core/exchange-format';
import { conflictsOf, describeDifferences, describeRecord, type Decision, type MergePlan } from '../../../core/merge';
import { db } from '../../../db';
import { applyReturnImport, planReturnImport } from '../../../db/returns';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toaster';
import { formatDateTime } from '../../../app/services/auto-backup-schedule';
import { checkFileOffThread } from '../../../app/services/file-check';
import { writeAutoBackupNow } from '../../../app/services/backup-service';
import { useUrlAction } from '../../../shared/use-url-action';

interface Pending {
  partnerReturn: PartnerReturn;
  plan: MergePlan;
  names: Map<string, string>;
  fileName: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The co-ordinating head's side: open a partner's return, see what it would change, decide differences, import. */
export function ImportReturn() {
  const { notify } = useToast();
  const [pending, setPending] = useState<Pending | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [error, setError] = useState<string | null>(null);
  const [undecided, setUndecided] = useState(false);
  const [outcome, setOutcome] = useState<{ message: string; lines: string[] } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const choose = async () => {
    setError(null);
    setOutcome(null);
    setPending(null);
    setDecisions({});
    setUndecided(false);
    try {
      const { files } = await api().openFiles({ purpose: 'partner-return', multiple: false });
      const file = files[0];
      if (!file) return;
      if ('error' in file) return setError(file.error);
      setBusy(`Checking ${file.name}`);
      const parsed = await checkFileOffThread('return', file.bytes);
      if (!parsed.ok) return setError(parsed.error);
      const planned = await planReturnImport(db, parsed.partnerReturn);
      if (!planned.ok) return setError(planned.error);
      if (planned.plan.steps.length === 0) {
        setOutcome({ message: `Nothing new in the return from ${parsed.partnerReturn.schoolName}: it has all been imported before. Nothing was changed.`, lines: [] });
        return;
      }
      setPending({ partnerReturn: parsed.partnerReturn, plan: planned.plan, names: planned.names, fileName: file.name });
    } catch (e) {
      setError(`The return could not be read: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  // Double-clicking a .triadreturn brings the head here with ?action=import-return (app/OpenedFileOffer).
  useUrlAction('import-return', () => void choose());

  const apply = async () => {
    if (!pending) return;
    const conflicts = conflictsOf(pending.plan);
    if (conflicts.some((c) => !decisions[c.key])) {
      setUndecided(true);
      return;
    }
    setUndecided(false);
    setBusy('Importing the return');
    try {
      // If this copy changed since the return was opened, what was shown is out of date: start again.
      const now = await planReturnImport(db, pending.partnerReturn);
      const signature = (plan: MergePlan) => plan.steps.map((s) => `${s.kind}:${s.key}:${s.theirHash}:${s.kind === 'conflict' ? s.mineHash : ''}`).join('|');
      if (!now.ok || signature(now.plan) !== signature(pending.plan)) {
        setPending(null);
        setError('Your data changed after this return was opened, so what it would change is different now. Nothing was changed: import it again to see.');
        return;
      }
      await writeAutoBackupNow('before import');
      await applyReturnImport(db, pending.partnerReturn, pending.plan, decisions);
      const lines = pending.plan.steps.flatMap((step) => {
        if (step.kind === 'add') return [`Added – ${describeRecord(step.table, step.theirs, pending.names)}`];
        if (step.kind === 'update') return [`Updated – ${describeRecord(step.table, step.theirs, pending.names)}`];
        if (step.kind === 'conflict') {
          const kept = decisions[step.key] === 'theirs' ? 'took theirs' : 'kept yours';
          return [`Decided (${kept}) – ${describeRecord(step.table, step.theirs, pending.names)}`];
        }
        return [];
      });
      const message = `Imported the return from ${pending.partnerReturn.schoolName}.`;
      setOutcome({ message, lines });
      notify(message);
      setPending(null);
    } catch (e) {
      setError(`The return was not imported, and nothing was changed: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  const steps = pending?.plan.steps ?? [];
  const count = (kind: string) => steps.filter((s) => s.kind === kind).length;
  const conflicts = pending ? conflictsOf(pending.plan) : [];

  return (
    <div>
      <h3 id="import-return-heading">Import a partner school’s return (co-ordinating school)</h3>
      <p>New records are added and records changed only in the partner’s copy are updated. Where both of you changed a record, you decide.</p>
      <div className="actions-row">
        <button type="button" onClick={() => void choose()} disabled={busy !== null}>
          Import a partner return
        </button>
      </div>
      {busy ? <Progress label={busy} value={0} max={1} /> : null}
      {error ? (
        <p className="warning" role="alert">
          {error}
        </p>
      ) : null}
      {outcome ? (
        <div className="success" role="status">
          <p>{outcome.message}</p>
          {outcome.lines.length > 0 ? (
            <ul>
              {outcome.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {pending ? (
        <div className="return-check" role="group" aria-labelledby="return-check-heading">
          <h4 id="return-check-heading">Return from {pending.partnerReturn.schoolName}</h4>
          <p>
            {pending.fileName}: {formatDate(pending.partnerReturn.period.from)} to {formatDate(pending.partnerReturn.period.to)}, made on{' '}
            {formatDateTime(pending.partnerReturn.createdAt)}.
          </p>
          <ul>
            <li>{plural(count('add'), 'new record to add', 'new records to add')}</li>
            <li>{plural(count('update'), 'record changed only in their copy, to update', 'records changed only in their copy, to update')}</li>
            <li>{plural(count('same') + pending.plan.alreadyExchanged, 'record already the same', 'records already the same')}</li>
            <li>{plural(conflicts.length, 'record changed in both copies: decide below', 'records changed in both copies: decide below')}</li>
          </ul>
          {conflicts.map((conflict, index) => {
            const differences = describeDifferences(conflict.mine, conflict.theirs, pending.names);
            const name = `decision-${index}`;
            const missing = undecided && !decisions[conflict.key];
            return (
              <fieldset key={conflict.key} className={missing ? 'return-conflict invalid' : 'return-conflict'}>
                <legend>{describeRecord(conflict.table, conflict.theirs, pending.names)}</legend>
                <table className="data">
                  <caption className="visually-hidden">What differs</caption>
                  <thead>
                    <tr>
                      <th scope="col">What</th>
                      <th scope="col">In your copy</th>
                      <th scope="col">In their return</th>
                    </tr>
                  </thead>
                  <tbody>
                    {differences.map((d) => (
                      <tr key={d.field}>
                        <th scope="row">{d.label}</th>
                        <td>{d.mine}</td>
                        <td>{d.theirs}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {missing ? <p className="error">Choose whether to keep yours or take theirs.</p> : null}
                <label>
                  <input
                    type="radio"
                    name={name}
                    checked={decisions[conflict.key] === 'mine'}
                    onChange={() => setDecisions((d) => ({ ...d, [conflict.key]: 'mine' }))}
                  />{' '}
                  Keep mine
                </label>{' '}
                <label>
                  <input
                    type="radio"
                    name={name}
                    checked={decisions[conflict.key] === 'theirs'}
                    onChange={() => setDecisions((d) => ({ ...d, [conflict.key]: 'theirs' }))}
                  />{' '}
                  Take theirs
                </label>
              </fieldset>
            );
          })}
          <p>An automatic backup of your data is made before importing.</p>
          <div className="actions-row">
            <button type="button" onClick={() => void apply()} disabled={busy !== null}>
              Import this return
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
