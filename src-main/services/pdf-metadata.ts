/**
 * Chromium writes only a PDF's title (from the page's <title>). The author and subject a reader's
 * document properties show are added here, as an incremental update: a new document-information
 * dictionary appended after the original bytes, which stay untouched (PDF 1.7, section 7.5.6).
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

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * Returns the PDF with /Author and /Subject added to its information dictionary (other entries,
 * such as the title, kept). A PDF whose structure is not the classic cross-reference table and
 * trailer Chromium writes is returned unchanged rather than risk damaging it.
 */
export function withDocumentInfo(pdf: Uint8Array, info: PdfDocumentInfo): Uint8Array {
  const entries = (Object.entries(info) as [keyof PdfDocumentInfo, string | undefined][]).filter(([, v]) => v && v.trim());
  if (entries.length === 0) return pdf;
  const text = latin1(pdf);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailerAt = text.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) return pdf;
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(trailerAt))?.[1];
  const size = trailer ? /\/Size\s+(\d+)/.exec(trailer)?.[1] : undefined;
  const root = trailer ? /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1] : undefined;
  if (!trailer || !size || !root) return pdf;
  const oldInfoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  let kept = '';
  if (oldInfoRef) {
    const object = new RegExp(`(?:^|[\\r\\n])${oldInfoRef[1]}\\s+${oldInfoRef[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text);
    // Keep every entry but the ones replaced here.
    kept = (object?.[1] ?? '').replace(/\/(Author|Subject)\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g, '').trim();
  }
  const number = Number(size);
  const fields = entries.map(([key, value]) => `/${key === 'author' ? 'Author' : 'Subject'} ${pdfTextString(value!)}`).join(' ');
  const separator = text.endsWith('\n') ? '' : '\n';
  const objectOffset = pdf.byteLength + separator.length;
  const object = `${number} 0 obj\n<< ${kept} ${fields} >>\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const update =
    `${separator}${object}xref\n0 1\n0000000000 65535 f \n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${number + 1} /Root ${root} /Info ${number} 0 R /Prev ${startxref[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + update.length);
  out.set(pdf, 0);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return out;
}
