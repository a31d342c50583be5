import { NavLink, Route, Routes } from 'react-router-dom';
import { EmptyState, Page } from '../../ui/Page';
import { ChainView } from './ChainView';
import { ImportView } from './ImportView';
import { LogView } from './LogView';
import { ResultsView } from './ResultsView';
import { SettingsView } from './SettingsView';
import { useImpactData } from './use-impact-data';
import './impact.css';

const SECTIONS = [
  { to: '/impact', label: 'Results', end: true },
  { to: '/impact/import', label: 'Import KS2 results', end: false },
  { to: '/impact/log', label: 'Impact log', end: false },
  { to: '/impact/chain', label: 'Evidence chain', end: false },
  { to: '/impact/settings', label: 'Impact settings', end: false },
];

export default function ImpactArea() {
  const data = useImpactData();
  if (data === undefined) return <p role="status">Loading…</p>;
  if (data === null) {
    return (
      <Page title="Impact">
        <EmptyState title="Set up your triad first">
          <p>Results, the impact log and the evidence chain belong to a triad. Add the triad and its schools in the Triad area.</p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <>
      <nav className="impact-tabs" aria-label="Impact sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end={s.end}>
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<ResultsView data={data} />} />
        <Route path="import" element={<ImportView data={data} />} />
        <Route path="log" element={<LogView data={data} />} />
        <Route path="chain" element={<ChainView data={data} />} />
        <Route path="chain/:kind/:id" element={<ChainView data={data} />} />
        <Route path="settings" element={<SettingsView data={data} />} />
        <Route path="*" element={<ResultsView data={data} />} />
      </Routes>
    </>
  );
}
