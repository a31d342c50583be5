/** Small pieces the plan's views share: the year picker, the reason field and buttons that ask for a reason once agreed. */
import { useState } from 'react';
import { programmeYearLabel, programmeYearList } from '../../core/dates';
import type { Plan, Triad } from '../../core/model';
import { ReasonRequiredError } from '../../db/plans';
import { Field } from '../../ui/Field';

export function YearPicker({ triad, year, onChange }: { triad: Triad; year: number; onChange: (year: number) => void }) {
  return (
    <Field label="Programme year">
      {(p) => (
        <select {...p} value={String(year)} onChange={(e) => onChange(Number(e.target.value))}>
          {programmeYearList(triad).map((y) => (
            <option key={y} value={String(y)}>
              {programmeYearLabel(triad, y)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Shown on every form once the plan has been agreed: every change needs a reason. */
export function ReasonField({ plan, value, onChange, error }: { plan: Plan; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  if (plan.status !== 'agreed') return null;
  return (
    <Field
      label="Reason for this change"
      hint={`The plan was agreed (version ${plan.currentVersion}), so every change is recorded with its reason.`}
      error={error}
    >
      {(p) => <textarea {...p} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/**
 * A button that acts at once on a draft plan; on an agreed plan it first asks why, inline,
 * and acts when the reason is given.
 */
export function ReasonedButton({
  plan,
  label,
  accessibleName,
  confirmLabel,
  className,
  onConfirm,
}: {
  plan: Plan;
  label: string;
  accessibleName: string;
  confirmLabel: string;
  className?: string;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const run = async (given: string) => {
    try {
      await onConfirm(given);
      setAsking(false);
      setReason('');
      setError(undefined);
    } catch (problem) {
      if (problem instanceof ReasonRequiredError) setError('Say why you are making this change.');
      else throw problem;
    }
  };
  if (!asking) {
    return (
      <button type="button" className={className} aria-label={accessibleName} onClick={() => (plan.status === 'agreed' ? setAsking(true) : void run(''))}>
        {label}
      </button>
    );
  }
  return (
    <div className="inline-reason">
      <Field label={`Reason – ${accessibleName.toLowerCase()}`} error={error}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
      </Field>
      <button
        type="button"
        className={className}
        onClick={() => {
          if (!reason.trim()) setError('Say why you are making this change.');
          else void run(reason);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}

/** Field errors keyed like `milestones.0.date` come from core/plan-rules; this lists them for the summary. */
export function errorList(errors: Record<string, string>): { field: string; message: string }[] {
  return Object.entries(errors).map(([field, message]) => ({ field, message }));
}
