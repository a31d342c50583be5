import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { OpenedByAssociation } from '../../src-main/ipc-contract';

const OFFERS: Record<OpenedByAssociation['purpose'], { kind: string; action: string; route: string }> = {
  backup: { kind: 'a Triad Planner backup', action: 'Restore from this backup…', route: '/exports?action=restore' },
  'partner-return': { kind: 'a partner school return', action: 'Import this return…', route: '/exports?action=import-return' },
  'network-file': { kind: 'a network identification sheet or newsletter cameo', action: 'Add it to the directory of networks…', route: '/lea?action=import-sheets' },
};

/**
 * When the head double-clicks an e-mailed backup or return, the system starts (or focuses) the app
 * with it. This offers the right action; the open dialog that follows starts at that file, so the
 * head confirms the choice there — nothing is restored or imported without it.
 */
export function OpenedFileOffer() {
  const navigate = useNavigate();
  const [opened, setOpened] = useState<OpenedByAssociation | null>(null);

  const refresh = useCallback(() => {
    void window.api
      ?.getOpenedFile()
      .then(setOpened)
      .catch(() => setOpened(null));
  }, []);
  useEffect(() => {
    refresh();
    return window.api?.onOpenedFile(refresh);
  }, [refresh]);

  if (!opened) return null;
  const offer = OFFERS[opened.purpose];
  return (
    <section className="panel opened-file-offer" aria-labelledby="opened-file-heading">
      {/* Not a heading: it sits above the page's own h1, and the outline must start there. */}
      <p id="opened-file-heading">
        <strong>You opened “{opened.name}”</strong>
      </p>
      <p>It is {offer.kind}. Nothing has been changed yet.</p>
      <div className="actions-row">
        <button
          type="button"
          onClick={() => {
            setOpened(null);
            navigate(offer.route);
          }}
        >
          {offer.action}
        </button>
        <button type="button" className="secondary" onClick={() => setOpened(null)}>
          Not now
        </button>
      </div>
    </section>
  );
}
