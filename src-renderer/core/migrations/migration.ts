/**
 * What one schema version changes, written once and used everywhere an older record can come
 * from: Dexie's upgrade of a stored database, and every reader of an older file (restore,
 * partner return, roll-up). Pure: no Dexie, no DOM.
 *
 * A migration turns records of version `to - 1` into records of version `to`. Keep each step
 * idempotent (running it on an already-upgraded record changes nothing), because a file can be
 * read again and an interrupted upgrade is run again.
 */
export type Row = Record<string, unknown>;
export type Tables = Record<string, Row[]>;

export interface Migration {
  /** The schema version this migration produces. */
  to: number;
  /** One sentence for developers: what this version adds or changes. */
  summary: string;
  /** Tables first declared in this version: an older database or file has none of their records. */
  addedTables: readonly string[];
  /**
   * Fields this version adds to existing records, with the value an older record means. A record
   * holding exactly this value is hashed as if the field were absent (see `hashableRecord`), so a
   * migration that only adds defaults never makes an exchanged record look changed.
   */
  addedFields: Readonly<Record<string, Readonly<Row>>>;
  /** Further changes to one record, after its added fields are filled in. */
  upgradeRecord?: Readonly<Record<string, (row: Row) => Row>>;
  /**
   * Records of new tables made from older ones (for example notes that move into a table of their
   * own). Receives every upgraded table; returns only new records, keyed by table. Must make the
   * same ids from the same input, so that running it twice adds nothing twice.
   */
  deriveRecords?: (tables: Readonly<Tables>) => Tables;
}
