/**
 * Calendar helpers. Dates are stored as ISO `YYYY-MM-DD` strings and shown as `dd/mm/yyyy`.
 * Working on the strings (not `Date` objects) keeps time zones and daylight saving out of it.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2004-07-09" → "09/07/2004". */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** "9/7/2004", "09/07/2004", "09-07-2004" or "2004-07-09" → "2004-07-09"; null if not a real date. */
export function parseUkDate(input: string): string | null {
  const text = input.trim();
  if (isValidIsoDate(text)) return text;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}

// ---- Academic year: 1 September to 31 August, named "2003/04" ----

/** 2003 → "2003/04". */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The academic year (by its start year) a date falls in: 2004-07-09 → 2003. */
export function academicYearOf(iso: string): number {
  const [y, m] = iso.split('-').map(Number);
  return m! >= 9 ? y! : y! - 1;
}

export function academicYearRange(startYear: number): { start: string; end: string } {
  return { start: `${startYear}-09-01`, end: `${startYear + 1}-08-31` };
}

// ---- Financial year: 1 April to 31 March, named "2004-05" ----

export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function financialYearOf(iso: string): number {
  const [y, m] = iso.split('-').map(Number);
  return m! >= 4 ? y! : y! - 1;
}

export function financialYearRange(startYear: number): { start: string; end: string } {
  return { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

export function isWithin(iso: string, range: { start: string; end: string }): boolean {
  return iso >= range.start && iso <= range.end;
}

// ---- Programme years ----

export interface ProgrammeShape {
  firstYear: number;
  programmeYears: number;
}

/** The academic start years of the programme: firstYear, firstYear+1, … */
export function programmeYearList(triad: ProgrammeShape): number[] {
  return Array.from({ length: triad.programmeYears }, (_, i) => triad.firstYear + i);
}

/** "Year 2 (2004/05)". */
export function programmeYearLabel(triad: ProgrammeShape, academicYear: number): string {
  return `Year ${academicYear - triad.firstYear + 1} (${academicYearLabel(academicYear)})`;
}

/** The programme year today falls in, clamped to the programme. */
export function currentProgrammeYear(triad: ProgrammeShape, today: string = todayIso()): number {
  const year = academicYearOf(today);
  const last = triad.firstYear + triad.programmeYears - 1;
  return Math.min(Math.max(year, triad.firstYear), last);
}

export function programmeRange(triad: ProgrammeShape): { start: string; end: string } {
  return {
    start: academicYearRange(triad.firstYear).start,
    end: academicYearRange(triad.firstYear + triad.programmeYears - 1).end,
  };
}
