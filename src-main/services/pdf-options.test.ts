import { describe, expect, it } from 'vitest';
import { fontDataUrl, isPrintRoute, pdfLayout, withTimeout } from './pdf-options';

describe('pdfLayout', () => {
  it('puts the triad’s name in the header and "Page x of y" in the footer, escaped', () => {
    const layout = pdfLayout({ headerText: 'Smethwick & <Oldbury>', landscape: false });
    expect(layout.headerTemplate).toContain('Smethwick &#38; &#60;Oldbury&#62;');
    expect(layout.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(layout.headerTemplate).not.toContain('@font-face');
  });

  it('carries the bundled font into both templates as a data URL', () => {
    const font = fontDataUrl(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    expect(font).toBe('data:font/woff2;base64,d09GMg==');
    const layout = pdfLayout({ headerText: 'Triad', landscape: true }, font);
    for (const template of [layout.headerTemplate, layout.footerTemplate]) {
      expect(template).toContain(`@font-face { font-family: 'Source Sans 3'; font-weight: 400; src: url(${font}) format('woff2'); }`);
    }
    expect(layout.landscape).toBe(true);
  });

  it('carries the Latin and Latin Extended files, each for its own characters, so Ł and ŵ in a name use the bundled font', () => {
    const latin = fontDataUrl(new Uint8Array([1]));
    const extended = fontDataUrl(new Uint8Array([2]));
    const { headerTemplate } = pdfLayout({ headerText: 'Łódź Triad', landscape: false }, [latin, extended]);
    expect(headerTemplate).toContain(`src: url(${latin}) format('woff2'); unicode-range: U+0000-00FF,`);
    expect(headerTemplate).toContain(`src: url(${extended}) format('woff2'); unicode-range: U+0100-02BA,`);
  });

  it('accepts only print views as routes', () => {
    expect(isPrintRoute('/print/plan?year=all&sections=cover,actions')).toBe(true);
    expect(isPrintRoute('/print/rollup')).toBe(true);
    expect(isPrintRoute('/exports')).toBe(false);
    expect(isPrintRoute('/print/plan?year=<script>')).toBe(false);
  });
});

describe('withTimeout', () => {
  it('gives up after the time and aborts the work, so a printer can free its hidden window', async () => {
    let signalSeen: AbortSignal | null = null;
    const never = (signal: AbortSignal) => {
      signalSeen = signal;
      return new Promise<Uint8Array>(() => undefined);
    };
    await expect(withTimeout(never, 10, 'Making the PDF took too long and was stopped.')).rejects.toThrow('took too long');
    expect(signalSeen!.aborted).toBe(true);
  });

  it('does not abort work that finishes in time', async () => {
    let signalSeen: AbortSignal | null = null;
    const quick = async (signal: AbortSignal) => {
      signalSeen = signal;
      return 'pdf';
    };
    expect(await withTimeout(quick, 1000, 'late')).toBe('pdf');
    expect(signalSeen!.aborted).toBe(false);
  });
});
