import { useEffect } from 'react';
import { loadMarginFont } from './margin-font';

const READY = 'data-print-ready';

/** What the PDF's document properties say: its title, author (the triad) and subject (a title alone will do). */
export interface PrintMeta {
  title: string;
  author: string;
  subject: string;
}

/** Chromium copies the page's <title> and its author and subject <meta> tags into the PDF's properties. */
function setMeta(name: 'author' | 'subject', content: string): void {
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!tag) {
    tag = document.createElement('meta');
    tag.name = name;
    document.head.append(tag);
  }
  tag.content = content;
}

/**
 * Tells the printing window the page is complete: set once the content has rendered and every
 * font it uses has loaded, so the PDF never catches a half-drawn page or a fallback font.
 */
export function usePrintReady(ready: boolean, meta?: PrintMeta | string): void {
  const full = typeof meta === 'string' ? { title: meta, author: '', subject: '' } : meta;
  const title = full?.title;
  const author = full?.author;
  const subject = full?.subject;
  useEffect(() => {
    if (!ready) return;
    // The PDF's title, as a reader's window and file list show it, and its running header.
    if (title) document.title = title;
    if (author) setMeta('author', author);
    if (subject) setMeta('subject', subject);
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
  }, [ready, title, author, subject]);
}
