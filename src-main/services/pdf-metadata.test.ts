import { describe, expect, it } from 'vitest';
import { pdfTextString, withDocumentInfo } from './pdf-metadata';

/** A minimal PDF as Chromium lays it out: objects, a classic cross-reference table and a trailer. */
function tinyPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /Title (Plan) /Producer (Skia/PDF) >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size 4 /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

describe('withDocumentInfo', () => {
  it('adds the author and subject as an incremental update, keeping the title and the original bytes', () => {
    const pdf = tinyPdf();
    const out = withDocumentInfo(pdf, { author: 'Łódź Triad', subject: 'Triad Improvement Plan 2003/04' });
    expect(Buffer.from(out.subarray(0, pdf.byteLength)).equals(Buffer.from(pdf))).toBe(true);
    const update = Buffer.from(out.subarray(pdf.byteLength)).toString('latin1');
    expect(update).toContain(`4 0 obj\n<< /Title (Plan) /Producer (Skia/PDF) /Author ${pdfTextString('Łódź Triad')} /Subject ${pdfTextString('Triad Improvement Plan 2003/04')} >>`);
    expect(update).toMatch(/trailer\n<< \/Size 5 \/Root 1 0 R \/Info 4 0 R \/Prev \d+ >>\nstartxref\n\d+\n%%EOF\n$/);
    // The new cross-reference entry points at the new object.
    const offset = Number(/\n4 1\n(\d{10}) 00000 n/.exec(update)![1]);
    expect(Buffer.from(out).toString('latin1').slice(offset, offset + 7)).toBe('4 0 obj');
  });

  it('repairs a bookmark title written twice over', () => {
    const base = Buffer.from(tinyPdf()).toString('latin1').replace('<< /Title (Plan) /Producer (Skia/PDF) >>', '<< /Title (Sign-offSign-off) /Parent 1 0 R >>');
    const pdf = new Uint8Array(Buffer.from(base, 'latin1'));
    const update = Buffer.from(withDocumentInfo(pdf, {}).subarray(pdf.byteLength)).toString('latin1');
    expect(update).toContain(`3 0 obj\n<< /Title ${pdfTextString('Sign-off')} /Parent 1 0 R >>`);
  });

  it('leaves a PDF it does not recognise, or an empty request, unchanged', () => {
    const odd = new Uint8Array(Buffer.from('%PDF-1.5\nno trailer here\n', 'latin1'));
    expect(withDocumentInfo(odd, { author: 'A' })).toBe(odd);
    const pdf = tinyPdf();
    expect(withDocumentInfo(pdf, {})).toBe(pdf);
  });

  it('writes any name as UTF-16 with a byte-order mark', () => {
    expect(pdfTextString('Ŵ')).toBe('<FEFF0174>');
  });
});
