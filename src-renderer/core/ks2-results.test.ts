import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eligiblePupilsColumn, guessResultsYear, parseKs2Csv, parseKs2Value, planKs2Import, replacesStored, resultsYearFromFile, type Ks2File } from './ks2-results';

const samplePath = new URL('../../e2e/data/ks2/ks2final-2018-19-sample.csv', import.meta.url);

function parsed(text: string): Ks2File {
  const result = parseKs2Csv(text);
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

const measures = [
  { id: 'read', name: 'Reading', unit: 'percent' as const },
  { id: 'maths', name: 'Maths', unit: 'percent' as const },
  { id: 'avg', name: 'Reading average score', unit: 'number' as const },
];

describe('parseKs2Value', () => {
  it('reads percentages written with and without %', () => {
    expect(parseKs2Value('63%')).toEqual({ kind: 'value', value: 63 });
    expect(parseKs2Value('63')).toEqual({ kind: 'value', value: 63 });
    expect(parseKs2Value('104.5')).toEqual({ kind: 'value', value: 104.5 });
    expect(parseKs2Value('0%')).toEqual({ kind: 'value', value: 0 });
  });
  it('treats every suppression and missing marker as missing, never 0', () => {
    for (const raw of ['SUPP', 'NA', 'NE', 'NEW', 'LOWCOV', 'x', 'X', '', ' ', undefined]) {
      expect(parseKs2Value(raw).kind, String(raw)).toBe('missing');
    }
    expect(parseKs2Value('SUPP')).toEqual({ kind: 'missing', reason: 'suppressed (SUPP) to protect small groups' });
  });
  it('calls anything else unreadable', () => {
    expect(parseKs2Value('sixty')).toEqual({ kind: 'invalid', reason: '“sixty” is not a number' });
  });
});

describe('parseKs2Csv on the real sample file', () => {
  const text = readFileSync(samplePath, 'utf8');
  it('reads 318 columns and 12 school rows, with the BOM removed from the first column', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const file = parsed(text);
    expect(file.columns).toHaveLength(318);
    expect(file.columns[0]).toBe('RECTYPE');
    expect(file.schoolRows).toHaveLength(12);
    expect(file.summaryRows).toBe(0);
    expect(file.schoolRows[0]).toMatchObject({ line: 2, urn: '115851', schoolName: 'Anstey Junior School', rectype: '1' });
    expect(file.schoolRows[0]!.cells.PTREAD_EXP).toBe('78%');
  });
  it('plans results for the schools it finds by URN', () => {
    const file = parsed(text);
    const plan = planKs2Import({
      file,
      schools: [
        { id: 's1', name: 'Anstey', urn: '115851' },
        { id: 's2', name: 'Knightwood', urn: '131717' },
        { id: 's3', name: 'Elsewhere', urn: '999999' },
      ],
      measures,
      mapping: [
        { column: 'PTREAD_EXP', measureId: 'read' },
        { column: 'PTMAT_EXP', measureId: 'maths' },
      ],
      year: 2019,
      pupilsColumn: eligiblePupilsColumn(file.columns),
      currentValue: (schoolId, measureId) => (schoolId === 's1' && measureId === 'read' ? 70 : null),
    });
    expect(plan.results).toEqual([
      { schoolId: 's1', measureId: 'read', year: 2019, value: 78, column: 'PTREAD_EXP', eligiblePupils: 60, current: 70 },
      { schoolId: 's1', measureId: 'maths', year: 2019, value: 83, column: 'PTMAT_EXP', eligiblePupils: 60, current: null },
      { schoolId: 's2', measureId: 'read', year: 2019, value: 85, column: 'PTREAD_EXP', eligiblePupils: 61, current: null },
      { schoolId: 's2', measureId: 'maths', year: 2019, value: 90, column: 'PTMAT_EXP', eligiblePupils: 61, current: null },
    ]);
    expect(plan.results.filter(replacesStored)).toHaveLength(1);
    expect(plan.schoolsMissing).toEqual([{ school: { id: 's3', name: 'Elsewhere', urn: '999999' }, reason: 'URN 999999 is not in this file' }]);
    expect(plan.otherSchoolRows).toBe(10);
  });
});

