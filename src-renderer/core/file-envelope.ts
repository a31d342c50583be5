/**
 * The envelope shared by backup and return files: UTF-8 JSON whose first field names the format,
 * with a SHA-256 checksum of the canonical payload (every field but `checksum`, keys sorted).
 * Binary values (evidence bytes) travel as `{ "$base64": "..." }`.
 *
 * Pure: uses only Web Crypto, TextEncoder/TextDecoder, available in browsers, Electron and Node 20.
 */

const BASE64_TAG = '$base64';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map([...ALPHABET].map((char, index) => [char, index]));

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let out = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      const triple = (a << 16) | (b << 8) | c;
      out += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
      out += i + 1 < end ? ALPHABET[(triple >> 6) & 63]! : '=';
      out += i + 2 < end ? ALPHABET[triple & 63]! : '=';
    }
    parts.push(out);
  }
  return parts.join('');
}

/** Decodes base64; null when the text is not valid base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let triple = 0;
    for (let j = 0; j < 4; j += 1) {
      const char = text[i + j]!;
      const isPad = char === '=' && i + 4 === text.length && j >= 4 - padding;
      const value = isPad ? 0 : DECODE.get(char);
      if (value === undefined) return null;
      triple = (triple << 6) | value;
    }
    if (at < bytes.length) bytes[at++] = (triple >> 16) & 255;
    if (at < bytes.length) bytes[at++] = (triple >> 8) & 255;
    if (at < bytes.length) bytes[at++] = triple & 255;
  }
  return bytes;
}

/** Replaces every Uint8Array with a base64 tag, so the value can be written as JSON. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BASE64_TAG]: bytesToBase64(value) };
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = toJsonValue(inner);
    return out;
  }
  return value;
}

/** A key that must never be copied into an object: it would change the object's prototype. */
function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/**
 * Turns base64 tags back into Uint8Arrays; throws on a tag that is not valid base64, or on a
 * `__proto__`/`constructor`/`prototype` key at any depth (copying one would give the record
 * inherited fields no check sees).
 */
export function fromJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJsonValue);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === BASE64_TAG && typeof entries[0]![1] === 'string') {
      const bytes = base64ToBytes(entries[0]![1]);
      if (!bytes) throw new Error('holds a file whose contents are damaged');
      return bytes;
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of entries) {
      if (isForbiddenKey(key)) throw new Error('holds a field name that is not allowed');
      out[key] = fromJsonValue(inner);
    }
    return out;
  }
  return value;
}

/**
 * JSON with object keys sorted at every level: the same data always gives the same text. Built as
 * one string (not a list of parts joined at the end), with strings and numbers written directly,
 * because every backup and return is checksummed this way when it is opened: a roll-up of 100
 * files spends most of its time here.
 */
export function canonicalJson(value: unknown): string {
  let out = '';
  // Records repeat the same few keys thousands of times: quote each once.
  const quotedKeys = new Map<string, string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out += JSON.stringify(v);
    else if (typeof v === 'number') out += Number.isFinite(v) ? String(v) : 'null';
    else if (typeof v === 'boolean') out += v ? 'true' : 'false';
    else if (v === null) out += 'null';
    else if (Array.isArray(v)) {
      out += '[';
      for (let index = 0; index < v.length; index++) {
        if (index > 0) out += ',';
        const item: unknown = v[index];
        walk(item === undefined ? null : item);
      }
      out += ']';
    } else if (typeof v === 'object') {
      out += '{';
      let first = true;
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record).sort()) {
        const inner = record[key];
        if (inner === undefined) continue;
        if (!first) out += ',';
        first = false;
        let quoted = quotedKeys.get(key);
        if (quoted === undefined) quotedKeys.set(key, (quoted = `${JSON.stringify(key)}:`));
        out += quoted;
        walk(inner);
      }
      out += '}';
    } else {
      out += JSON.stringify(v) ?? 'null';
    }
  };
  walk(value);
  return out;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface EnvelopeHeader {
  format: string;
  formatVersion: number;
}

/**
 * Seals a payload: `format` first (so even a cut-short file says what it was), then the payload,
 * then the checksum of the canonical JSON of everything but the checksum.
 */
export async function sealEnvelope(header: EnvelopeHeader, payload: Record<string, unknown>): Promise<Uint8Array> {
  const body = toJsonValue({ format: header.format, formatVersion: header.formatVersion, ...payload }) as Record<string, unknown>;
  const checksum = await sha256Hex(canonicalJson(body));
  return new TextEncoder().encode(JSON.stringify({ ...body, checksum }));
}

export interface EnvelopeWords {
  /** e.g. "backup" or "partner return". */
  noun: string;
  /** The file's format name, e.g. "triad-planner-backup". */
  format: string;
  /** Highest format version this app reads. */
  formatVersion: number;
}

export type OpenedEnvelope = { ok: true; body: Record<string, unknown> } | { ok: false; error: string };

/**
 * Opens an envelope and checks what every such file must be: UTF-8 JSON of the right format, not
 * cut short, not from a newer version, and matching its checksum. Binary tags are decoded.
 */
export async function openEnvelope(bytes: Uint8Array, words: EnvelopeWords): Promise<OpenedEnvelope> {
  const notOurs = `This file is not a Triad Planner ${words.noun}. Choose a file the app saved as a ${words.noun}.`;
  if (isUtf16(bytes)) return { ok: false, error: UTF16_MESSAGE };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: looksLikeStart(bytes, words.format) ? damaged(words.noun) : notOurs };
  }
  if (text.trim() === '') return { ok: false, error: `This file is empty, so it is not a Triad Planner ${words.noun}.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    if (text.includes(`"format":"${words.format}"`)) {
      return {
        ok: false,
        error: `This ${words.noun} file is incomplete: it ends part-way through, perhaps because copying it was interrupted. Nothing was changed. Try another copy of the file.`,
      };
    }
    return { ok: false, error: notOurs };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: notOurs };
  const record = raw as Record<string, unknown>;
  if (record.format !== words.format) return { ok: false, error: notOurs };
  const version = record.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: damaged(words.noun) };
  if (version > words.formatVersion) {
    const made = typeof record.appVersion === 'string' ? ` (version ${record.appVersion})` : '';
    return {
      ok: false,
      error: `This ${words.noun} was made by a newer version of Triad Planner${made}. Update Triad Planner on this computer, then open it again. Nothing was changed.`,
    };
  }
  const { checksum, ...rest } = record;
  if (typeof checksum !== 'string' || checksum !== (await sha256Hex(canonicalJson(rest)))) {
    return {
      ok: false,
      error: `This ${words.noun} file has been changed or damaged since it was saved (its checksum does not match), so it cannot be trusted. Nothing was changed. Try another copy of the file.`,
    };
  }
  try {
    return { ok: true, body: fromJsonValue(rest) as Record<string, unknown> };
  } catch {
    return { ok: false, error: damaged(words.noun) };
  }
}

function damaged(noun: string): string {
  return `This ${noun} file is damaged and cannot be read. Nothing was changed. Try another copy of the file.`;
}

function looksLikeStart(bytes: Uint8Array, format: string): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 200));
  return head.includes(`"format":"${format}"`);
}

/** Said of a file saved as UTF-16 (some spreadsheets' "Unicode text"), which the app cannot read. */
export const UTF16_MESSAGE = 'This file is saved as UTF-16: save it as UTF-8 or CSV from your spreadsheet. Nothing was changed.';

/** A UTF-16 file, known by its byte-order mark (FF FE or FE FF). */
export function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
