import { execFileSync } from 'node:child_process';

/**
 * Reads a PDF back as a reader's software would, with poppler: words with their boxes
 * (`pdftotext -bbox-layout`), page size, metadata and fonts.
 */

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
  text: string;
}

const MM = 72 / 25.4;

/**
 * pdftotext's word box is the font's ascent to its descent. For Source Sans 3 that is 1.4 times
 * the type size (ascender 1.024 em, descender 0.4 em), so a 10pt word is about 14pt tall.
 */
export const BOX_PER_POINT = 1.424;

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function readPages(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (let m = pageRe.exec(xml); m; m = pageRe.exec(xml)) {
    const number = pages.length + 1;
    const words: PdfWord[] = [];
    const wordRe = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
    for (let w = wordRe.exec(m[3]!); w; w = wordRe.exec(m[3]!)) {
      words.push({ page: number, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: decode(w[5]!) });
    }
    const lines = m[3]!.split('</line>').map((line) => [...line.matchAll(/>([^<]*)<\/word>/g)].map((x) => decode(x[1]!)).join(' '));
    pages.push({ number, width: Number(m[1]), height: Number(m[2]), words, text: lines.join('\n') });
  }
  return pages;
}

/** A word's type size in points, from its box. */
export function pointSize(word: PdfWord): number {
  return (word.yMax - word.yMin) / BOX_PER_POINT;
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Words that stick out of the printable area: the page less its side margins (header and footer included). */
export function wordsOutside(pages: PdfPage[], marginMm: Margins): PdfWord[] {
  // A glyph's box may start a fraction of a point before its pen position.
  const tolerance = 1;
  return pages.flatMap((page) =>
    page.words.filter(
      (w) =>
        w.xMin < marginMm.left * MM - tolerance ||
        w.xMax > page.width - marginMm.right * MM + tolerance ||
        w.yMin < 0 ||
        w.yMax > page.height,
    ),
  );
}

/** Words in the body of the page (between the header and footer margins). */
export function bodyWords(pages: PdfPage[], marginMm: Margins): PdfWord[] {
  return pages.flatMap((page) => page.words.filter((w) => w.yMin >= marginMm.top * MM - 1 && w.yMax <= page.height - marginMm.bottom * MM + 1));
}

export function smallestPointSize(words: PdfWord[]): number {
  return Math.min(...words.map(pointSize));
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [encoding...] emb sub uni object-id generation: "emb" is the fifth column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** A PDF string literal or hex string, decoded. */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const buf = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ''), 'hex');
    return buf[0] === 0xfe && buf[1] === 0xff ? Buffer.from(buf.subarray(2)).swap16().toString('utf16le') : buf.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** The document outline's titles (bookmarks): outline items in the raw PDF, the latest version of each object. */
export function outlineTitles(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  const titles = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+)\s+0\s+obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*endobj/g)) {
    const dict = m[2]!;
    if (!/\/Parent\s/.test(dict)) continue;
    const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]+>)/.exec(dict);
    // An incremental update redefines an object later in the file: the last definition counts.
    if (title) titles.set(m[1]!, pdfString(title[1]!));
  }
  return [...titles.values()];
}
