import { useEffect, useState } from 'react';
import { api } from '../api';

const CHANGED_EVENT = 'triad-exchange-folder-changed';

/**
 * The exchange folder the main process remembers (chosen in its own folder dialog). The path is
 * shown to the person only; files are saved and read by purpose and name, never by path.
 */
export function useExchangeFolder() {
  // undefined while asking; null when none is chosen.
  const [folder, setFolder] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void api()
        .getExchangeFolder()
        .then((r) => {
          if (live) setFolder(r.folder);
        });
    refresh();
    // Another section on the page may choose or forget it (the sheet's and the cameo's buttons).
    window.addEventListener(CHANGED_EVENT, refresh);
    return () => {
      live = false;
      window.removeEventListener(CHANGED_EVENT, refresh);
    };
  }, []);
  async function choose() {
    setFolder((await api().chooseExchangeFolder()).folder);
    window.dispatchEvent(new Event(CHANGED_EVENT));
  }
  async function forget() {
    setFolder((await api().forgetExchangeFolder()).folder);
    window.dispatchEvent(new Event(CHANGED_EVENT));
  }
  return { folder, choose, forget };
}

/** An IPC failure as a sentence to show (the main process's messages are already plain English). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
