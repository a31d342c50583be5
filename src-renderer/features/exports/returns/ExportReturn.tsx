import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { api } from '../../../api';
import { academicYearOf, academicYearRange, formatDate, parseUkDate, todayIso } from '../../../core/dates';
import { db } from '../../../db';
import { buildReturn, setThisCopysSchool, THIS_COPY_SCHOOL_SETTING } from '../../../db/returns';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';
import { useSchools, useTriad } from '../../../shared/use-triad';
import { appVersion } from '../../../app/services/backup-service';
import { exportFileName } from '../../../core/plan-print';

function fileDate(): string {
  const [y, m, d] = todayIso().split('-');
  return `${d}-${m}-${y}`;
}

/** A partner head's side: say whose copy this is, then export the school's return for a period. */
export function ExportReturn() {
  const triad = useTriad();
  const schools = useSchools(triad?.id) ?? [];
  const thisCopy = useLiveQuery(async () => ((await db.settings.get(THIS_COPY_SCHOOL_SETTING))?.value as string | undefined) ?? '', []);
  const { notify } = useToast();
  const year = academicYearRange(academicYearOf(todayIso()));
  const [marked, setMarked] = useState<string | null>(null);
  const [from, setFrom] = useState(formatDate(year.start));
  const [to, setTo] = useState(formatDate(year.end));
  const [errors, setErrors] = useState<{ school?: string; from?: string; to?: string; file?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!triad) return null;
  const schoolId = thisCopy ?? '';

  const markCopy = async (id: string) => {
    setErrors({});
    setMarked(null);
    if (!id) return;
    await setThisCopysSchool(db, id);
    setMarked(`This copy now belongs to ${schools.find((s) => s.id === id)?.name ?? 'that school'}.`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const fromIso = parseUkDate(from);
    const toIso = parseUkDate(to);
    const found: typeof errors = {};
    if (!schoolId) found.school = 'Choose the school this copy belongs to.';
    if (!fromIso) found.from = 'Enter the first day of the period as dd/mm/yyyy, for example 01/09/2003.';
    if (!toIso) found.to = 'Enter the last day of the period as dd/mm/yyyy, for example 31/08/2004.';
    else if (fromIso && toIso < fromIso) found.to = 'The end of the period must be on or after its start.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !fromIso || !toIso) return;
    setBusy(true);
    try {
      const school = schools.find((s) => s.id === schoolId);
      const { bytes, counts } = await buildReturn(db, { schoolId, period: { from: fromIso, to: toIso }, appVersion: await appVersion() });
      const result = await api().saveFile({
        purpose: 'partner-return',
        suggestedName: exportFileName('triadreturn', `Return from ${school?.name ?? 'school'} ${fileDate()}`),
        bytes,
      });
      if (result.saved) {
        const n = (count: number | undefined, one: string, many: string) => `${count ?? 0} ${count === 1 ? one : many}`;
        const message = `Return saved as ${result.fileName}: ${n(counts.results, 'result', 'results')}, ${n(counts.impactLog, 'impact-log entry', 'impact-log entries')}, ${n(counts.evidenceFiles, 'evidence file', 'evidence files')} and ${n(counts.ledgerEntries, 'spending record', 'spending records')}${counts.progressUpdates ? `, with ${n(counts.progressUpdates, 'progress update', 'progress updates')}` : ''}. Send it to the co-ordinating head.`;
        setDone(message);
        notify(`Return saved as ${result.fileName}.`);
      }
    } catch (e) {
      setErrors({ file: `The return could not be made: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="export-return-heading">
      <h3 id="export-return-heading">Send a return (partner school)</h3>
      <p>
        If you are a partner school’s head working in your own copy, send the co-ordinating head your school’s results,
        impact-log entries with their evidence, and spending records for a period.
      </p>
      <Field
        label="This copy belongs to"
        hint="Your own school. Choose it as soon as you have restored the co-ordinating head’s backup, before changing anything, so your return shows what you changed."
        error={errors.school}
      >
        {(control) => (
          <select {...control} value={schoolId} onChange={(e) => void markCopy(e.target.value)}>
            <option value="">Choose a school</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {marked ? (
        <p className="success" role="status">
          {marked}
        </p>
      ) : null}
      <div className="field-row">
        <Field label="Period from" hint="dd/mm/yyyy" error={errors.from}>
          {(control) => <input {...control} value={from} onChange={(e) => setFrom(e.target.value)} />}
        </Field>
        <Field label="Period to" hint="dd/mm/yyyy" error={errors.to}>
          {(control) => <input {...control} value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
      </div>
      <div className="actions-row">
        <button type="submit" disabled={busy}>
          Export the return
        </button>
      </div>
      {busy ? <p role="status">Making the return…</p> : null}
      {errors.file ? (
        <p className="warning" role="alert">
          {errors.file}
        </p>
      ) : null}
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}
