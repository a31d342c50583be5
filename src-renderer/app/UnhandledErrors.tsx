import { useEffect } from 'react';
import { useToast } from '../ui/Toaster';
import { plainErrorMessage } from './error-messages';
import { reportError } from './report-error';

/**
 * A save that fails outside React's rendering (an event handler's promise, a Dexie write refused)
 * reaches the window as `unhandledrejection` or `error`. Without this it would fail silently; here
 * it becomes a message the head can read.
 */
export function UnhandledErrors() {
  const { notify } = useToast();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      reportError(event.reason, 'unhandled');
      notify(plainErrorMessage(event.reason));
    };
    const onError = (event: ErrorEvent) => {
      // Errors React already caught in an error boundary are reported there.
      if (!event.error) return;
      reportError(event.error, 'unhandled');
      notify(plainErrorMessage(event.error));
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, [notify]);
  return null;
}
