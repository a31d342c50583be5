import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ApiArg, ApiMethodName, ApiResult, FilePurpose, OpenedFile, RefusedFile } from '../ipc-contract';
import { writeFileAtomic } from '../services/atomic-write';
import type { AutoBackups } from '../services/auto-backups';
import type { DataFolder } from '../services/data-folder';
import type { FileDialogs, FileOpener } from '../services/dialogs';
import { describeSize, FILE_PURPOSES } from '../services/file-purposes';
import { withDocumentInfo } from '../services/pdf-metadata';
import { fontDataUrl, isPrintRoute, pdfLayout, PDF_TIMEOUT_MS, withTimeout, type PdfPrinter } from '../services/pdf-options';
import type { SettingsStore } from '../services/settings';

/** Everything the handlers need from the outside world; Electron's versions in the app, test ones in tests. */
export interface HandlerServices {
  appName: string;
  appVersion: string;
  isElectron: boolean;
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
}

export type Handler<M extends ApiMethodName> = (arg: unknown) => Promise<ApiResult<M>>;
export type Handlers = { [M in ApiMethodName]: Handler<M> };

const purpose = z.enum(Object.keys(FILE_PURPOSES) as [FilePurpose, ...FilePurpose[]]);
const bytes = z.instanceof(Uint8Array);
const fileName = z.string().trim().min(1).max(200);
const noArg = z.undefined();

const schemas = {
  getAppInfo: noArg,
  getPreferences: noArg,
  setPreferences: z
    .object({
      welcomeDismissed: z.boolean().optional(),
      autoBackupMinutes: z.number().int().min(1).max(1440).optional(),
    })
    .strict(),
  saveFile: z.object({ purpose, suggestedName: fileName, bytes }).strict(),
  openFiles: z.object({ purpose, multiple: z.boolean() }).strict(),
  exportPdf: z
    .object({
      route: z.string().refine(isPrintRoute, 'is not a print view'),
      suggestedName: fileName,
      headerText: z.string().max(200),
      landscape: z.boolean(),
      author: z.string().max(200).optional(),
      subject: z.string().max(400).optional(),
    })
    .strict(),
  writeAutoBackup: z.object({ reason: z.string().trim().min(1).max(60), bytes }).strict(),
  listAutoBackups: noArg,
  readAutoBackup: z.object({ id: z.string().min(1).max(200) }).strict(),
  openEvidence: z.object({ name: fileName, bytes }).strict(),
} satisfies Record<ApiMethodName, z.ZodType>;

/** Turns zod's complaint into one plain sentence for the renderer. */
function describeInvalid(method: string, error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `The request to ${method} was not valid${where}: ${first?.message ?? 'unexpected input'}.`;
}

function parse<M extends ApiMethodName>(method: M, arg: unknown): ApiArg<M> {
  const result = schemas[method].safeParse(arg);
  if (!result.success) throw new InvalidRequestError(describeInvalid(method, result.error));
  return result.data as ApiArg<M>;
}

export class InvalidRequestError extends Error {}

async function readChosenFile(file: string, maxBytes: number): Promise<OpenedFile | RefusedFile> {
  const name = path.basename(file);
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
}

export function createHandlers(services: HandlerServices): Handlers {
  const { settings, dialogs, dataFolder, backups } = services;

  async function saveWithDialog(p: FilePurpose, suggestedName: string, content: Uint8Array) {
    const rules = FILE_PURPOSES[p];
    const target = await dialogs.chooseSavePath({ title: rules.saveTitle, defaultName: suggestedName, filters: rules.filters });
    if (!target) return { saved: false as const };
    await writeFileAtomic(target, content);
    return { saved: true as const, fileName: path.basename(target) };
  }

  return {
    getAppInfo: async (arg) => {
      parse('getAppInfo', arg);
      return {
        name: services.appName,
        version: services.appVersion,
        dataFolder: dataFolder.root,
        isElectron: services.isElectron,
      };
    },
    getPreferences: async (arg) => {
      parse('getPreferences', arg);
      return settings.get('preferences');
    },
    setPreferences: async (arg) => {
      const changes = parse('setPreferences', arg);
      const next = { ...settings.get('preferences'), ...changes };
      settings.set('preferences', next);
      return next;
    },
    saveFile: async (arg) => {
      const request = parse('saveFile', arg);
      return saveWithDialog(request.purpose, request.suggestedName, request.bytes);
    },
    openFiles: async (arg) => {
      const request = parse('openFiles', arg);
      const rules = FILE_PURPOSES[request.purpose];
      const chosen = await dialogs.chooseOpenPaths({ title: rules.openTitle, filters: rules.filters, multiple: request.multiple });
      const files = [];
      for (const file of chosen) files.push(await readChosenFile(file, rules.maxBytes));
      return { files };
    },
    exportPdf: async (arg) => {
      const request = parse('exportPdf', arg);
      const fontFiles = services.printFontFiles ?? (services.printFontFile ? [services.printFontFile] : []);
      const marginFont = await Promise.all(fontFiles.map(async (file) => fontDataUrl(await fs.readFile(file))));
      const pdf = await withTimeout(
        services.pdfPrinter.print(request.route, pdfLayout(request, marginFont)),
        PDF_TIMEOUT_MS,
        'Making the PDF took too long and was stopped. Try again, or choose fewer sections.',
      );
      return saveWithDialog('pdf', request.suggestedName, withDocumentInfo(pdf, { author: request.author, subject: request.subject }));
    },
    writeAutoBackup: async (arg) => {
      const request = parse('writeAutoBackup', arg);
      return backups.write(request.reason, request.bytes);
    },
    listAutoBackups: async (arg) => {
      parse('listAutoBackups', arg);
      return backups.list();
    },
    readAutoBackup: async (arg) => {
      const request = parse('readAutoBackup', arg);
      return backups.read(request.id);
    },
    openEvidence: async (arg) => {
      const request = parse('openEvidence', arg);
      const dir = await dataFolder.ensure(dataFolder.openedEvidenceDir);
      const target = dataFolder.fileIn(dir, request.name);
      await writeFileAtomic(target, request.bytes);
      return { opened: await services.opener.open(target) };
    },
  };
}
