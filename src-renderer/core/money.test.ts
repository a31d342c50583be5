import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPounds, parsePounds, penceToPlain, sumPence } from './money';

describe('money', () => {
  it('formats pence as en-GB pounds', () => {
    expect(formatPounds(5_000_000)).toBe('£50,000.00');
    expect(formatPounds(1)).toBe('£0.01');
    expect(formatPounds(-1234)).toBe('-£12.34');
  });

  it('refuses fractional pence', () => {
    expect(() => formatPounds(1.5)).toThrow(/whole number of pence/);
  });

  it('parses what people type', () => {
    expect(parsePounds('£1,234.50')).toEqual({ ok: true, pence: 123_450 });
    expect(parsePounds('1234.5')).toEqual({ ok: true, pence: 123_450 });
    expect(parsePounds(' 12 ')).toEqual({ ok: true, pence: 1200 });
    expect(parsePounds('.5')).toEqual({ ok: true, pence: 50 });
    expect(parsePounds('0.10')).toEqual({ ok: true, pence: 10 });
    expect(parsePounds('(12.00)', { allowNegative: true })).toEqual({ ok: true, pence: -1200 });
  });

  it('explains bad amounts', () => {
    expect(parsePounds('')).toMatchObject({ ok: false, error: 'Enter an amount.' });
    expect(parsePounds('12.345')).toMatchObject({ ok: false, error: expect.stringMatching(/two decimal places/) });
    expect(parsePounds('abc')).toMatchObject({ ok: false, error: expect.stringMatching(/not an amount/) });
    expect(parsePounds('-5')).toMatchObject({ ok: false, error: expect.stringMatching(/negative/) });
    expect(parsePounds('1,23.00')).toMatchObject({ ok: false });
  });

  it('round-trips any amount through plain text exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (pence) => {
        expect(parsePounds(penceToPlain(pence), { allowNegative: true })).toEqual({ ok: true, pence });
      }),
    );
  });

  it('sums exactly where floating-point pounds would drift', () => {
    expect(sumPence([10, 20, 30])).toBe(60);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumPence([parsePounds('0.10'), parsePounds('0.20')].map((p) => (p.ok ? p.pence : 0)))).toBe(30);
  });
});
