import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import type { Triad } from '../../core/model';
import { EmptyState, Page } from '../../ui/Page';

export const TRIAD_SECTIONS = [
  { to: '/triad', label: 'Details', end: true },
  { to: '/triad/schools', label: 'Schools', end: false },
  { to: '/triad/membership', label: 'Membership', end: false },
  { to: '/triad/people', label: 'People and partners', end: false },
  { to: '/triad/focus-groups', label: 'Focus groups', end: false },
] as const;

/** The triad area's sub-navigation: ordinary links, so Tab and Enter reach every section. */
export function TriadNav() {
  return (
    <nav aria-label="Triad sections" className="triad-nav">
      <ul>
        {TRIAD_SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end={s.end}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A page of the triad area: its heading, then the sections' links, then the content. */
export function TriadPage({ title, lede, children }: { title: string; lede?: ReactNode; children: ReactNode }) {
  return (
    <Page title={title} lede={lede}>
      <TriadNav />
      {children}
    </Page>
  );
}

/** Shown in a section that needs the triad before anything can be recorded. */
export function NeedsTriad() {
  return (
    <EmptyState title="Set up the triad first">
      <p>
        Record the triad’s name, local authority and programme years before adding schools, people or focus groups.{' '}
        <Link to="/triad">Go to the triad details</Link>.
      </p>
    </EmptyState>
  );
}

/** Renders the children with the triad once it has loaded, or says it must be set up first. */
export function WithTriad({ triad, children }: { triad: Triad | null | undefined; children: (triad: Triad) => ReactNode }) {
  if (triad === undefined) return <p role="status">Loading…</p>;
  if (triad === null) return <NeedsTriad />;
  return <>{children(triad)}</>;
}