describe('parseKs2Csv quirks', () => {
  const header = '\uFEFFRECTYPE,LEA,URN,SCHNAME,PTREAD_EXP,PTMAT_EXP,READ_AVERAGE';
  const lines = [
    header,
    '1,850,100001,"School, with a comma",63%,SUPP,104.5',
    '1,850,100002,Second School,NE, ,x',
    '2,850,100003,Special School,LOWCOV,NEW,',
    '1,850,100004,Odd School,120%,sixty,NA',
    '3,850,,,71%',
    '4,,,,75%',
    '5,,',
  ];
  const text = lines.join('\r\n') + '\r\n';
  const schools = ['100001', '100002', '100003', '100004'].map((urn, i) => ({ id: `s${i + 1}`, name: `School ${i + 1}`, urn }));
  const mapping = [
    { column: 'PTREAD_EXP', measureId: 'read' },
    { column: 'PTMAT_EXP', measureId: 'maths' },
    { column: 'READ_AVERAGE', measureId: 'avg' },
  ];

  it('ignores summary rows with fewer fields and keeps special schools', () => {
    const file = parsed(text);
    expect(file.summaryRows).toBe(3);
    expect(file.schoolRows.map((r) => r.urn)).toEqual(['100001', '100002', '100003', '100004']);
    expect(file.schoolRows[0]!.schoolName).toBe('School, with a comma');
    expect(file.columns[0]).toBe('RECTYPE');
  });

  it('takes values, reports every skipped one with its reason, and never writes 0 for missing', () => {
    const plan = planKs2Import({ file: parsed(text), schools, measures, mapping, year: 2019 });
    expect(plan.results.map((r) => [r.schoolId, r.measureId, r.value])).toEqual([
      ['s1', 'read', 63],
      ['s1', 'avg', 104.5],
    ]);
    expect(plan.skipped.map((s) => `${s.schoolName}/${s.column}: ${s.reason}`)).toEqual([
      'School 1/PTMAT_EXP: suppressed (SUPP) to protect small groups',
      'School 2/PTREAD_EXP: no entries (NE)',
      'School 2/PTMAT_EXP: blank',
      'School 2/READ_AVERAGE: not published (x)',
      'School 3/PTREAD_EXP: too few pupils covered (LOWCOV)',
      'School 3/PTMAT_EXP: a new school with no results yet (NEW)',
      'School 3/READ_AVERAGE: blank',
      'School 4/PTREAD_EXP: 120 is outside 0–100%',
      'School 4/PTMAT_EXP: “sixty” is not a number',
      'School 4/READ_AVERAGE: not applicable (NA)',
    ]);
    expect(plan.results.some((r) => r.value === 0)).toBe(false);
  });

  it('refuses files that are not KS2 tables, with a clear message', () => {
    expect(parseKs2Csv('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseKs2Csv('Name,Amount\r\nA,1')).toMatchObject({ ok: false, error: expect.stringMatching(/^This is not a KS2 results file: its columns \(“Name”, “Amount”…\)/) });
    expect(parseKs2Csv('PK\u0003\u0004\u0000\u0000binary')).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) });
    expect(parseKs2Csv('RECTYPE,URN,PTREAD_EXP\r\n')).toMatchObject({ ok: false, error: expect.stringMatching(/no school rows/) });
  });

  it('reports a school with no URN and a mapped column the file lacks', () => {
    const plan = planKs2Import({
      file: parsed(text),
      schools: [{ id: 'n', name: 'No URN', urn: ' ' }, schools[0]!],
      measures,
      mapping: [{ column: 'PTSCITA_EXP', measureId: 'read' }],
      year: 2019,
    });
    expect(plan.schoolsMissing[0]!.reason).toBe('no URN is recorded for this school');
    expect(plan.skipped[0]!.reason).toBe('the row has no PTSCITA_EXP value');
  });
});

