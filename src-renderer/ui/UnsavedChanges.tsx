import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';

/**
 * Guards a form with unsaved changes: leaving the page (a link, the menu, Back) first asks whether
 * to keep editing or discard the changes. Call `saved()` just before navigating away after a save,
 * so the form's own navigation is never stopped.
 */
export function useUnsavedChanges(dirty: boolean) {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));
  const prompt = <UnsavedChangesPrompt blocker={blocker} />;
  return {
    prompt,
    saved: () => {
      dirtyRef.current = false;
    },
  };
}

function UnsavedChangesPrompt({ blocker }: { blocker: ReturnType<typeof useBlocker> }) {
  const keep = useRef<HTMLButtonElement>(null);
  const open = blocker.state === 'blocked';
  useEffect(() => {
    if (open) keep.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="unsaved-prompt" role="alertdialog" aria-modal="false" aria-labelledby="unsaved-heading" aria-describedby="unsaved-text">
      <h2 id="unsaved-heading">You have unsaved changes</h2>
      <p id="unsaved-text">Leave this page and lose them, or stay and keep editing?</p>
      <div className="actions-row">
        <button type="button" ref={keep} onClick={() => blocker.reset?.()}>
          Keep editing
        </button>
        <button type="button" className="danger" onClick={() => blocker.proceed?.()}>
          Discard changes
        </button>
      </div>
    </div>
  );
}
