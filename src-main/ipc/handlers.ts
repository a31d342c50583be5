import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiMethodName, ApiResult, CheckedArg, FilePurpose, OpenedFile, RefusedFile } from '../ipc-contract';
import { writeFileAtomic } from '../services/atomic-write';
import type { AutoBackups } from '../services/auto-backups';
import { safeFileName, type DataFolder } from '../services/data-folder';
import type { FileDialogs, FileOpener } from '../services/dialogs';
import type { ErrorLog } from '../services/error-log';
import { readExchangeFolder, saveToExchangeFolder } from '../services/exchange-folder';
import { isOpenableEvidence, markAsDownloaded, normaliseEvidenceName, unsafeEvidenceWarning } from '../services/evidence-files';
import type { OpenedFiles } from '../services/file-associations';
import { describeReadProblem } from '../services/file-read-problems';
import { describeSize, FILE_PURPOSES, withRequiredExtension } from '../services/file-purposes';
import { withDocumentInfo } from '../services/pdf-metadata';
import { fontDataUrl, pdfLayout, PDF_TIMEOUT_MS, withTimeout, type PdfPrinter } from '../services/pdf-options';
import type { SettingsStore } from '../services/settings';

/** Everything the handlers need from the outside world; Electron's versions in the app, test ones in tests. */
export interface HandlerServices {
  appName: string;
  appVersion: string;
  isElectron: boolean;
  platform: NodeJS.Platform;
  settings: SettingsStore;
  dialogs: FileDialogs;
  dataFolder: DataFolder;
  backups: AutoBackups;
  pdfPrinter: PdfPrinter;
  /** The bundled font file the PDF header and footer are drawn in; unset, they use a system font. */
  printFontFile?: string;
  /** The bundled font's files for the PDF header and footer (PRINT_MARGIN_FONTS); overrides printFontFile. */
  printFontFiles?: readonly string[];
  opener: FileOpener;
  errorLog: ErrorLog;
  openedFiles: OpenedFiles;
}

/**
 * One handler per method, typed from the contract: a handler receives the argument already checked
 * against the method's schema (by dispatch) and must answer the method's result type.
 */
export type Handlers = { [M in ApiMethodName]: (arg: CheckedArg<M>) => Promise<ApiResult<M>> };

