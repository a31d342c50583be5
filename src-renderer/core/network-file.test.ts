import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './file-envelope';
import { encodeNetworkFile, parseNetworkFile, wordCount, type NetworkDocument } from './network-file';
import { lancashireSheet } from './network-test-data';

const at = '2004-10-16T10:00:00.000Z';
const sheetDoc = (overrides = {}): NetworkDocument => ({ document: 'identification-sheet', sheet: lancashireSheet(overrides) });

/** Re-seals a tampered body with a correct checksum, so only the field checks can refuse it. */
async function resealed(body: Record<string, unknown>): Promise<Uint8Array> {
  const { checksum: _drop, ...rest } = body;
  void _drop;
  return new TextEncoder().encode(JSON.stringify({ ...rest, checksum: await sha256Hex(canonicalJson(rest)) }));
}

async function bodyOf(content: NetworkDocument): Promise<Record<string, unknown>> {
  return JSON.parse(new TextDecoder().decode(await encodeNetworkFile({ appVersion: '0.2.0', createdAt: at, content }))) as Record<string, unknown>;
}

describe('network files', () => {
  it('read back what was written, with a hash of the sheet alone', async () => {
    const bytes = await encodeNetworkFile({ appVersion: '0.2.0', createdAt: at, content: sheetDoc() });
    const parsed = await parseNetworkFile(bytes);
    expect(parsed).toMatchObject({ ok: true, file: { content: sheetDoc() } });
    const again = await parseNetworkFile(await encodeNetworkFile({ appVersion: '0.2.1', createdAt: '2004-11-01T09:00:00.000Z', content: sheetDoc() }));
    expect(parsed.ok && again.ok && parsed.file.contentHash === again.file.contentHash).toBe(true);
  });

  it('carry a cameo with its picture', async () => {
    const picture = { name: 'moderation.png', mimeType: 'image/png' as const, bytes: new Uint8Array([137, 80, 78, 71]) };
    const content: NetworkDocument = {
      document: 'cameo',
      cameo: { networkId: 'n', networkName: 'Wyre', kind: 'small-school-cluster', title: 'Writing', text: 'word '.repeat(120).trim(), writtenOn: '2004-12-01', coLeaders: [], picture },
    };
    const parsed = await parseNetworkFile(await encodeNetworkFile({ appVersion: '0.2.0', createdAt: at, content }));
    expect(parsed.ok && parsed.file.content.document === 'cameo' && [...parsed.file.content.cameo.picture!.bytes]).toEqual([137, 80, 78, 71]);
  });

  it('refuse a file that is not a network file, or has been changed', async () => {
    expect(await parseNetworkFile(new TextEncoder().encode('URN,School\n'))).toEqual({ ok: false, error: expect.stringContaining('not a Triad Planner network file') });
    const body = await bodyOf(sheetDoc());
    (body.sheet as Record<string, unknown>).name = 'Changed';
    expect(await parseNetworkFile(new TextEncoder().encode(JSON.stringify(body)))).toEqual({ ok: false, error: expect.stringContaining('checksum does not match') });
  });

  it('refuse a sheet with a field out of shape even when its checksum is right', async () => {
    const cases: [(sheet: Record<string, unknown>) => void, string][] = [
      [(s) => (s.preparedOn = '2004-02-30'), 'date prepared'],
      [(s) => (s.kind = 'federation'), 'kind of network'],
      [(s) => ((s.schools as Record<string, unknown>[])[1]!.urn = 'ABC'), 'school 2, URN'],
      [(s) => (s.coLeaders = []), 'co-leader'],
      [(s) => (s.extra = 1), 'cannot be used'],
    ];
    for (const [tamper, words] of cases) {
      const body = await bodyOf(sheetDoc());
      tamper(body.sheet as Record<string, unknown>);
      const parsed = await parseNetworkFile(await resealed(body));
      expect(parsed.ok, words).toBe(false);
      expect(!parsed.ok && parsed.error, words).toContain(words);
    }
  });

  it('refuse a sheet naming a school twice', async () => {
    const sheet = lancashireSheet();
    const parsed = await parseNetworkFile(await encodeNetworkFile({ appVersion: '0.2.0', createdAt: at, content: { document: 'identification-sheet', sheet: { ...sheet, schools: [...sheet.schools, sheet.schools[0]!] } } }));
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('URN 119128 twice') });
  });

  it('count words as a reader would', () => {
    expect(wordCount('  Moderation   day held\nin October. ')).toBe(5);
    expect(wordCount('')).toBe(0);
  });
});
