// The cold-start baseline: the same React, built by the same Vite, rendering one element.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Ready</h1>
  </StrictMode>,
);
