import { describe, expect, it } from 'vitest';
import { validateTriadForm, type TriadForm } from './triad';

const good: TriadForm = {
  name: 'Black Country Triad',
  localAuthority: 'Sandwell',
  cohort: 'Cohort 1, started 2003/04',
  firstYear: '2003',
  programmeYears: '3',
  annualAllocation: '£50,000.00',
  focus: 'Assessment for learning in writing',
};

describe('validateTriadForm', () => {
  it('turns the form into a record with money in pence', () => {
    const result = validateTriadForm(good);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ firstYear: 2003, programmeYears: 3, annualAllocationPence: 5_000_000 }),
    });
  });

  it('names every problem by field', () => {
    const result = validateTriadForm({ ...good, name: ' ', programmeYears: '0', annualAllocation: '12.345', firstYear: 'soon' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: 'Enter the triad’s name.',
      programmeYears: 'The programme must last between 1 and 10 years.',
      annualAllocation: '"12.345" has more than two decimal places.',
      firstYear: 'Choose the academic year the programme starts in.',
    });
  });
});
