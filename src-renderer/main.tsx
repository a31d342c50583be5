import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles.css';
import { App } from './app/App';
import { requestPersistentStorage } from './db';
import { backUpBeforeUpgradeOnStart } from './app/services/upgrade-on-start';

// A schema upgrade is snapshotted before the database is first opened (db/upgrade-guard.ts). The
// home view's one read starts as soon as this check is over (features/home/home-store.ts).
void backUpBeforeUpgradeOnStart().finally(() => {
  performance.mark('render-start');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Not needed for the first screen: asked once it is on its way.
  setTimeout(() => void requestPersistentStorage(), 1_000);
});
