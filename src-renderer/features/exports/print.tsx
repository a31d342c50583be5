import { useEffect } from 'react';

/** The print view that PDFs are made from. Marks itself ready once its content and fonts are in. */
export default function PrintView() {
  useEffect(() => {
    void document.fonts.ready.then(() => document.documentElement.setAttribute('data-print-ready', 'true'));
  }, []);
  return (
    <main>
      <h1>Nothing to print yet</h1>
    </main>
  );
}
