/**
 * The one IPC contract. Each method is declared once, in `API_CONTRACT`: the zod schema of its
 * argument and of its result. Everything else derives from that table — the argument and result
 * types, the list of method names the preload exposes, the checks the main process runs on every
 * request, and the type of the handlers — so a method removed, renamed or changed in one place and
 * not another is a compile error (see ipc-contract.type-test.ts).
 *
 * Every method takes one argument and answers a promise. The main process never accepts a file
 * path from the renderer: it writes only where the user picked in a dialog it showed itself, or
 * inside its own data folder.
 *
 * The renderer imports types only from here (`import type`), so zod stays out of its bundle.
 */
import { z } from 'zod';
import { API_METHOD_NAMES as METHOD_NAMES } from './ipc-method-names';

/** Why a file is being opened or saved; decides the dialog's title, filters and size limit. */
export const FILE_PURPOSE_NAMES = [
  'register-csv',
  'results-csv',
  'ledger-csv',
  'backup',
  'partner-return',
  'evidence',
  'pdf',
  'csv-export',
  'network-file',
  'audit-csv',
] as const;

/** A print route is an app-internal hash route under /print/. */
export function isPrintRoute(route: string): boolean {
  return /^\/print\/[a-z0-9-]+(\?[A-Za-z0-9=&%.,_-]*)?$/.test(route);
}

const filePurpose = z.enum(FILE_PURPOSE_NAMES);
// Bytes cross the bridge as a Uint8Array on any kind of buffer; `instanceof` alone would narrow the type.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be the bytes of a file');
const fileName = z.string().trim().min(1).max(200);
const noArg = z.undefined();

const openedFile = z.object({ name: z.string(), size: z.number(), bytes });
const refusedFile = z.object({
  name: z.string(),
  size: z.number(),
  /** Plain-English reason, e.g. the file is larger than the limit for its purpose. */
  error: z.string(),
});

const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Where data and automatic backups are kept, to show the head (never written to by the renderer). */
  dataFolder: z.string(),
  /** True inside the Electron app; false in the browser-based test harness. */
  isElectron: z.boolean(),
});

const preferences = z.object({
  welcomeDismissed: z.boolean(),
  /** Minutes between automatic backups while data is changing. */
  autoBackupMinutes: z.number().int().min(1).max(1440),
});

const autoBackupInfo = z.object({ id: z.string(), createdAt: z.string(), reason: z.string(), size: z.number() });

const pdfRequest = z.strictObject({
  /** Hash route of the print view, e.g. "/print/plan?year=2003". Must start with "/print/". */
  route: z.string().refine(isPrintRoute, 'is not a print view'),
  suggestedName: fileName,
  /** Running header text (e.g. the triad's name and where the plan stands). */
  headerText: z.string().max(200),
  landscape: z.boolean(),
  /** The PDF's Author property (the triad, or the LEA for a roll-up); the title comes from the page's <title>. */
  author: z.string().max(200).optional(),
  /** The PDF's Subject property. */
  subject: z.string().max(400).optional(),
});

const saveResult = z.union([
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string() }),
]);

/** What became of a request to open an evidence file (see services/evidence-files.ts). */
const evidenceOutcome = z.object({
  /** 'no-program': a document nothing on this computer opens; 'not-opened': the person chose not to. */
  outcome: z.enum(['opened', 'shown-in-folder', 'no-program', 'not-opened']),
  /** The name the copy was given: bidi controls removed, real extension last. */
  fileName: z.string(),
});

/** Files the operating system hands the app (double-click, "Open with") and what the app offers to do. */
export const ASSOCIATED_FILE_PURPOSES = ['backup', 'partner-return', 'network-file'] as const;
const openedByAssociation = z.object({ purpose: z.enum(ASSOCIATED_FILE_PURPOSES), name: z.string() });

/** Files that may be saved into and read from the exchange folder (see services/exchange-folder.ts). */
export const EXCHANGE_FILE_PURPOSES = ['network-file', 'partner-return'] as const;
const exchangePurpose = z.enum(EXCHANGE_FILE_PURPOSES);
/** The chosen folder, for display only: the renderer never sends it back. */
const exchangeFolder = z.object({ folder: z.string().nullable() });

/** Written to the main process's error log; length-limited so a page cannot fill the disk. */
const errorReport = z.strictObject({
  message: z.string().min(1).max(2000),
  stack: z.string().max(8000).optional(),
  /** Which part of the app failed, e.g. "Budget". */
  area: z.string().max(100).optional(),
});

function method<A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) {
  return { arg, result };
}

