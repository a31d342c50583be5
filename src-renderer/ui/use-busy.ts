import { useCallback, useRef, useState } from 'react';

/**
 * Runs an action that writes at most once at a time: a second click while it runs (a
 * double-click, an impatient press) does nothing. The guard is a ref, not state, because both
 * clicks can arrive before React re-renders the button as disabled. `busy` is for the button's
 * `disabled` and `aria-busy`.
 */
export function useBusy(): { busy: boolean; run: (work: () => Promise<void>) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
