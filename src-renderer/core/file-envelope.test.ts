import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from './file-envelope';

/** The first release's canonical JSON, kept as the reference: checksums of existing files depend on it. */
function firstReleaseCanonicalJson(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      parts.push('[');
      v.forEach((item, index) => {
        if (index > 0) parts.push(',');
        walk(item === undefined ? null : item);
      });
      parts.push(']');
    } else if (v !== null && typeof v === 'object') {
      parts.push('{');
      let first = true;
      for (const key of Object.keys(v).sort()) {
        const inner = (v as Record<string, unknown>)[key];
        if (inner === undefined) continue;
        if (!first) parts.push(',');
        first = false;
        parts.push(JSON.stringify(key), ':');
        walk(inner);
      }
      parts.push('}');
    } else {
      parts.push(JSON.stringify(v) ?? 'null');
    }
  };
  walk(value);
  return parts.join('');
}

describe('canonical JSON', () => {
  it('writes exactly what the first release wrote, for any value a file can hold', () => {
    const value = fc.anything({
      key: fc.oneof(fc.string(), fc.constantFrom('10', '2', '__proto__x', 'é', '\u2028')),
      values: [fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0)],
      withNullPrototype: true,
    });
    fc.assert(fc.property(value, (v) => canonicalJson(v) === firstReleaseCanonicalJson(v)), { numRuns: 500 });
  });

  it('sorts keys at every level and leaves out undefined values', () => {
    expect(canonicalJson({ b: [1, undefined, 'x'], a: { d: undefined, c: NaN } })).toBe('{"a":{"c":null},"b":[1,null,"x"]}');
  });
});
