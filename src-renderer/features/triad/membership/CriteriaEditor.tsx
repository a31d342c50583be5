import { useState, type FormEvent } from 'react';
import type { MembershipCriterion, SchoolRole } from '../../../core/model';
import { validateCriterionText } from '../../../core/membership';
import { db } from '../../../db';
import { addCriterion, moveCriterion, updateCriterion } from '../../../db/membership';
import { deleteWithUndo, undoDelete } from '../../../db/records';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/Toaster';

const ROLE_NAMES: Record<SchoolRole, string> = { coordinating: 'co-ordinating role', partner: 'partner role' };

function CriterionItem({ criterion, first, last }: { criterion: MembershipCriterion; first: boolean; last: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(criterion.text);
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateCriterionText(text);
    if (problem) return setError(problem);
    await updateCriterion(db, criterion, text);
    setError(undefined);
    setEditing(false);
  };
  const remove = async () => {
    const trashId = await deleteWithUndo(db, 'Membership criterion', [{ table: 'membershipCriteria', ids: [criterion.id] }]);
    notify('Criterion deleted.', () => undoDelete(db, trashId));
  };

  if (editing) {
    return (
      <li>
        <form onSubmit={save} noValidate aria-label="Edit criterion">
          <Field label="Criterion" error={error}>
            {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <div className="actions-row">
            <button type="submit">Save criterion</button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li>
      {criterion.text}
      <div className="actions-row">
        <button type="button" className="link" onClick={() => setEditing(true)} aria-label={`Edit criterion: ${criterion.text}`}>
          Edit
        </button>
        <button type="button" className="link" disabled={first} onClick={() => void moveCriterion(db, criterion, -1)} aria-label={`Move up: ${criterion.text}`}>
          Move up
        </button>
        <button type="button" className="link" disabled={last} onClick={() => void moveCriterion(db, criterion, 1)} aria-label={`Move down: ${criterion.text}`}>
          Move down
        </button>
        <button type="button" className="link" onClick={() => void remove()} aria-label={`Delete criterion: ${criterion.text}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** The written criteria for one role: add, edit, reorder, delete (with undo). */
export function CriteriaEditor({ triadId, role, criteria }: { triadId: string; role: SchoolRole; criteria: MembershipCriterion[] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateCriterionText(text);
    if (problem) return setError(problem);
    await addCriterion(db, triadId, role, text);
    setText('');
    setError(undefined);
  };
  const headingId = `criteria-${role}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Criteria for the {ROLE_NAMES[role]}</h3>
      {criteria.length ? (
        <ol className="criteria-list">
          {criteria.map((c, i) => (
            <CriterionItem key={c.id} criterion={c} first={i === 0} last={i === criteria.length - 1} />
          ))}
        </ol>
      ) : (
        <p>No criteria written yet.</p>
      )}
      <form onSubmit={add} noValidate aria-label={`Add a criterion for the ${ROLE_NAMES[role]}`}>
        <Field label={`New criterion for the ${ROLE_NAMES[role]}`} error={error}>
          {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button type="submit">Add criterion</button>
      </form>
    </section>
  );
}
