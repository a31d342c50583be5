import { BrowserWindow, dialog } from 'electron';
import { APP_ORIGIN } from './security';
import type { FileDialogs } from './services/dialogs';
import { PRINT_READY_ATTRIBUTE, type PdfLayout, type PdfPrinter } from './services/pdf-options';
import { guardWebContents } from './window';
import { secureWebPreferences } from './web-preferences';

/**
 * The system's dialogs. macOS ignores a dialog's `title` and shows `message` instead, so both are
 * given. Dialogs are modal to the main window when there is one.
 */
export function electronDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const owner = getWindow();
      const options = { title, message: title, defaultPath: defaultName, filters };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPaths({ title, filters, multiple, defaultPath }) {
      const owner = getWindow();
      const properties: ('openFile' | 'multiSelections')[] = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const options = { title, message: title, filters, properties, ...(defaultPath ? { defaultPath } : {}) };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFolder({ title }) {
      const owner = getWindow();
      const options = { title, message: title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirm({ message, detail, confirmLabel, cancelLabel, warning }) {
      const owner = getWindow();
      const options = {
        type: warning ? ('warning' as const) : ('question' as const),
        title: 'Triad Planner',
        message,
        detail,
        buttons: [cancelLabel, confirmLabel],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const result = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
      return result.response === 1;
    },
  };
}

const MM_PER_INCH = 25.4;

/**
 * Prints a print route in a hidden window once its data and fonts are ready. The window is
 * destroyed when printing ends, fails, or is given up (the timeout aborts `signal`), so no hidden
 * window is left running.
 */
export function electronPdfPrinter(preloadPath: string): PdfPrinter {
  return {
    async print(route: string, layout: PdfLayout, signal?: AbortSignal) {
      const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preloadPath) });
      const destroy = () => {
        if (!window.isDestroyed()) window.destroy();
      };
      signal?.addEventListener('abort', destroy, { once: true });
      guardWebContents(window.webContents);
      try {
        await window.loadURL(`${APP_ORIGIN}/index.html#${route}`);
        await window.webContents.executeJavaScript(
          `new Promise((resolve, reject) => {
             const started = Date.now();
             const check = () => {
               if (document.documentElement.getAttribute('${PRINT_READY_ATTRIBUTE}') === 'true') {
                 document.fonts.ready.then(() => resolve(true));
               } else if (Date.now() - started > 45000) {
                 reject(new Error('The print view did not finish loading.'));
               } else {
                 setTimeout(check, 50);
               }
             };
             check();
           })`,
        );
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          landscape: layout.landscape,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: layout.headerTemplate,
          footerTemplate: layout.footerTemplate,
          margins: {
            top: layout.marginMm.top / MM_PER_INCH,
            bottom: layout.marginMm.bottom / MM_PER_INCH,
            left: layout.marginMm.left / MM_PER_INCH,
            right: layout.marginMm.right / MM_PER_INCH,
          },
          generateDocumentOutline: true,
        });
        return new Uint8Array(pdf);
      } finally {
        signal?.removeEventListener('abort', destroy);
        destroy();
      }
    },
  };
}
