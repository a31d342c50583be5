/** The bundled font files the PDF header and footer are drawn in (src-renderer/public/fonts): Latin, Latin Extended. */
const MARGIN_FONT_FILES = ['./fonts/source-sans-3-latin-400-normal.woff2', './fonts/source-sans-3-latin-ext-400-normal.woff2'];

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let loading: Promise<void> | null = null;

/**
 * Loads the bundled font from the same data URL the main process puts in the PDF's header and
 * footer templates (src-main/services/pdf-options.ts). Those templates cannot fetch anything; a font
 * already loaded from the identical URL is served to them from memory. Nothing on the page uses it.
 */
export function loadMarginFont(): Promise<void> {
  loading ??= Promise.all(
    MARGIN_FONT_FILES.map(async (file) => {
      const response = await fetch(file);
      if (!response.ok) return;
      const dataUrl = `data:font/woff2;base64,${toBase64(new Uint8Array(await response.arrayBuffer()))}`;
      const face = new FontFace('Triad Print Margins', `url(${dataUrl}) format('woff2')`);
      document.fonts.add(await face.load());
    }),
  ).then(
    () => undefined,
    () => undefined,
  );
  return loading;
}
