import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { summariseBudget } from './budget';
import {
  csvBytes,
  guessMapping,
  ledgerCsvName,
  unmappedLineCodes,
  ledgerToCsv,
  periodSlug,
  readCsv,
  summaryToCsv,
  validateLedgerImport,
  type CsvTable,
} from './budget-csv';
import type { BudgetLine, LedgerEntry } from './model';

const stamp = { createdAt: '2003-09-01T00:00:00Z', updatedAt: '2003-09-01T00:00:00Z' };
const lines: BudgetLine[] = [
  { id: 'supply', ...stamp, triadId: 't', name: 'Supply cover', order: 0, archived: false },
  { id: 'cpd', ...stamp, triadId: 't', name: 'CPD and training', order: 1, archived: false },
];
const names = { lines: { supply: 'Supply cover', cpd: 'CPD and training' }, schools: { s1: 'Hargate Primary School' }, actions: {} };
const programme = { start: '2003-09-01', end: '2006-08-31' };

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    id: crypto.randomUUID(), ...stamp, triadId: 't', year: 2003, kind: 'payment', date: '2003-10-01', payee: 'Supplier',
    description: '', amountPence: 100, budgetLineId: 'supply', actionId: null, schoolId: null, reference: '', status: 'paid',
    commitmentId: null, evidenceFileId: null, overrideReason: '', ...overrides,
  };
}

