import type { AuditFigures, AuditSchool } from '../../../core/network-audit';
import { networkKindLabel } from '../../../core/network-kinds';

/** Each audit figure with the list of schools behind it (on screen and in print). */
export function AuditFiguresList({ figures }: { figures: AuditFigures }) {
  const rows: { label: string; schools: AuditSchool[]; note?: string }[] = [
    { label: 'Schools in formal networks', schools: figures.inFormalNetworks },
    ...figures.perKind
      .filter((k) => k.schools.length > 0)
      .map((k) => ({ label: `In ${/^[aeiou]/i.test(networkKindLabel(k.kind)) ? 'an' : 'a'} ${networkKindLabel(k.kind).toLowerCase()}`, schools: k.schools, note: k.networks.join(', ') })),
    { label: 'In more than one network', schools: figures.inMoreThanOne },
    { label: 'In no network', schools: figures.inNone },
  ];
  return (
    <table className="data">
      <caption>The audit figures and the schools behind each ({figures.schools} schools audited)</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="num">
            Schools
          </th>
          <th scope="col">Which schools</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">
              {r.label}
              {r.note ? <div className="hint">Networks: {r.note}</div> : null}
            </th>
            <td className="num">{r.schools.length}</td>
            <td>{r.schools.map((s) => `${s.name} (${s.urn})`).join('; ') || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
