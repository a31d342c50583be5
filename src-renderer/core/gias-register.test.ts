// Tests run in Node and read the real public sample files from disk.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BINARY_FILE,
  EMPTY_FILE,
  NOT_A_REGISTER,
  decodeRegisterBytes,
  describeReport,
  filterRegister,
  parseRegister,
  parseRegisterDate,
  registerAuthorities,
  registerPhases,
  type RegisterParseResult,
} from './gias-register';

const sample = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../e2e/data/gias/${name}`, import.meta.url))));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Encodes text as Windows-1252 (the characters used here are all Latin-1), as a full GIAS download is. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code > 255) throw new Error(`not in Windows-1252 test range: ${c}`);
    return code;
  }));
}

function ok(result: RegisterParseResult) {
  if (!result.ok) throw new Error(`expected a register, got: ${result.error}`);
  return result;
}

const OFFICIAL_HEADER =
  '"URN","LA (code)","LA (name)","EstablishmentNumber","EstablishmentName","TypeOfEstablishment (name)","EstablishmentStatus (name)","OpenDate","CloseDate","PhaseOfEducation (name)","Street","Locality","Town","Postcode","TelephoneNum","HeadTitle (name)","HeadFirstName","HeadLastName"';

describe('decoding the bytes', () => {
  it('reads UTF-8 with a byte-order mark as UTF-8 and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('URN,Name\n1,St Thomas à Becket')]);
    const decoded = decodeRegisterBytes(bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text).toBe('URN,Name\n1,St Thomas à Becket');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    const decoded = decodeRegisterBytes(windows1252('St Thomas à Becket – ‘x’'.replace(/[–‘’]/g, '-')));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('St Thomas à Becket - -x-');
  });

  it('reads Windows-1252 curly quotes (bytes 0x91–0x94) as the right characters', () => {
    const decoded = decodeRegisterBytes(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x92]));
    expect(decoded.text).toBe('“A” ’');
  });
});

describe('parseRegisterDate', () => {
  it('reads dd-mm-yyyy and ISO dates', () => {
    expect(parseRegisterDate('31-08-1992')).toBe('1992-08-31');
    expect(parseRegisterDate('2021-09-16')).toBe('2021-09-16');
  });
  it('treats the 01-01-1900 placeholder, blanks and nonsense as no date', () => {
    expect(parseRegisterDate('01-01-1900')).toBeNull();
    expect(parseRegisterDate('')).toBeNull();
    expect(parseRegisterDate('31-02-2004')).toBeNull();
    expect(parseRegisterDate('soon')).toBeNull();
  });
});

describe('parseRegister on hand-built files', () => {
  it('reads a Windows-1252 file with an accented name', () => {
    const file = windows1252(
      `${OFFICIAL_HEADER}\r\n137000,"333","Sandwell","3300","St Thomas à Becket Catholic Primary School","Voluntary aided school","Open","01-01-1900","","Primary","Ash Road","","Walsall","WS1 1AA","01215550000","Mrs","Zoë","O'Brien"\r\n`,
    );
    const result = ok(parseRegister(file));
    expect(result.report.encoding).toBe('windows-1252');
    expect(result.schools[0]!.name).toBe('St Thomas à Becket Catholic Primary School');
    expect(result.schools[0]!.headTeacher).toBe('Mrs Zoë O\'Brien');
    expect(result.schools[0]!.dfeNumber).toBe('333/3300');
    expect(result.schools[0]!.openDate).toBeNull();
    expect(describeReport(result.report).join(' ')).toContain('Windows-1252');
  });

  it('reads UTF-8 with a BOM: the first column is still found as URN', () => {
    const file = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('URN,EstablishmentName,LA (code),EstablishmentNumber\n103905,Hargate Primary School,333,2041\n')]);
    const result = ok(parseRegister(file));
    expect(result.report.encoding).toBe('utf-8-bom');
    expect(result.schools).toMatchObject([{ urn: '103905', name: 'Hargate Primary School', dfeNumber: '333/2041' }]);
  });

  it('keeps rows with more fields than the header, reading the named columns', () => {
    const file = utf8(
      `${OFFICIAL_HEADER}\n103895,"333","Sandwell","2015","Hamstead Junior School","Community school","Open","","","Primary","Hamstead Road","Great Barr","Birmingham","B43 5BE","","","","","Linked establishments","Successor","140001"\n`,
    );
    const result = ok(parseRegister(file));
    expect(result.report).toMatchObject({ rowsRead: 1, rowsKept: 1, overlongRows: 1 });
    expect(result.schools[0]).toMatchObject({ name: 'Hamstead Junior School', postcode: 'B43 5BE', address: 'Hamstead Road, Great Barr, Birmingham' });
  });

  it('keeps quoted commas inside a field and copes with CRLF line endings', () => {
    const file = utf8('URN,EstablishmentName,Street,Town\r\n100001,"Smith, Jones and Partners School","1, High Street",Oldbury\r\n100002,Plain School,,Tipton\r\n');
    const result = ok(parseRegister(file));
    expect(result.schools.map((s) => s.name)).toEqual(['Smith, Jones and Partners School', 'Plain School']);
    expect(result.schools[0]!.address).toBe('1, High Street, Oldbury');
    expect(result.schools[1]!.address).toBe('Tipton');
  });

  it('reads dd-mm-yyyy dates and the 01-01-1900 placeholder as no date', () => {
    const file = utf8('URN,EstablishmentName,OpenDate,CloseDate\n100004,Sherborne Nursery School,01-01-1900,31-08-1992\n');
    const result = ok(parseRegister(file));
    expect(result.schools[0]).toMatchObject({ openDate: null, closeDate: '1992-08-31' });
  });

  it('reads an extract with only the "(name)" columns', () => {
    const file = utf8('"URN","LA (name)","EstablishmentName","PhaseOfEducation (name)","EstablishmentStatus (name)"\n103905,"Sandwell","Hargate Primary School","Primary","Open"\n');
    const result = ok(parseRegister(file));
    expect(result.schools[0]).toMatchObject({ laName: 'Sandwell', phase: 'Primary', status: 'Open', dfeNumber: '' });
  });

  it('explains every skipped row: no URN, a bad URN, no name, a repeated URN', () => {
    const file = utf8('URN,EstablishmentName\n103905,Hargate\n,No URN School\nabc,Letters\n103906,\n103905,Hargate again\n\n103907,Last\n');
    const result = ok(parseRegister(file));
    expect(result.report.rowsRead).toBe(6);
    expect(result.report.rowsKept).toBe(2);
    expect(result.report.skipped).toEqual([
      { row: 3, reason: 'no URN' },
      { row: 4, reason: 'the URN "abc" is not a number' },
      { row: 5, reason: 'URN 103906 has no school name' },
      { row: 6, reason: 'URN 103905 appears again (first on row 2)' },
    ]);
  });

  it('reports progress as it reads a large file and finishes at 100%', () => {
    const lines = ['URN,EstablishmentName,LA (code),LA (name),PhaseOfEducation (name)'];
    for (let i = 0; i < 50_000; i += 1) lines.push(`${100000 + i},"School number ${i}, somewhere",333,Sandwell,Primary`);
    const progress: number[] = [];
    const result = ok(parseRegister(utf8(lines.join('\r\n')), (f) => progress.push(f)));
    expect(result.report.rowsKept).toBe(50_000);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});

describe('files that are not registers', () => {
  it('refuses a CSV with no URN or name columns', () => {
    expect(parseRegister(utf8('Date,Payee,Amount\n01/09/2003,Supply cover,120.00\n'))).toEqual({ ok: false, error: NOT_A_REGISTER });
  });
  it('refuses an empty file and a file of blank lines', () => {
    expect(parseRegister(new Uint8Array())).toEqual({ ok: false, error: EMPTY_FILE });
    expect(parseRegister(utf8('\r\n\r\n  \n'))).toEqual({ ok: false, error: EMPTY_FILE });
  });
  it('refuses a header with no rows', () => {
    expect(parseRegister(utf8('URN,EstablishmentName\r\n'))).toEqual({ ok: false, error: EMPTY_FILE });
  });
  it('refuses a binary file', () => {
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    expect(parseRegister(zipLike)).toEqual({ ok: false, error: BINARY_FILE });
  });
});

describe('the real register samples', () => {
  it('reads the official all-fields layout', () => {
    const result = ok(parseRegister(sample('gias-all-fields-sample.csv')));
    expect(result.report).toMatchObject({ rowsRead: 2, rowsKept: 2, skipped: [] });
    expect(result.schools[0]).toMatchObject({
      urn: '100000',
      laCode: '201',
      laName: 'City of London',
      dfeNumber: '201/3614',
      name: 'The Aldgate School',
      phase: 'Primary',
      type: 'Voluntary aided school',
      status: 'Open',
      address: "St James's Passage, Duke's Place, London",
      postcode: 'EC3A 5DE',
      phone: '02072831147',
      headTeacher: 'Miss Alexandra Allan',
      openDate: null,
      closeDate: null,
    });
    expect(result.schools[1]).toMatchObject({ name: 'Sherborne Nursery School', status: 'Closed', closeDate: '1992-08-31' });
  });

  it('reads the Sandwell and Lancashire extract, with its own column names, and names each authority', () => {
    const result = ok(parseRegister(sample('sandwell-lancashire-open-schools-2021.csv')));
    expect(result.report.rowsRead).toBe(678);
    expect(result.report.rowsKept + result.report.skipped.length).toBe(678);
    const hamstead = result.schools.find((s) => s.urn === '103895');
    expect(hamstead).toMatchObject({
      name: 'Hamstead Junior School',
      dfeNumber: '333/2015',
      laCode: '333',
      laName: 'Sandwell',
      phase: 'Primary',
      postcode: 'B43 5BE',
      address: 'Hamstead Road, Great Barr, Birmingham, West Midlands',
    });
    expect(registerAuthorities(result.schools)).toEqual([
      { code: '888', name: 'Lancashire' },
      { code: '333', name: 'Sandwell' },
    ]);
    expect(registerPhases(result.schools)).toContain('Primary');
    const sandwellPrimary = filterRegister(result.schools, { laCode: '333', phase: 'Primary', search: '' });
    expect(sandwellPrimary.length).toBeGreaterThan(50);
    expect(sandwellPrimary.every((s) => s.laCode === '333' && s.phase === 'Primary')).toBe(true);
    expect(filterRegister(result.schools, { laCode: '333', phase: 'Primary', search: 'hamstead' }).map((s) => s.urn)).toEqual(['103895', '103896']);
    expect(filterRegister(result.schools, { laCode: '', phase: '', search: '103905' }).map((s) => s.name)).toEqual(['Hargate Primary School']);
  });
});

describe('closed schools and their links', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  it('marks closed schools and reads predecessor and successor links in either layout', () => {
    const text = [
      'URN,EstablishmentName,EstablishmentStatus (name),CloseDate,LinkURN,LinkName,LinkType',
      '100001,Hamstead Junior School,Closed,31-08-2012,140001,Hamstead Academy,Successor',
      '100001,Hamstead Junior School,Closed,31-08-2012,100900,Hamstead Old Board School,Predecessor',
      '140001,Hamstead Academy,Open,,100001,Hamstead Junior School,Predecessor - amalgamated',
      '100002,Hargate Primary School,"Open, but proposed to close",,,,',
      '100003,Great Bridge Primary,Open,,,,',
    ].join('\r\n');
    const parsed = parseRegister(encode(text));
    if (!parsed.ok) throw new Error(parsed.error);
    const byUrn = new Map(parsed.schools.map((s) => [s.urn, s]));
    expect(byUrn.get('100001')).toMatchObject({
      closed: true,
      links: [{ urn: '140001', relation: 'successor', name: 'Hamstead Academy' }, { urn: '100900', relation: 'predecessor', name: 'Hamstead Old Board School' }],
    });
    expect(byUrn.get('140001')).toMatchObject({ closed: false, links: [{ urn: '100001', relation: 'predecessor' }] });
    expect(byUrn.get('100002')!.closed).toBe(true);
    expect(byUrn.get('100003')).toMatchObject({ closed: false, links: [] });
    expect(parsed.schools).toHaveLength(4);
  });
  it('reads links spilling into fields past the header', () => {
    const text = 'URN,EstablishmentName,EstablishmentStatus (name)\r\n100001,Old School,Closed,Successor: 140001 New Academy\r\n';
    const parsed = parseRegister(encode(text));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.schools[0]).toMatchObject({ closed: true, links: [{ urn: '140001', relation: 'successor', name: 'New Academy' }] });
  });
  it('marks the closed schools on the real all-fields sample by status', () => {
    const bytes = readFileSync(new URL('../../e2e/data/gias/gias-all-fields-sample.csv', import.meta.url));
    const parsed = parseRegister(new Uint8Array(bytes));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.schools.map((s) => [s.status, s.closed])).toEqual(parsed.schools.map((s) => [s.status, /closed/i.test(s.status)]));
  });
});
