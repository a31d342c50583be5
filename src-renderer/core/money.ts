/** Money is integer pence everywhere; these are the only places it meets text. */

const poundsFormat = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function assertPence(pence: number): void {
  if (!Number.isSafeInteger(pence)) {
    throw new RangeError(`Money must be a whole number of pence, not ${String(pence)}.`);
  }
}

/** 5000000 → "£50,000.00"; -1234 → "-£12.34". */
export function formatPounds(pence: number): string {
  assertPence(pence);
  return poundsFormat.format(pence / 100);
}

/** 123456 → "1234.56" (for CSV and inputs: no symbol, no thousands separator). */
export function penceToPlain(pence: number): string {
  assertPence(pence);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${pounds}.${rest.toString().padStart(2, '0')}`;
}

export type ParsedMoney = { ok: true; pence: number } | { ok: false; error: string };

/**
 * Parses what a person types or a spreadsheet holds: "£1,234.50", "1234.5", "-12", "(12.00)".
 * Works on the digits as text so no floating-point rounding ever touches the amount.
 */
export function parsePounds(input: string, options: { allowNegative?: boolean } = {}): ParsedMoney {
  let text = input.trim().replace(/\s/g, '');
  if (text === '') return { ok: false, error: 'Enter an amount.' };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  }
  text = text.replace(/^£/, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$|^\.\d+$/.test(text)) {
    return { ok: false, error: `"${input.trim()}" is not an amount of money.` };
  }
  const [whole = '', fraction = ''] = text.replace(/,/g, '').split('.');
  if (fraction.length > 2) {
    return { ok: false, error: `"${input.trim()}" has more than two decimal places.` };
  }
  const pence = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(pence)) return { ok: false, error: 'That amount is too large.' };
  if (negative && !(options.allowNegative ?? false)) {
    return { ok: false, error: 'The amount cannot be negative.' };
  }
  return { ok: true, pence: negative && pence !== 0 ? -pence : pence };
}

export function sumPence(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) {
    assertPence(value);
    total += value;
  }
  assertPence(total);
  return total;
}
