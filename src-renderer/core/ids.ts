/** Stable random ids. `crypto.randomUUID` exists in browsers, Electron and Node 20. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
