import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** A labelled form field with an optional hint and an error shown next to it. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error ? (
        <p className="error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Lists every problem at the top of a form, each linking to its field. */
export function ErrorSummary({ errors }: { errors: { field?: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <h2>Please correct {errors.length === 1 ? 'this' : 'these'} before saving</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field ?? ''}${e.message}`}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}