async function readChosenFile(file: string, maxBytes: number): Promise<OpenedFile | RefusedFile> {
  const name = path.basename(file);
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { name, size: 0, error: `${name} is not a file.` };
    if (stat.size > maxBytes) {
      return {
        name,
        size: stat.size,
        error: `${name} is ${describeSize(stat.size)}, larger than the ${describeSize(maxBytes)} this app accepts here. Nothing was read.`,
      };
    }
    const content = await fs.readFile(file);
    return { name, size: stat.size, bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) };
  } catch (error) {
    // One file that cannot be read is refused with its reason; the others chosen with it still open.
    return { name, size: 0, error: describeReadProblem(name, error) };
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

export function createHandlers(services: HandlerServices): Handlers {
  const { settings, dialogs, dataFolder, backups } = services;

  async function saveWithDialog(p: FilePurpose, suggestedName: string, content: Uint8Array): Promise<ApiResult<'saveFile'>> {
    const rules = FILE_PURPOSES[p];
    // A suggested name is only a name: separators or ".." must not steer the dialog to another folder.
    const chosen = await dialogs.chooseSavePath({ title: rules.saveTitle, defaultName: safeFileName(suggestedName), filters: rules.filters });
    if (!chosen) return { saved: false };
    const target = withRequiredExtension(chosen, rules.filters);
    // The dialog asked about replacing the name the person typed, not the one with the extension added.
    if (target !== chosen && (await exists(target))) {
      const replace = await dialogs.confirm({
        message: `“${path.basename(target)}” already exists. Do you want to replace it?`,
        detail: 'Replacing it overwrites what is in it now.',
        confirmLabel: 'Replace',
        cancelLabel: 'Cancel',
        warning: true,
      });
      if (!replace) return { saved: false };
    }
    await writeFileAtomic(target, content);
    return { saved: true, fileName: path.basename(target) };
  }

  async function copyEvidence(name: string, bytes: Uint8Array): Promise<string> {
    const dir = await dataFolder.ensure(dataFolder.openedEvidenceDir);
    const target = dataFolder.fileIn(dir, name);
    await writeFileAtomic(target, bytes);
    await markAsDownloaded(target, services.platform);
    return target;
  }

  return {
    getAppInfo: async () => ({
      name: services.appName,
      version: services.appVersion,
      dataFolder: dataFolder.root,
      isElectron: services.isElectron,
    }),
    getPreferences: async () => settings.get('preferences'),
    setPreferences: async (changes) => {
      const next = { ...settings.get('preferences'), ...changes };
      settings.set('preferences', next);
      return next;
    },
    saveFile: async (request) => saveWithDialog(request.purpose, request.suggestedName, request.bytes),
    openFiles: async (request) => {
      const rules = FILE_PURPOSES[request.purpose];
      const chosen = await dialogs.chooseOpenPaths({
        title: rules.openTitle,
        filters: rules.filters,
        multiple: request.multiple,
        defaultPath: services.openedFiles.takePathFor(request.purpose),
      });
      const files = [];
      for (const file of chosen) files.push(await readChosenFile(file, rules.maxBytes));
      return { files };
    },
    exportPdf: async (request) => {
      const fontFiles = services.printFontFiles ?? (services.printFontFile ? [services.printFontFile] : []);
      const marginFont = await Promise.all(fontFiles.map(async (file) => fontDataUrl(await fs.readFile(file))));
      const pdf = await withTimeout(
        (signal) => services.pdfPrinter.print(request.route, pdfLayout(request, marginFont), signal),
        PDF_TIMEOUT_MS,
        'Making the PDF took too long and was stopped. Try again, or choose fewer sections.',
      );
      return saveWithDialog('pdf', request.suggestedName, withDocumentInfo(pdf, { author: request.author, subject: request.subject }));
    },
    writeAutoBackup: async (request) => backups.write(request.reason, request.bytes),
    listAutoBackups: async () => backups.list(),
    readAutoBackup: async (request) => backups.read(request.id),
    openEvidence: async (request) => {
      const fileName = normaliseEvidenceName(request.name);
      if (isOpenableEvidence(fileName)) {
        const opened = await services.opener.open(await copyEvidence(fileName, request.bytes));
        return { outcome: opened ? 'opened' : 'no-program', fileName };
      }
      const warning = unsafeEvidenceWarning(fileName);
      const show = await dialogs.confirm({ ...warning, confirmLabel: 'Show in folder', cancelLabel: 'Cancel', warning: true });
      if (!show) return { outcome: 'not-opened', fileName };
      services.opener.showInFolder(await copyEvidence(fileName, request.bytes));
      return { outcome: 'shown-in-folder', fileName };
    },
    getOpenedFile: async () => services.openedFiles.current(),
    chooseExchangeFolder: async () => {
      const chosen = await dialogs.chooseFolder({ title: 'Choose the exchange folder for network files and returns' });
      if (chosen) settings.set('exchangeFolder', path.resolve(chosen));
      return { folder: settings.get('exchangeFolder') };
    },
    getExchangeFolder: async () => ({ folder: settings.get('exchangeFolder') }),
    forgetExchangeFolder: async () => {
      settings.set('exchangeFolder', null);
      return { folder: null };
    },
    saveToExchangeFolder: async (request) => ({
      fileName: await saveToExchangeFolder(settings.get('exchangeFolder'), request.purpose, request.suggestedName, request.bytes),
    }),
    readExchangeFolder: async (request) => ({ files: await readExchangeFolder(settings.get('exchangeFolder'), request.purpose) }),
    reportError: async (report) => ({ logged: services.errorLog.record({ source: 'renderer', ...report }) }),
  };
}