describe('ledger CSV export', () => {
  it('is UTF-8 with a BOM, CRLF, dd/mm/yyyy, pounds with two decimals and proper quoting', () => {
    const text = ledgerToCsv(
      [entry({ date: '2004-02-09', payee: 'Smith, Jones & Co', description: 'Said "thanks"\nthen left', amountPence: 123_456, schoolId: 's1' }), entry({ payee: '=HYPERLINK("x")' })],
      names,
    );
    const bytes = csvBytes(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('\r\n09/02/2004,Payment,Paid,"Smith, Jones & Co","Said ""thanks""\nthen left",1234.56,1234.56,0.00,,Supply cover,,Hargate Primary School,,\r\n');
    expect(text).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('summary CSV names the calendar and its rows add up', () => {
    const summary = summariseBudget({ allocationPence: 5_000_000, carriedInPence: 0, allocations: [], ledger: [entry({ amountPence: 250 })] });
    const text = summaryToCsv(summary, names, 'academic year 2003/04 (01/09/2003 to 31/08/2004)');
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]).toEqual(['academic year 2003/04 (01/09/2003 to 31/08/2004)', 'Total', 'Whole budget', '50000.00', '0.00', '0.00', '2.50', '49997.50']);
    // In the screen's order: by name, the unassigned row last, and every name in the Name column.
    expect(rows.filter((r) => r[1] === 'Budget line').map((r) => [r[2], r[6]])).toEqual([
      ['Supply cover', '2.50'],
      ['Not assigned (includes money not yet allocated)', '0.00'],
    ]);
  });

  it('has one row per commitment, so a spreadsheet’s sums of Spent and Still committed are the screen’s totals', () => {
    const order = entry({ kind: 'commitment', status: 'open', amountPence: 300_000, payee: 'University' });
    const paidOrder = entry({ kind: 'commitment', status: 'paid', amountPence: 50_000, payee: 'Books' });
    const ledger = [
      order,
      entry({ commitmentId: order.id, amountPence: 150_000, payee: 'University', date: '2003-11-15' }),
      paidOrder,
      entry({ commitmentId: paidOrder.id, amountPence: 50_000, payee: 'Books' }),
      entry({ amountPence: 12_345 }),
      entry({ amountPence: 80_000, status: 'cancelled' }),
      entry({ kind: 'commitment', status: 'open', amountPence: 45_000 }),
    ];
    const summary = summariseBudget({ allocationPence: 5_000_000, carriedInPence: 0, allocations: [], ledger });
    const rows = Papa.parse<Record<string, string>>(ledgerToCsv(ledger, names).slice(1), { header: true, skipEmptyLines: true }).data;
    const entries = rows.filter((r) => r['Type'] !== 'Total');
    const pence = (text: string | undefined) => Math.round(Number(text || '0') * 100);
    expect(entries).toHaveLength(5);
    expect(entries.reduce((t, r) => t + pence(r['Spent (£)']), 0)).toBe(summary.spentPence);
    expect(entries.reduce((t, r) => t + pence(r['Still committed (£)']), 0)).toBe(summary.committedPence);
    expect(entries.find((r) => r['Payee'] === 'University')).toMatchObject({ 'Amount (£)': '3000.00', 'Spent (£)': '1500.00', 'Still committed (£)': '1500.00', 'Payments against it': '15/11/2003 1500.00' });
    const total = rows.find((r) => r['Type'] === 'Total')!;
    expect([pence(total['Spent (£)']), pence(total['Still committed (£)'])]).toEqual([summary.spentPence, summary.committedPence]);
  });

  it('names the file for its period and filter', () => {
    expect(ledgerCsvName(periodSlug('academic', 2004))).toBe('ledger-2004-05-academic.csv');
    expect(ledgerCsvName(periodSlug('financial', 2003), ['Supply cover', 'paid'])).toBe('ledger-2003-04-financial-supply-cover-paid.csv');
    expect(ledgerCsvName(periodSlug('programme', 2003, 2005))).toBe('ledger-2003-06-programme.csv');
  });

  it('round trip: what is exported imports back as the same entries', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim() !== '' && !/^[=+\-@'\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            payee: text,
            description: fc.oneof(text, fc.constant('')),
            amountPence: fc.integer({ min: 1, max: 1_000_000_00 }),
            budgetLineId: fc.constantFrom('supply', 'cpd'),
            date: fc.constantFrom('2003-09-01', '2004-02-29', '2006-08-31'),
            kind: fc.constantFrom<'payment' | 'commitment'>('payment', 'commitment'),
            reference: fc.oneof(text, fc.constant('')),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (records) => {
          const entries = records.map((r) => entry({ ...r, status: r.kind === 'payment' ? 'paid' : 'open' }));
          const table = readCsv(csvBytes(ledgerToCsv(entries, names)));
          const result = validateLedgerImport({ table, mapping: guessMapping(table.headers), lines, programme });
          expect(result.ok).toBe(true);
          expect(result.rows.map((r) => ({ payee: r.payee, description: r.description, amountPence: r.amountPence, budgetLineId: r.budgetLineId, date: r.date, kind: r.kind, reference: r.reference }))).toEqual(records);
        },
      ),
    );
  });
});

