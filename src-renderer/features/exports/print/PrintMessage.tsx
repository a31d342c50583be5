import { usePrintReady } from './use-print-ready';

/** What prints when there is nothing to print, so the head gets a readable page rather than a timeout. */
export function PrintMessage({ title, children }: { title: string; children: string }) {
  usePrintReady(true);
  return (
    <main className="print-doc">
      <h1>{title}</h1>
      <p>{children}</p>
    </main>
  );
}
