import type { ActionStatus } from './model';

/** Action statuses as a head would say them. */
export const STATUS_WORDS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  complete: 'Complete',
};

/** The badge colour class for a status (shared `badge` styles). */
export const STATUS_TONE: Record<ActionStatus, string> = {
  'not-started': '',
  'on-track': 'good',
  'at-risk': 'warn',
  'off-track': 'bad',
  complete: 'good',
};

/** Moves an ISO date forward a whole number of years; 29 February becomes 28 February. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-');
  const year = Number(y) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === '02' && d === '29' && !leap ? '28' : d;
  return `${String(year).padStart(4, '0')}-${m}-${day}`;
}
