import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Runs `run` once when the page is opened with `?action=<name>` (from the File menu, or from a
 * file the head double-clicked), then removes the action from the address so a reload or Back
 * does not run it again.
 */
export function useUrlAction(name: string, run: () => void): void {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('action') === name;
  const handled = useRef(false);
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!wanted) {
      handled.current = false;
      return;
    }
    if (handled.current) return;
    handled.current = true;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('action');
        return next;
      },
      { replace: true },
    );
    latest.current();
  }, [wanted, setParams]);
}
