import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

interface Toast {
  id: number;
  /** When it appeared: a message survives the navigation that usually follows it, not the next. */
  at: number;
  message: string;
  undo?: () => Promise<void> | void;
}

interface ToastApi {
  /** Shows a message; with `undo`, offers an Undo button (undo rather than "are you sure?"). */
  notify(message: string, undo?: () => Promise<void> | void): void;
}

const ToastContext = createContext<ToastApi>({ notify: () => undefined });

const TOAST_MS = 10_000;

export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (message: string, undo?: () => Promise<void> | void) => {
      const id = next.current++;
      // One message at a time: a new one replaces the last, so they never pile up over the page.
      setToasts([{ id, at: Date.now(), message, ...(undo ? { undo } : {}) }]);
      window.setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ notify }), [notify]);
  // Moving to another page clears messages about the last one (a save that navigates keeps its own).
  const { pathname } = useLocation();
  useEffect(() => {
    setToasts((all) => (all.length === 0 ? all : all.filter((t) => Date.now() - t.at < 1500)));
  }, [pathname]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toaster" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div className="toast" key={toast.id}>
            <span>{toast.message}</span>
            {toast.undo ? (
              <button
                type="button"
                onClick={async () => {
                  dismiss(toast.id);
                  await toast.undo?.();
                  notify('Undone.');
                }}
              >
                Undo
              </button>
            ) : null}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