describe('ledger CSV import validation', () => {
  const header = ['Transaction Date', 'Supplier', 'Details', 'Net', 'Cost centre', 'Invoice No'];
  const good = ['15/10/2003', 'Sandwell Supply', 'Cover for moderation', '1,250.00', 'Supply cover', 'INV-1'];
  function check(row: string[], headers = header): ReturnType<typeof validateLedgerImport> {
    const table: CsvTable = { headers, rows: [good, row] };
    return validateLedgerImport({ table, mapping: guessMapping(headers), lines, programme });
  }
  const messages = (r: ReturnType<typeof validateLedgerImport>) => (r.ok ? [] : r.problems.map((p) => p.message));

  it('guesses the mapping from common finance-system column names', () => {
    expect(guessMapping(header)).toEqual({ date: 0, payee: 1, description: 2, amount: 3, budgetLine: 4, reference: 5, kind: null, school: null, action: null });
  });

  it('accepts good rows', () => {
    const result = check(['31/08/2006', 'University', '', '99.5', 'cpd and training', '']);
    expect(result.ok).toBe(true);
    expect(result.rows[1]).toMatchObject({ row: 3, amountPence: 9950, budgetLineId: 'cpd', year: 2005 });
  });

  it.each([
    [['15/10/2003', 'A', '', '-12.00', 'Supply cover', ''], 'Row 3, Amount: The amount cannot be negative.'],
    [['15/10/2003', 'A', '', 'twelve', 'Supply cover', ''], 'Row 3, Amount: "twelve" is not an amount of money.'],
    [['15/10/2003', 'A', '', '12.345', 'Supply cover', ''], 'Row 3, Amount: "12.345" has more than two decimal places.'],
    [['2003-10-15', 'A', '', '12.00', 'Supply cover', ''], 'Row 3, Date: "2003-10-15" is not a date in the form dd/mm/yyyy.'],
    [['31/02/2004', 'A', '', '12.00', 'Supply cover', ''], 'Row 3, Date: "31/02/2004" is not a date in the form dd/mm/yyyy.'],
    [['01/09/2006', 'A', '', '12.00', 'Supply cover', ''], 'Row 3, Date: 01/09/2006 is outside the programme (01/09/2003 to 31/08/2006).'],
    [['15/10/2003', 'A', '', '12.00', 'Catering', ''], 'Row 3, Budget line: "Catering" is not one of the triad\'s budget lines: match it to one.'],
    [['15/10/2003', '', '', '12.00', 'Supply cover', ''], 'Row 3, Payee: the payee is missing.'],
    [['15/10/2003', 'A', '12.00', 'Supply cover'], 'Row 3 has 4 columns but the header has 6.'],
  ])('names the row and field for %j', (row, message) => {
    const result = check(row);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([message]);
  });

  it('refuses a file with the wrong columns', () => {
    const result = check(['a', 'b'], ['Name', 'Email']);
    expect(messages(result)).toEqual([
      'Choose the column that holds the date: the file has no column for it.',
      'Choose the column that holds the payee: the file has no column for it.',
      'Choose the column that holds the amount: the file has no column for it.',
      'Choose the column that holds the budget line or cost centre, or a default line for every row.',
    ]);
  });

  it('maps the finance system’s cost centres once, uses a default line, and reads school and action columns', () => {
    const headers = ['Date', 'Supplier', 'Net', 'Cost centre', 'School', 'Project'];
    const table: CsvTable = {
      headers,
      rows: [
        ['15/10/2003', 'Supply Co', '120.00', 'CC-410', '103895', 'Writing moderation'],
        ['16/10/2003', 'Books Ltd', '30.00', '', '', ''],
        ['17/10/2003', 'Venue', '50.00', 'CC-999', 'Nowhere School', 'Unknown'],
      ],
    };
    const mapping = guessMapping(headers);
    expect(unmappedLineCodes(table, mapping, lines, { 'cc-410': 'supply' })).toEqual(['CC-999']);
    const result = validateLedgerImport({
      table, mapping, lines, programme, defaultLineId: 'cpd', codeMap: { 'cc-410': 'supply' },
      schools: [{ id: 's2', name: 'Hamstead Junior School', urn: '103895', dfeNumber: '333/2015' }],
      actions: [{ id: 'a1', title: 'Writing moderation' }],
    });
    expect(result.rows.map((r) => [r.budgetLineId, r.schoolId, r.actionId])).toEqual([['supply', 's2', 'a1'], ['cpd', null, null]]);
    expect(messages(result)).toEqual([
      'Row 4, Budget line: "CC-999" is not one of the triad\'s budget lines: match it to one.',
      'Row 4, School (name, URN or LA number): "Nowhere School" is not one of the triad\'s schools.',
      'Row 4, Plan action: "Unknown" is not one of the plan\'s actions.',
    ]);
  });

  it('reads Windows-1252 files', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Date,Payee\r\n01/10/2003,Caf'), 0xe9, 0x0d, 0x0a]);
    expect(readCsv(bytes).rows).toEqual([['01/10/2003', 'Café']]);
  });
});
