// Playwright bindings carry JSON-like values only, so bytes travel as base64 in both directions.

type Encoded = { __bytes: string };

function isEncoded(value: unknown): value is Encoded {
  return typeof value === 'object' && value !== null && typeof (value as Encoded).__bytes === 'string';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: toBase64(value) };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  }
  return value;
}

export function decodeBytes(value: unknown): unknown {
  if (isEncoded(value)) return fromBase64(value.__bytes);
  // Bytes already in the page (the benchmark hands files over this way, without base64) pass as they are.
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBytes(v)]));
  }
  return value;
}
