import type { PdfRequest } from '../ipc-contract';

/** Print settings shared by Electron's printToPDF and Playwright's page.pdf, so tests print as the app does. */
export interface PdfLayout {
  landscape: boolean;
  headerTemplate: string;
  footerTemplate: string;
  /** Margins in millimetres. */
  marginMm: { top: number; bottom: number; left: number; right: number };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Header and footer templates are rendered apart from the page: styles must be inline and the font
// size explicit, or Chromium prints them at a near-invisible default.
const TEMPLATE_STYLE =
  "font-family: 'Source Sans 3', 'DejaVu Sans', sans-serif; font-size: 9px; color: #333; width: 100%; padding: 0 15mm;";

/** The bundled font file, relative to the built renderer (copied there from src-renderer/public). */
export const PRINT_MARGIN_FONT_FILE = 'fonts/source-sans-3-latin-400-normal.woff2';

/** The font as a data URL; the print view builds the very same string from the same file. */
export function fontDataUrl(woff2: Uint8Array): string {
  return `data:font/woff2;base64,${Buffer.from(woff2.buffer, woff2.byteOffset, woff2.byteLength).toString('base64')}`;
}

/**
 * Header and footer templates cannot use the page's fonts or fetch anything, and are drawn at once.
 * But a font the print view has already loaded from the very same data URL is served from memory,
 * so the templates carry the bundled font as that data URL. Without it Chromium falls back to
 * whatever system font it finds, which differs from one computer to the next.
 */
function marginFontFace(dataUrl: string | undefined): string {
  if (!dataUrl) return '';
  return `<style>@font-face { font-family: 'Source Sans 3'; font-weight: 400; src: url(${dataUrl}) format('woff2'); }</style>`;
}

/** `marginFont` is `fontDataUrl(...)` of the bundled font; without it the header and footer use a system font. */
export function pdfLayout(request: Pick<PdfRequest, 'headerText' | 'landscape'>, marginFont?: string): PdfLayout {
  const fontFace = marginFontFace(marginFont);
  return {
    landscape: request.landscape,
    headerTemplate: `${fontFace}<div style="${TEMPLATE_STYLE} text-align: left;"><span>${escapeHtml(request.headerText)}</span></div>`,
    footerTemplate: `${fontFace}<div style="${TEMPLATE_STYLE} text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
    marginMm: { top: 18, bottom: 16, left: 15, right: 15 },
  };
}

export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
export const PDF_TIMEOUT_MS = 60_000;

export { isPrintRoute } from '../ipc-contract';

/**
 * Renders a print route to PDF bytes: a hidden Electron window in the app, page.pdf() in tests.
 * `signal` aborts when the export is given up (timeout): the printer must then free what it holds —
 * in the app, destroy the hidden window — rather than leave it running unseen.
 */
export interface PdfPrinter {
  print(route: string, layout: PdfLayout, signal?: AbortSignal): Promise<Uint8Array>;
}

/** Runs `work`, giving up after `ms` with `message`; on giving up it aborts the work's signal. */
export async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, message: string): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new Error(message));
      reject(new Error(message));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
