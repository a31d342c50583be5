import type { FilePurpose } from '../ipc-contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PurposeRules {
  openTitle: string;
  saveTitle: string;
  filters: FileFilter[];
  /** Largest file the app will read for this purpose, in bytes. */
  maxBytes: number;
}

const MB = 1024 * 1024;

export const FILE_PURPOSES: Record<FilePurpose, PurposeRules> = {
  'register-csv': {
    openTitle: 'Choose a school register (GIAS CSV)',
    saveTitle: 'Save school register',
    filters: [{ name: 'CSV files', extensions: ['csv'] }],
    maxBytes: 200 * MB,
  },
  'results-csv': {
    openTitle: 'Choose a KS2 performance-tables file (CSV)',
    saveTitle: 'Save results',
    filters: [{ name: 'CSV files', extensions: ['csv'] }],
    maxBytes: 100 * MB,
  },
  'ledger-csv': {
    openTitle: 'Choose ledger lines from your finance system (CSV)',
    saveTitle: 'Save ledger',
    filters: [{ name: 'CSV files', extensions: ['csv'] }],
    maxBytes: 50 * MB,
  },
  backup: {
    openTitle: 'Choose a Triad Planner backup',
    saveTitle: 'Save a full backup',
    filters: [{ name: 'Triad Planner backups', extensions: ['triadbackup', 'json'] }],
    maxBytes: 300 * MB,
  },
  'partner-return': {
    openTitle: 'Choose a partner school return',
    saveTitle: 'Save your school return',
    filters: [{ name: 'Triad Planner returns', extensions: ['triadreturn', 'json'] }],
    maxBytes: 300 * MB,
  },
  evidence: {
    openTitle: 'Choose an evidence file',
    saveTitle: 'Save evidence file',
    filters: [{ name: 'All files', extensions: ['*'] }],
    maxBytes: 20 * MB,
  },
  pdf: {
    openTitle: 'Choose a PDF',
    saveTitle: 'Save PDF',
    filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
    maxBytes: 100 * MB,
  },
  'csv-export': {
    openTitle: 'Choose a CSV file',
    saveTitle: 'Save CSV for a spreadsheet',
    filters: [{ name: 'CSV files', extensions: ['csv'] }],
    maxBytes: 100 * MB,
  },
  'network-file': {
    openTitle: 'Choose network identification sheets or cameos',
    saveTitle: 'Save the network file for the LEA',
    filters: [{ name: 'Triad Planner network files', extensions: ['triadnetwork', 'json'] }],
    maxBytes: 10 * MB,
  },
  'audit-csv': {
    openTitle: 'Choose audit questionnaire responses (CSV)',
    saveTitle: 'Save audit questionnaire responses',
    filters: [{ name: 'CSV files', extensions: ['csv'] }],
    maxBytes: 20 * MB,
  },
};

export function describeSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Linux save dialogs do not add the extension: a backup saved as "North triad" would then be
 * hidden by the restore dialog's filter. Adds the purpose's first extension when the chosen name
 * has none of them.
 */
export function withRequiredExtension(file: string, filters: FileFilter[]): string {
  const extensions = filters.flatMap((f) => f.extensions).filter((e) => e !== '*');
  if (extensions.length === 0) return file;
  const lower = file.toLowerCase();
  if (extensions.some((e) => lower.endsWith(`.${e.toLowerCase()}`))) return file;
  return `${file.replace(/\.+$/, '')}.${extensions[0]}`;
}
