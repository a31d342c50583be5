import { describe, expect, it } from 'vitest';
import { ALL_PLAN_SECTIONS, budgetPrintRoute, parseBudgetPrintQuery, parsePlanPrintQuery, pdfFileName, planPrintRoute, exportFileName, shortened, PDF_HEADER_MAX } from './plan-print';

describe('plan print routes', () => {
  it('round-trips the year and the chosen sections, in the document’s order', () => {
    const route = planPrintRoute({ scope: 2004, sections: ['signoff', 'cover', 'actions'] });
    expect(route).toBe('/print/plan?year=2004&sections=cover,actions,signoff');
    expect(parsePlanPrintQuery(route.split('?')[1]!)).toEqual({ scope: 2004, sections: ['cover', 'actions', 'signoff'] });
    expect(parsePlanPrintQuery('year=all')).toEqual({ scope: 'all', sections: ALL_PLAN_SECTIONS });
  });

  it('refuses a missing or odd year and ignores unknown sections', () => {
    expect(parsePlanPrintQuery('sections=cover')).toBeNull();
    expect(parsePlanPrintQuery('year=03')).toBeNull();
    expect(parsePlanPrintQuery('year=2003&sections=cover,script,budget')).toEqual({ scope: 2003, sections: ['cover', 'budget'] });
  });

  it('keeps the budget report’s calendar', () => {
    expect(budgetPrintRoute({ calendar: 'financial', year: 2004 })).toBe('/print/budget?calendar=financial&year=2004');
    expect(parseBudgetPrintQuery('calendar=financial&year=2004')).toEqual({ calendar: 'financial', year: 2004 });
    expect(parseBudgetPrintQuery('calendar=tax&year=2004')).toBeNull();
  });

  it('makes file names without characters a file system refuses', () => {
    expect(pdfFileName('Black Country Triad', 'Improvement Plan 2003/04')).toBe('Black Country Triad – Improvement Plan 2003-04.pdf');
  });

  it('shortens names of any length so no export is refused', () => {
    const long = 'Triad of the Black Country and Sandwell '.repeat(8).trim(); // over 300 characters
    expect(shortened(long, PDF_HEADER_MAX).length).toBeLessThanOrEqual(PDF_HEADER_MAX);
    expect(shortened(long, PDF_HEADER_MAX).endsWith('…')).toBe(true);
    const name = pdfFileName(long, 'Budget summary, 2003/04');
    expect(name.length).toBeLessThanOrEqual(160);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(exportFileName('triadreturn', `Return from ${long} 2026-11-30`)).toMatch(/^Return from Triad.*….triadreturn$/);
  });
});
