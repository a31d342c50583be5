import { academicYearLabel, formatDate } from '../../../../core/dates';
import type { NetworkSheet } from '../../../../core/network-file';
import { networkKindLabel } from '../../../../core/network-kinds';

/** One network's identification sheet, as printed alone or in the booklet. */
export function SheetDetails({ sheet, heading: Heading = 'h2' }: { sheet: NetworkSheet; heading?: 'h1' | 'h2' }) {
  return (
    <section className="keep-together">
      <Heading>{sheet.name}</Heading>
      <p>
        {networkKindLabel(sheet.kind)}, {sheet.localAuthority}; running since {academicYearLabel(sheet.startedYear)}. Focus: {sheet.focus || 'not given'}.
      </p>
      <p>
        <strong>Schools ({sheet.schools.length}):</strong> {sheet.schools.map((s) => `${s.name} (URN ${s.urn}${s.area ? `, ${s.area}` : ''})`).join('; ')}.
      </p>
      <p>
        <strong>{sheet.coLeaders.length === 1 ? 'Leader' : 'Co-leaders'}:</strong>{' '}
        {sheet.coLeaders.map((c) => [c.name, c.role, c.school, c.email, c.phone].filter(Boolean).join(', ')).join('; ')}.
      </p>
      {sheet.partners.length > 0 ? (
        <p>
          <strong>Partners beyond the network:</strong> {sheet.partners.map((p) => (p.provides ? `${p.name} (${p.provides})` : p.name)).join('; ')}.
        </p>
      ) : null}
      {sheet.collaborativeWork ? (
        <p>
          <strong>Collaborative work:</strong> {sheet.collaborativeWork}
        </p>
      ) : null}
      {sheet.recentActivity ? (
        <div>
          <strong>Recent activity:</strong>
          {sheet.recentActivity.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
      <p className="note">
        Prepared {formatDate(sheet.preparedOn)}
        {sheet.preparedBy ? ` by ${sheet.preparedBy}` : ''}.
      </p>
    </section>
  );
}
