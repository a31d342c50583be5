/** Rows of a ledger CSV shown as a preview before the import. */
export const PREVIEW_ROWS = 10;
