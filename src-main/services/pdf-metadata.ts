/**
 * Finishing touches to the PDF Chromium prints, written as an incremental update: changed objects
 * appended after the original bytes, which stay untouched (PDF 1.7, section 7.5.6).
 *
 * - Chromium writes only the title (from the page's <title>): the author and subject a reader's
 *   document properties show are added to the information dictionary.
 * - Chromium's generated outline writes a heading's bookmark twice over ("Sign-offSign-off") when
 *   the heading was moved to the next page to keep it with what follows: such titles are repaired.
 */

export interface PdfDocumentInfo {
  author?: string;
  subject?: string;
}

/** A PDF text string in UTF-16BE with its byte-order mark, so any name survives (Łódź, Ynysŵen). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Reads a PDF string, literal "(…)" or hex "<…>". */
export function readPdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ''), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : bytes.toString('latin1');
  }
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  return raw
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/gs, (_, c: string) => (/^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : (escapes[c] ?? c)));
}

const PDF_STRING = String.raw`(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** "XX" → "X": a title that is one text written twice over. */
function undoubled(title: string): string | null {
  if (title.length < 2 || title.length % 2 !== 0) return null;
  const half = title.slice(0, title.length / 2);
  return title === half + half ? half : null;
}

/**
 * Returns the PDF with /Author and /Subject added to its information dictionary (other entries,
 * such as the title, kept) and doubled bookmark titles repaired. A PDF whose structure is not the
 * classic cross-reference table and trailer Chromium writes is returned unchanged.
 */
export function withDocumentInfo(pdf: Uint8Array, info: PdfDocumentInfo): Uint8Array {
  const text = latin1(pdf);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailerAt = text.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) return pdf;
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(trailerAt))?.[1];
  const size = trailer ? /\/Size\s+(\d+)/.exec(trailer)?.[1] : undefined;
  const root = trailer ? /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1] : undefined;
  if (!trailer || !size || !root) return pdf;

  const changed: { number: number; body: string }[] = [];
  // Bookmarks: outline items are the dictionaries with both a /Title and a /Parent.
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*endobj/g)) {
    const dict = m[2]!;
    if (!/\/Parent\s/.test(dict)) continue;
    const title = new RegExp(`/Title\\s*${PDF_STRING}`).exec(dict);
    const repaired = title ? undoubled(readPdfString(title[1]!)) : null;
    if (title && repaired !== null) changed.push({ number: Number(m[1]), body: `<<${dict.replace(title[0], `/Title ${pdfTextString(repaired)}`)}>>` });
  }

  const entries = (Object.entries(info) as [keyof PdfDocumentInfo, string | undefined][]).filter(([, v]) => v && v.trim());
  let infoNumber: number | null = null;
  if (entries.length > 0) {
    const oldInfoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
    let kept = '';
    if (oldInfoRef) {
      const object = new RegExp(`(?:^|[\\r\\n])${oldInfoRef[1]}\\s+${oldInfoRef[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text);
      // Keep every entry but the ones replaced here.
      kept = (object?.[1] ?? '').replace(new RegExp(`/(Author|Subject)\\s*${PDF_STRING}`, 'g'), '').trim();
    }
    infoNumber = Number(size);
    const fields = entries.map(([key, value]) => `/${key === 'author' ? 'Author' : 'Subject'} ${pdfTextString(value!)}`).join(' ');
    changed.push({ number: infoNumber, body: `<< ${kept} ${fields} >>` });
  }
  if (changed.length === 0) return pdf;

  let update = text.endsWith('\n') ? '' : '\n';
  const offsets: { number: number; offset: number }[] = [];
  for (const object of changed) {
    offsets.push({ number: object.number, offset: pdf.byteLength + update.length });
    update += `${object.number} 0 obj\n${object.body}\nendobj\n`;
  }
  const xrefOffset = pdf.byteLength + update.length;
  update += 'xref\n0 1\n0000000000 65535 f \n';
  for (const { number, offset } of offsets.sort((a, b) => a.number - b.number)) update += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  const newSize = infoNumber === null ? Number(size) : infoNumber + 1;
  const infoRef = infoNumber === null ? (/\/Info\s+\d+\s+\d+\s+R/.exec(trailer)?.[0] ?? '') : `/Info ${infoNumber} 0 R`;
  update += `trailer\n<< /Size ${newSize} /Root ${root} ${infoRef} /Prev ${startxref[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + update.length);
  out.set(pdf, 0);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return out;
}