export const API_CONTRACT = {
  getAppInfo: method(noArg, appInfo),
  getPreferences: method(noArg, preferences),
  setPreferences: method(preferences.partial().strict(), preferences),
  /** Shows a save dialog and writes the bytes atomically where the user chose. */
  saveFile: method(z.strictObject({ purpose: filePurpose, suggestedName: fileName, bytes }), saveResult),
  /** Shows an open dialog and reads what the user picked (empty when cancelled). */
  openFiles: method(
    z.strictObject({ purpose: filePurpose, multiple: z.boolean() }),
    z.object({ files: z.array(z.union([openedFile, refusedFile])) }),
  ),
  /** Prints a print-view route to PDF and saves it where the user chooses. */
  exportPdf: method(pdfRequest, saveResult),
  /** Writes an automatic backup into the app's own data folder and rotates old ones. */
  writeAutoBackup: method(z.strictObject({ reason: z.string().trim().min(1).max(60), bytes }), autoBackupInfo),
  listAutoBackups: method(noArg, z.array(autoBackupInfo)),
  readAutoBackup: method(z.strictObject({ id: z.string().min(1).max(200) }), openedFile),
  /**
   * Copies an evidence file into the data folder and opens it with the system's default app — only
   * documents and images; anything else is offered as "Show in folder" with a warning.
   */
  openEvidence: method(z.strictObject({ name: fileName, bytes }), evidenceOutcome),
  /** The backup or return the operating system last handed the app (double-click), if any. */
  getOpenedFile: method(noArg, openedByAssociation.nullable()),
  /** Shows a folder dialog and remembers the chosen folder as the exchange folder. */
  chooseExchangeFolder: method(noArg, exchangeFolder),
  getExchangeFolder: method(noArg, exchangeFolder),
  forgetExchangeFolder: method(noArg, exchangeFolder),
  /** Writes the bytes atomically into the remembered exchange folder, never replacing a file there. */
  saveToExchangeFolder: method(z.strictObject({ purpose: exchangePurpose, suggestedName: fileName, bytes }), z.object({ fileName: z.string() })),
  /** Reads the exchange folder's files with the purpose's extensions (not sub-folders or links). */
  readExchangeFolder: method(z.strictObject({ purpose: exchangePurpose }), z.object({ files: z.array(z.union([openedFile, refusedFile])) })),
  /** Records a renderer error in the main process's error log. */
  reportError: method(errorReport, z.object({ logged: z.boolean() })),
} satisfies Record<string, { arg: z.ZodType; result: z.ZodType }>;

export type ApiContract = typeof API_CONTRACT;
export type ApiMethodName = keyof ApiContract;
/** What the renderer passes. */
export type ApiArg<M extends ApiMethodName> = z.input<ApiContract[M]['arg']>;
/** What a handler receives once the argument has been checked. */
export type CheckedArg<M extends ApiMethodName> = z.output<ApiContract[M]['arg']>;
export type ApiResult<M extends ApiMethodName> = z.output<ApiContract[M]['result']>;

/** Every method's name, in the table's order; the preload builds `window.api` from it. */
export const API_METHOD_NAMES: readonly ApiMethodName[] = METHOD_NAMES;

// The zod-free names list (for the preload) must be exactly the table's methods: if they differ,
// one of these two lines fails to compile.
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const NAMES_MATCH_CONTRACT: SameNames<(typeof METHOD_NAMES)[number], ApiMethodName> = true;

export type FilePurpose = z.infer<typeof filePurpose>;
export type OpenedFile = z.infer<typeof openedFile>;
export type RefusedFile = z.infer<typeof refusedFile>;
export type AppInfo = z.infer<typeof appInfo>;
export type Preferences = z.infer<typeof preferences>;
export type AutoBackupInfo = z.infer<typeof autoBackupInfo>;
export type PdfRequest = z.input<typeof pdfRequest>;
export type SaveResult = z.infer<typeof saveResult>;
export type EvidenceOutcome = z.infer<typeof evidenceOutcome>;
export type OpenedByAssociation = z.infer<typeof openedByAssociation>;
export type AssociatedFilePurpose = OpenedByAssociation['purpose'];
export type ErrorReport = z.input<typeof errorReport>;
export type ExchangeFilePurpose = z.infer<typeof exchangePurpose>;

/** Commands the application menu sends to the renderer. */
export type MenuCommand =
  | 'new-backup'
  | 'restore-backup'
  | 'export-plan-pdf'
  | 'open-rollup'
  | 'show-welcome'
  | 'go-home';

/** What the renderer sees as `window.api`. */
export type Api = {
  [M in ApiMethodName]: undefined extends ApiArg<M>
    ? (arg?: ApiArg<M>) => Promise<ApiResult<M>>
    : (arg: ApiArg<M>) => Promise<ApiResult<M>>;
} & {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Called when the operating system hands the app a file; then ask `getOpenedFile`. */
  onOpenedFile(listener: () => void): () => void;
};

/** Every reply crosses the bridge in this envelope, so error messages arrive intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export { MENU_COMMAND_CHANNEL, OPENED_FILE_CHANNEL } from './ipc-method-names';
