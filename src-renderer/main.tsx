import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles.css';
import { App } from './app/App';
import { requestPersistentStorage } from './db';
import { backUpBeforeUpgradeOnStart } from './app/services/upgrade-on-start';

void requestPersistentStorage();

// A schema upgrade is snapshotted before the database is first opened (db/upgrade-guard.ts).
void backUpBeforeUpgradeOnStart().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
