import { z } from 'zod';
import { isValidIsoDate } from './dates';

/**
 * The limits every stored value keeps, shared by the file checks, the database's write guard and
 * the forms (so a form can never store what a file would be refused for). Generous enough for
 * anything a head would type; tight enough that every screen, PDF and CSV can show it.
 */
export const LIMITS = {
  /** Ids are UUIDs (or derived from one, e.g. "<action id>:progress:1"). */
  idLength: 200,
  /** Names, titles, payees, references, e-mail addresses: one line. */
  shortText: 300,
  /** Notes, descriptions, details, reasons: free text. */
  longText: 20_000,
  /** Items in any list of ids, tags or criteria held by one record. */
  listItems: 1_000,
  /** One amount of money, either way (£10 million): beyond it no triad's budget goes. */
  entryPence: 10_000_000_00,
  /** Money recorded for one triad in one year, summed (£100 million). */
  yearPence: 100_000_000_00,
  /** The programme's plausible calendar: the earliest and latest year any date or year may be. */
  firstYear: 1990,
  lastYear: 2100,
  /** One evidence file, in bytes (100 MB). */
  evidenceBytes: 100 * 1024 * 1024,
} as const;

export const id = z.string().min(1).max(LIMITS.idLength);
export const nullableId = id.nullable();
export const idList = z.array(id).max(LIMITS.listItems);
/** An ISO date-time stamp as the app writes them (`2026-11-23T08:00:00.000Z`). */
export const stamp = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'is not a date and time');
/** A real calendar date (no 31 February) within the plausible range. */
export const isoDate = z
  .string()
  .refine(
    (value) => isValidIsoDate(value) && Number(value.slice(0, 4)) >= LIMITS.firstYear && Number(value.slice(0, 4)) <= LIMITS.lastYear,
    'is not a real date between 1990 and 2100',
  );
export const nullableDate = isoDate.nullable();
export const year = z.number().int().min(LIMITS.firstYear).max(LIMITS.lastYear);
/** Whole pence, at most £10 million either way. */
export const pence = z.number().int().min(-LIMITS.entryPence).max(LIMITS.entryPence);
export const shortText = z.string().max(LIMITS.shortText);
export const longText = z.string().max(LIMITS.longText);
export const textList = z.array(shortText).max(LIMITS.listItems);
/** A measured value (a percentage, a score): finite and of a size a table can show. */
export const measuredValue = z.number().min(-1_000_000).max(1_000_000);
export const order = z.number().int().min(-1_000_000).max(1_000_000);

/** The fields every record has. */
export const baseFields = { id, createdAt: stamp, updatedAt: stamp };

/** Why a text is too long for its field, or null: for forms, with the same limits as the files. */
export function tooLong(text: string, kind: 'shortText' | 'longText' = 'shortText'): string | null {
  const limit = LIMITS[kind];
  return text.length > limit ? `This is too long: keep it to ${limit.toLocaleString('en-GB')} characters or fewer.` : null;
}
