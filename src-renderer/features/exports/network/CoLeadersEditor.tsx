import type { CoLeader } from '../../../core/network-file';

const EMPTY: CoLeader = { name: '', school: '', role: '', email: '', phone: '' };
const FIELDS: [keyof CoLeader, string][] = [
  ['name', 'Name'],
  ['school', 'School'],
  ['role', 'Role'],
  ['email', 'E-mail'],
  ['phone', 'Telephone'],
];

/** The network's leaders or co-leaders and their contacts, one row each. */
export function CoLeadersEditor({ value, onChange }: { value: CoLeader[]; onChange: (next: CoLeader[]) => void }) {
  const set = (index: number, field: keyof CoLeader, text: string) => onChange(value.map((c, i) => (i === index ? { ...c, [field]: text } : c)));
  return (
    <fieldset>
      <legend>Leaders and co-leaders</legend>
      {value.map((leader, index) => (
        <div className="field-row" key={index}>
          {FIELDS.map(([field, label]) => (
            <div className="field" key={field}>
              <label htmlFor={`co-leader-${index}-${field}`}>{`Co-leader ${index + 1}: ${label.toLowerCase()}`}</label>
              <input id={`co-leader-${index}-${field}`} value={leader[field]} onChange={(e) => set(index, field, e.target.value)} />
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            Remove co-leader {index + 1}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...value, EMPTY])}>
        Add a co-leader
      </button>
    </fieldset>
  );
}
