import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber } from './csv-cell';
import { rollupCsv, type Rollup } from './rollup';
import { ledgerToCsv } from './budget-csv';
import type { LedgerEntry } from './model';

const FORMULAS = ["=SUM(A1)", "+1+cmd|' /C calc'!A0", "-1+HYPERLINK(\"http://x\")", '@SUM(1)', '\tTAB', '\rCR', '-2', '+44 121 555 0100'];

describe('the one CSV cell encoder', () => {
  it('neutralises every text that starts like a formula, digits or not', () => {
    for (const text of FORMULAS) expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(csvNumber('-1250.50'))).toBe('-1250.50');
    expect(csvCell(csvNumber('=1'))).toBe("'=1");
  });

  it('is used by the ledger and the roll-up exports alike', () => {
    const entry = { payee: "+1+cmd|' /C calc'!A0", description: '-1+HYPERLINK("x")', amountPence: -500, date: '2003-10-01', kind: 'payment', status: 'paid', budgetLineId: 'l', actionId: null, schoolId: null, reference: '@x', overrideReason: '' } as unknown as LedgerEntry;
    const ledger = ledgerToCsv([entry], { lines: {}, actions: {}, schools: {} });
    expect(ledger).toContain("'+1+cmd");
    expect(ledger).toContain(`"'-1+HYPERLINK(""x"")"`);
    expect(ledger).toContain(',-5.00,');
    const rollup = {
      triads: [{ cohort: '-1+HYPERLINK("x")', triad: "+1+cmd|' /C calc'!A0", localAuthority: '@a', allocationPence: 100, committedPence: 0, spentPence: 0, remainingPence: -100 }],
      schools: [],
      cohorts: [],
      overall: { cohort: 'All', triads: 1, schools: 0, withResults: 0, improved: 0, improvedPercent: null, aboveThreshold: 0, aboveThresholdPercent: null },
      thresholdText: '15 points',
    } as unknown as Rollup;
    const text = rollupCsv(rollup);
    expect(text).toContain(`"'-1+HYPERLINK(""x"")"`);
    expect(text).toContain("'+1+cmd");
    expect(text).toContain(',-1.00');
  });
});
