import { lazy, Suspense } from 'react';
import { createHashRouter, Navigate, Route, RouterProvider, Routes } from 'react-router-dom';
import { Toaster } from '../ui/Toaster';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { UnhandledErrors } from './UnhandledErrors';
import { MenuCommands } from './MenuCommands';
// The home view is the first screen, so it ships with the shell; every other area loads on
// first visit.
import Home from '../features/home';

const TriadArea = lazy(() => import('../features/triad'));
const PlanArea = lazy(() => import('../features/plan'));
const BudgetArea = lazy(() => import('../features/budget'));
const ImpactArea = lazy(() => import('../features/impact'));
const ExportsArea = lazy(() => import('../features/exports'));
const LeaArea = lazy(() => import('../features/lea'));
const PrintView = lazy(() => import('../features/exports/print'));

function Loading() {
  return <p role="status">Loading…</p>;
}

/** From the shell's own error panel: a full reload of the home page, the surest way back. */
function goHome() {
  window.location.hash = '#/';
  window.location.reload();
}

/**
 * A data router (rather than `HashRouter`) so forms can ask before unsaved changes are lost
 * (`useBlocker`); the routes themselves stay as one tree of descendant `<Routes>`.
 */
const router = createHashRouter([{ path: '*', element: <Shell /> }]);

export function App() {
  return <RouterProvider router={router} />;
}

function Shell() {
  return (
      <Toaster>
        <MenuCommands />
        <UnhandledErrors />
        <ErrorBoundary area={null} resetKey="app" onGoBack={goHome}>
        <Suspense fallback={<Loading />}>
          <Routes>
            {/* The print view has no app chrome: it is what goes into the PDF. */}
            <Route path="/print/*" element={<PrintView />} />
            <Route element={<Layout />}>
              <Route index element={<Home />} />
              <Route path="triad/*" element={<TriadArea />} />
              <Route path="plan/*" element={<PlanArea />} />
              <Route path="budget/*" element={<BudgetArea />} />
              <Route path="impact/*" element={<ImpactArea />} />
              <Route path="exports/*" element={<ExportsArea />} />
              <Route path="lea/*" element={<LeaArea />} />
              {/* The roll-up moved into the LEA adviser's workspace. */}
              <Route path="rollup" element={<Navigate to="/lea/rollup" replace />} />
              <Route path="*" element={<Home />} />
            </Route>
          </Routes>
        </Suspense>
        </ErrorBoundary>
      </Toaster>
  );
}
