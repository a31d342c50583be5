import type { School } from '../../../core/model';
import { INTERVENTION_LABELS, INTERVENTION_NOTE, ROLE_LABELS } from '../../../core/schools';

/** Shows the intervention category distinctly: intervention is not the triad's improvement work. */
export function InterventionBadge({ school }: { school: Pick<School, 'interventionCategory'> }) {
  if (school.interventionCategory === 'none') return null;
  return (
    <>
      <span className="badge intervention">Intervention: {INTERVENTION_LABELS[school.interventionCategory]}</span>
      <p className="intervention-note">{INTERVENTION_NOTE}</p>
    </>
  );
}

export function SchoolCard({ school, onEdit, onRemove }: { school: School; onEdit: () => void; onRemove: () => void }) {
  const rows: [string, string][] = [
    ['URN', school.urn],
    ['DfE number', school.dfeNumber],
    ['Phase', school.phase],
    ['Address', [school.address, school.postcode].filter(Boolean).join(', ')],
    ['Head teacher', school.headTeacher],
    ['Link teacher', school.linkTeacher],
    ['Chair of governors', school.chairOfGovernors],
    ['Email', school.email],
    ['Phone', school.phone],
  ];
  return (
    <section
      className={school.interventionCategory === 'none' ? 'panel school-card' : 'panel school-card intervention'}
      aria-labelledby={`school-${school.id}`}
    >
      <p className="hint">{ROLE_LABELS[school.role]}</p>
      <h3 id={`school-${school.id}`}>{school.name}</h3>
      <InterventionBadge school={school} />
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      <div className="actions-row">
        <button type="button" className="secondary" onClick={onEdit} aria-label={`Edit ${school.name}`}>
          Edit
        </button>
        <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${school.name}`}>
          Remove
        </button>
      </div>
    </section>
  );
}