describe('guessResultsYear', () => {
  it('names results by the summer of the academic year in the file name', () => {
    expect(guessResultsYear('ks2final-2018-19-sample.csv')).toBe(2019);
    expect(guessResultsYear('2003_04_ks2.csv')).toBe(2004);
    expect(guessResultsYear('results.csv')).toBeNull();
  });
});

describe('resultsYearFromFile', () => {
  it('takes the year from a year column, else the name, and never invents one', () => {
    const withColumn = parsed('RECTYPE,URN,TIME_PERIOD,PTREAD_EXP\r\n1,100001,200304,63%\r\n1,100002,200304,70%\r\n');
    expect(resultsYearFromFile(withColumn, 'results.csv')).toEqual({ year: 2004, from: 'column', column: 'TIME_PERIOD' });
    const mixed = parsed('RECTYPE,URN,YEAR,PTREAD_EXP\r\n1,100001,2003,63%\r\n1,100002,2004,70%\r\n');
    expect(resultsYearFromFile(mixed, 'ks2-2003-04.csv')).toMatchObject({ year: null, why: expect.stringMatching(/more than one year/) });
    const plain = parsed('RECTYPE,URN,PTREAD_EXP\r\n1,100001,63%\r\n');
    expect(resultsYearFromFile(plain, 'ks2final-2018-19-sample.csv')).toEqual({ year: 2019, from: 'name' });
    expect(resultsYearFromFile(plain, 'results.csv')).toMatchObject({ year: null });
  });
});

describe('era checks in the import', () => {
  it('refuses level 4+ measures for expected-standard years and any KS2 measure for 2020 and 2021', () => {
    const file = parsed('RECTYPE,URN,PTREAD_EXP\r\n1,100001,63%\r\n');
    const args = { file, schools: [{ id: 's', name: 'S', urn: '100001' }], mapping: [{ column: 'PTREAD_EXP', measureId: 'l4' }] };
    const level4 = [{ id: 'l4', name: 'KS2 % level 4+ in English', unit: 'percent' as const }];
    const refused = planKs2Import({ ...args, measures: level4, year: 2019 });
    expect(refused.results).toEqual([]);
    expect(refused.skipped[0]!.reason).toMatch(/level 4\+ measure, reported only up to 2015/);
    expect(planKs2Import({ ...args, measures: level4, year: 2010 }).results).toHaveLength(1);
    const expected = [{ id: 'l4', name: 'KS2 % meeting the expected standard in reading', unit: 'percent' as const }];
    expect(planKs2Import({ ...args, measures: expected, year: 2021 }).skipped[0]!.reason).toMatch(/no KS2 tests in 2021/);
  });
});

describe('linked establishments', () => {
  it('offers a predecessor’s row when the school’s own URN is not in the file, and takes it only when chosen', () => {
    const file = parsed('RECTYPE,URN,SCHNAME,PTREAD_EXP\r\n1,100900,Old Board School,64%\r\n');
    const school = { id: 's', name: 'Hamstead Academy', urn: '140001', links: [{ urn: '100900', relation: 'predecessor' as const, name: 'Old Board School' }] };
    const args = { file, schools: [school], measures: [{ id: 'r', name: 'Reading', unit: 'percent' as const }], mapping: [{ column: 'PTREAD_EXP', measureId: 'r' }], year: 2010 };
    const offered = planKs2Import(args);
    expect(offered.results).toEqual([]);
    expect(offered.linkOffers).toEqual([{ school, link: school.links[0] }]);
    expect(offered.schoolsMissing[0]!.reason).toBe('URN 140001 is not in this file, but its predecessor Old Board School (URN 100900) is: choose whether to take those results');
    const taken = planKs2Import({ ...args, linkedChoices: { s: '100900' } });
    expect(taken.results).toMatchObject([{ schoolId: 's', value: 64 }]);
    expect(taken.takenFromLinks).toHaveLength(1);
    expect(taken.otherSchoolRows).toBe(0);
  });
});
