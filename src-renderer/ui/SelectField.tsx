import { Field } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  /** The first, empty choice, e.g. "None" or "Choose a budget line". */
  emptyLabel: string;
  options: SelectOption[];
}

/** A labelled drop-down of records (lines, schools, actions…) with an empty first choice. */
export function SelectField({ label, hint, error, value, onChange, emptyLabel, options }: SelectFieldProps) {
  return (
    <Field label={label} {...(hint ? { hint } : {})} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={onChange}>
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Options from records with an id and a name. */
export function namedOptions(records: { id: string; name: string }[]): SelectOption[] {
  return records.map((record) => ({ value: record.id, label: record.name }));
}
