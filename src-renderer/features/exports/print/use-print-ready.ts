import { useEffect } from 'react';
import { loadMarginFont } from './margin-font';

const READY = 'data-print-ready';

/**
 * Tells the printing window the page is complete: set once the content has rendered and every
 * font it uses has loaded, so the PDF never catches a half-drawn page or a fallback font.
 */
export function usePrintReady(ready: boolean, title?: string): void {
  useEffect(() => {
    if (!ready) return;
    // The PDF's title, as a reader's window and file list show it.
    if (title) document.title = title;
    let cancelled = false;
    // The header and footer font is loaded on purpose: nothing on the page itself uses it.
    void loadMarginFont()
      .then(() => document.fonts.ready)
      .then(() =>
        requestAnimationFrame(() => {
          if (!cancelled) document.documentElement.setAttribute(READY, 'true');
        }),
      );
    return () => {
      cancelled = true;
      document.documentElement.removeAttribute(READY);
    };
  }, [ready, title]);
}
