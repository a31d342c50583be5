import { describe, expect, it } from 'vitest';
import { ALL_PLAN_SECTIONS, budgetPrintRoute, parseBudgetPrintQuery, parsePlanPrintQuery, pdfFileName, planPrintRoute } from './plan-print';

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
});
