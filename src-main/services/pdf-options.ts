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
  "font-family: 'Source Sans 3', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #000; width: 100%; padding: 0 15mm;";

/**
 * The bundled font's files for the header and footer, relative to the built renderer (copied there
 * from src-renderer/public): the Latin subset and the Latin Extended one (Łódź, Ștefan, Ynysŵen),
 * each with the characters it covers, as the font's own CSS gives them.
 */
export const PRINT_MARGIN_FONTS = [
  {
    file: 'fonts/source-sans-3-latin-400-normal.woff2',
    unicodeRange: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    file: 'fonts/source-sans-3-latin-ext-400-normal.woff2',
    unicodeRange: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
] as const;

/** The Latin file alone, for callers that load one file. */
export const PRINT_MARGIN_FONT_FILE = PRINT_MARGIN_FONTS[0].file;

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
function marginFontFace(dataUrls: readonly string[]): string {
  if (dataUrls.length === 0) return '';
  const faces = dataUrls.map((url, i) => {
    const range = dataUrls.length > 1 ? ` unicode-range: ${PRINT_MARGIN_FONTS[i]?.unicodeRange ?? 'U+0-10FFFF'};` : '';
    return `@font-face { font-family: 'Source Sans 3'; font-weight: 400; src: url(${url}) format('woff2');${range} }`;
  });
  return `<style>${faces.join(' ')}</style>`;
}

/**
 * `marginFont` is `fontDataUrl(...)` of each of PRINT_MARGIN_FONTS' files, in that order (or of the
 * Latin one alone); without it the header and footer use a system font.
 */
export function pdfLayout(request: Pick<PdfRequest, 'headerText' | 'landscape'>, marginFont?: string | readonly string[]): PdfLayout {
  const fontFace = marginFontFace(marginFont === undefined ? [] : typeof marginFont === 'string' ? [marginFont] : marginFont);
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
