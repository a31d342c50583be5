import { describe, expect, it } from 'vitest';
import {
  academicYearLabel,
  academicYearOf,
  currentProgrammeYear,
  financialYearLabel,
  financialYearOf,
  formatDate,
  isValidIsoDate,
  parseUkDate,
  programmeYearLabel,
  addDays,
  daysBetween,
} from './dates';

describe('dates', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2004-07-09')).toBe('09/07/2004');
  });

  it('parses British dates and rejects impossible ones', () => {
    expect(parseUkDate('9/7/2004')).toBe('2004-07-09');
    expect(parseUkDate('09-07-2004')).toBe('2004-07-09');
    expect(parseUkDate('2004-07-09')).toBe('2004-07-09');
    expect(parseUkDate('31/02/2004')).toBeNull();
    expect(parseUkDate('07/32/2004')).toBeNull();
    expect(isValidIsoDate('2004-02-29')).toBe(true);
    expect(isValidIsoDate('2003-02-29')).toBe(false);
  });

  it('names academic years from 1 September', () => {
    expect(academicYearLabel(2003)).toBe('2003/04');
    expect(academicYearLabel(2099)).toBe('2099/00');
    expect(academicYearOf('2003-08-31')).toBe(2002);
    expect(academicYearOf('2003-09-01')).toBe(2003);
  });

  it('names financial years from 1 April', () => {
    expect(financialYearLabel(2004)).toBe('2004-05');
    expect(financialYearOf('2005-03-31')).toBe(2004);
    expect(financialYearOf('2005-04-01')).toBe(2005);
  });

  it('labels and clamps programme years', () => {
    const triad = { firstYear: 2003, programmeYears: 3 };
    expect(programmeYearLabel(triad, 2004)).toBe('Year 2 (2004/05)');
    expect(currentProgrammeYear(triad, '2001-01-01')).toBe(2003);
    expect(currentProgrammeYear(triad, '2005-10-01')).toBe(2005);
    expect(currentProgrammeYear(triad, '2026-11-23')).toBe(2005);
  });

  it('counts days across month ends and clock changes', () => {
    expect(daysBetween('2004-03-27', '2004-03-29')).toBe(2);
    expect(addDays('2004-02-28', 2)).toBe('2004-03-01');
  });
});
