import { useEffect, useRef, useState } from 'react';
import type { BudgetWarning } from '../../core/budget';
import { validateOverrideReason } from '../../core/budget-rules';
import { Field } from '../../ui/Field';

/**
 * A warning the head can go past only by giving a reason, which is kept with the record.
 * Takes focus when it appears so keyboard and screen-reader users meet it at once.
 */
export function OverrideWarning({
  warnings,
  proceedLabel,
  onProceed,
  onCancel,
}: {
  warnings: BudgetWarning[];
  proceedLabel: string;
  onProceed: (reason: string) => void | Promise<void>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="warning" role="alert" tabIndex={-1} ref={box}>
      <h3>Warning</h3>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>{w.message}</li>
        ))}
      </ul>
      <Field label="Reason for going ahead" hint="This is kept with the record for governors and the LEA" error={error}>
        {(p) => <textarea {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="actions-row">
        <button
          type="button"
          onClick={async () => {
            const problem = validateOverrideReason(reason);
            setError(problem ?? undefined);
            if (!problem) await onProceed(reason.trim());
          }}
        >
          {proceedLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Go back and change it
        </button>
      </div>
    </div>
  );
}
