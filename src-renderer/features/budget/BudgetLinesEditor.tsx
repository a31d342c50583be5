import { useState, type FormEvent } from 'react';
import type { BudgetLine, Triad } from '../../core/model';
import { db } from '../../db';
import { addBudgetLine, updateBudgetLine } from '../../db/budget';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toaster';

/** Budget lines: rename, archive (kept for past entries, hidden from new ones), restore, add. */
export function BudgetLinesEditor({ triad, lines }: { triad: Triad; lines: BudgetLine[] }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await addBudgetLine(db, triad.id, name);
      setError(undefined);
      setName('');
      notify('Budget line added.');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="lines-heading">
      <h2 id="lines-heading">Budget lines</h2>
      <table className="data">
        <caption className="visually-hidden">Budget lines</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <LineRow key={`${line.id}-${line.updatedAt}`} line={line} />
          ))}
        </tbody>
      </table>
      <form onSubmit={add} noValidate aria-label="Add a budget line" className="field-row">
        <Field label="New budget line" error={error}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="actions-row">
          <button type="submit">Add budget line</button>
        </div>
      </form>
    </section>
  );
}

function LineRow({ line }: { line: BudgetLine }) {
  const [name, setName] = useState(line.name);
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();
  const update = async (changes: { name?: string; archived?: boolean }, message: string) => {
    try {
      await updateBudgetLine(db, line, changes);
      setError(undefined);
      notify(message);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <tr>
      <td>
        <input
          className="line-name"
          aria-label={`Name of ${line.name}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${line.id}-error` : undefined}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        {error ? (
          <p className="line-error" id={`${line.id}-error`}>
            {error}
          </p>
        ) : null}
      </td>
      <td>{line.archived ? <span className="badge warn">Archived</span> : <span className="badge good">In use</span>}</td>
      <td>
        <div className="actions-row">
          <button type="button" className="secondary" disabled={name === line.name} onClick={() => update({ name }, 'Budget line renamed.')} aria-label={`Rename ${line.name}`}>
            Rename
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => update({ archived: !line.archived }, line.archived ? `${line.name} restored.` : `${line.name} archived.`)}
            aria-label={`${line.archived ? 'Restore' : 'Archive'} ${line.name}`}
          >
            {line.archived ? 'Restore' : 'Archive'}
          </button>
        </div>
      </td>
    </tr>
  );
}
