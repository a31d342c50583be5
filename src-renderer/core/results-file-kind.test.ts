import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKs2Csv } from './ks2-results';
import { describeWrongKind, recogniseFileKind } from './results-file-kind';

const sample = (name: string) => readFileSync(new URL(`../../e2e/data/${name}`, import.meta.url), 'utf8');
const headerOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',').map((c) => c.replace(/^"|"$/g, ''));

describe('recogniseFileKind on the real samples', () => {
  it('knows the KS2 performance-tables file by its layout and columns', () => {
    expect(recogniseFileKind(headerOf(sample('ks2/ks2final-2018-19-sample.csv')))).toMatchObject({ kind: 'ks2-performance-tables' });
    expect(parseKs2Csv(sample('ks2/ks2final-2018-19-sample.csv')).ok).toBe(true);
  });
  it('refuses both register layouts, saying what they look like and what was expected', () => {
    for (const name of ['gias/gias-all-fields-sample.csv', 'gias/sandwell-lancashire-open-schools-2021.csv']) {
      const verdict = recogniseFileKind(headerOf(sample(name)));
      expect(verdict.kind, name).toBe('school-register');
      const parsed = parseKs2Csv(sample(name));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error).toMatch(/^This is not a KS2 results file\. It looks like a school register \(Get Information About Schools\): it has columns such as “/);
        expect(parsed.error).toMatch(/The app expected a DfE Key Stage 2 performance-tables file, with columns such as RECTYPE, URN, TELIG and PTREAD_EXP/);
      }
    }
    expect(describeWrongKind(recogniseFileKind(headerOf(sample('gias/gias-all-fields-sample.csv'))))).toContain('“EstablishmentName”');
  });
});

describe('recogniseFileKind on made-up files', () => {
  it('refuses a CFR finance file that also has URNs and percentage columns', () => {
    const finance = ['URN', 'LAEstab', 'School Name', 'I01 Funds delegated by the LA', 'E01 Teaching staff', 'Total Income', 'Total Expenditure', 'PTFSM'];
    expect(recogniseFileKind(finance)).toMatchObject({ kind: 'school-finance', evidence: expect.arrayContaining(['I01 Funds delegated by the LA']) });
    const text = `${finance.join(',')}\r\n100001,3332001,A School,100,200,300,250,23\r\n`;
    expect(parseKs2Csv(text)).toMatchObject({ ok: false, error: expect.stringMatching(/looks like a school finance file \(Consistent Financial Reporting, CFR\)/) });
  });
  it('refuses anything else, naming its columns', () => {
    expect(parseKs2Csv('Date,Payee,Amount\r\n01/02/2004,Supply cover,£300.00\r\n')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This is not a KS2 results file: its columns \(“Date”, “Payee”, “Amount”…\)/),
    });
  });
  it('takes an older KS2 layout with level 4 columns and no RECTYPE, by its pupil column', () => {
    expect(recogniseFileKind(['URN', 'SCHNAME', 'TOTPUPS', 'PTENGLEV4', 'PTMATLEV4'])).toMatchObject({ kind: 'ks2-performance-tables' });
    // A URN and percentages alone are not enough: a register extract could have them.
    expect(recogniseFileKind(['URN', 'SCHNAME', 'PTFSM']).kind).toBe('other');
  });
});
