import { Suspense } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { AutoBackupWatcher } from './AutoBackupWatcher';
import { ErrorBoundary } from './ErrorBoundary';
import { OpenedFileOffer } from './OpenedFileOffer';

export const AREAS = [
  { to: '/', label: 'Home', end: true },
  { to: '/triad', label: 'Triad', end: false },
  { to: '/plan', label: 'Plan', end: false },
  { to: '/budget', label: 'Budget', end: false },
  { to: '/impact', label: 'Impact', end: false },
  { to: '/exports', label: 'Exports', end: false },
  { to: '/lea', label: 'LEA adviser', end: false },
] as const;

/** The area a path belongs to, by the name the head sees in the navigation. */
function areaOf(pathname: string): string {
  const found = AREAS.find((area) => area.to !== '/' && (pathname === area.to || pathname.startsWith(`${area.to}/`)));
  return found?.label ?? 'Home';
}

export function Layout() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div className="shell">
      <AutoBackupWatcher />
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <nav className="sidebar" aria-label="Main">
        <p className="brand">
          Triad Planner<small>School-improvement triad</small>
        </p>
        <ul>
          {AREAS.map((area) => (
            <li key={area.to}>
              <NavLink to={area.to} end={area.end}>
                {area.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main-content" tabIndex={-1}>
        <OpenedFileOffer />
        <ErrorBoundary area={areaOf(location.pathname)} resetKey={location.pathname} onGoBack={() => navigate(location.pathname === '/' ? '/exports' : '/')}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
