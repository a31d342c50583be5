import type { BrowserContext } from '@playwright/test';
import type { PdfLayout } from '../../src-main/services/pdf-options';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A static HTML page holding the same text, one paragraph per line. */
export function staticPageOf(text: string): string {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Baseline</title><style>body{font-family:sans-serif;font-size:11pt}</style></head><body>${paragraphs}</body></html>`;
}

/**
 * Milliseconds to print a static page of the text with page.pdf(), in a fresh page with the same
 * options and layout as the app's printer (e2e/fixtures.ts), so only the print view's own work differs.
 */
export async function timeStaticPdf(context: BrowserContext, text: string, layout: PdfLayout): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const page = await context.newPage();
  try {
    await page.setContent(staticPageOf(text));
    await page.evaluate(() => document.fonts.ready);
    const mm = (n: number) => `${n}mm`;
    const pdf = await page.pdf({
      format: 'A4',
      landscape: layout.landscape,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: layout.headerTemplate,
      footerTemplate: layout.footerTemplate,
      margin: { top: mm(layout.marginMm.top), bottom: mm(layout.marginMm.bottom), left: mm(layout.marginMm.left), right: mm(layout.marginMm.right) },
      outline: true,
      tagged: true,
    });
    return { ms: performance.now() - started, bytes: pdf.length };
  } finally {
    await page.close();
  }
}
