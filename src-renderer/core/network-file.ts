import { z } from 'zod';
import { canonicalJson, openEnvelope, sealEnvelope, sha256Hex, toJsonValue } from './file-envelope';
import { isValidIsoDate } from './dates';
import { NETWORK_KINDS, type NetworkKind } from './network-kinds';

/**
 * The network file (`.triadnetwork`): what a network sends its authority. One file holds one
 * document — a **network identification sheet** or a **newsletter cameo** — in the same envelope
 * and checksum as a backup. Every field is checked before anything is written: a checksum proves
 * a file is unchanged, not that it is sane.
 */
export const NETWORK_FORMAT = 'triad-planner-network';
export const NETWORK_FORMAT_VERSION = 1;
export const NETWORK_FILE_EXTENSION = 'triadnetwork';

export interface SheetSchool {
  urn: string;
  name: string;
  /** The LA area (district) the school is in, e.g. "Preston". */
  area: string;
}

export interface CoLeader {
  name: string;
  school: string;
  role: string;
  email: string;
  phone: string;
}

export interface SheetPartner {
  name: string;
  provides: string;
}

/** A network identification sheet, as the network completed it. */
export interface NetworkSheet {
  /** Stays the same for every sheet a network ever sends (a triad uses its own id). */
  networkId: string;
  name: string;
  kind: NetworkKind;
  localAuthority: string;
  /** Academic year the network began (2003 = 2003/04). */
  startedYear: number;
  focus: string;
  schools: SheetSchool[];
  coLeaders: CoLeader[];
  partners: SheetPartner[];
  /** A short account of the network's collaborative work. */
  collaborativeWork: string;
  /** Recent activity, drafted from the monitoring record and the impact log. */
  recentActivity: string;
  /** ISO date the network completed the sheet. */
  preparedOn: string;
  preparedBy: string;
}

export interface CameoPicture {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A newsletter cameo: a short account of a term's activity, with a picture if the head chose one. */
export interface NetworkCameo {
  networkId: string;
  networkName: string;
  kind: NetworkKind;
  title: string;
  text: string;
  writtenOn: string;
  coLeaders: CoLeader[];
  picture: CameoPicture | null;
}

export type NetworkDocument = { document: 'identification-sheet'; sheet: NetworkSheet } | { document: 'cameo'; cameo: NetworkCameo };

export interface NetworkFile {
  appVersion: string;
  createdAt: string;
  content: NetworkDocument;
  /** SHA-256 of the document alone: the same sheet sent twice has the same hash. */
  contentHash: string;
}

export const CAMEO_MIN_WORDS = 100;
export const CAMEO_MAX_WORDS = 150;
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024;
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

const line = (max: number) => z.string().max(max);
const isoDate = z.string().refine(isValidIsoDate, 'is not a real date');
const id = z.string().min(1).max(200);
const kind = z.enum(NETWORK_KINDS);
const coLeader = z.strictObject({ name: line(200).min(1), school: line(200), role: line(200), email: line(200), phone: line(50) });
const sheetSchool = z.strictObject({ urn: z.string().regex(/^\d{6,7}$/, 'is not a URN'), name: line(200).min(1), area: line(100) });

/** An identification sheet's fields, as a file carries them and as the directory stores them. */
export const NETWORK_SHEET_SCHEMA = z.strictObject({
  networkId: id,
  name: line(200).min(1),
  kind,
  localAuthority: line(100),
  startedYear: z.number().int().min(1990).max(2100),
  focus: line(500),
  schools: z.array(sheetSchool).min(1).max(500),
  coLeaders: z.array(coLeader).min(1).max(20),
  partners: z.array(z.strictObject({ name: line(200).min(1), provides: line(500) })).max(20),
  collaborativeWork: line(4000),
  recentActivity: line(4000),
  preparedOn: isoDate,
  preparedBy: line(200),
});

/** A cameo's fields, as a file carries them and as the directory stores them. */
export const NETWORK_CAMEO_SCHEMA = z.strictObject({
  networkId: id,
  networkName: line(200).min(1),
  kind,
  title: line(200).min(1),
  text: line(2000).min(1),
  writtenOn: isoDate,
  coLeaders: z.array(coLeader).max(20),
  picture: z
    .strictObject({
      name: line(200).min(1),
      mimeType: z.enum(PICTURE_TYPES),
      bytes: z.instanceof(Uint8Array).refine((b) => b.length > 0 && b.length <= MAX_PICTURE_BYTES, 'is not a picture of a usable size'),
    })
    .nullable(),
});

const fileSchema = z.strictObject({
  format: z.literal(NETWORK_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: line(50),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
  document: z.enum(['identification-sheet', 'cameo']),
  sheet: z.unknown().optional(),
  cameo: z.unknown().optional(),
});

export async function documentHash(content: NetworkDocument): Promise<string> {
  return sha256Hex(canonicalJson(toJsonValue(content)));
}

export async function encodeNetworkFile(input: { appVersion: string; createdAt: string; content: NetworkDocument }): Promise<Uint8Array> {
  return sealEnvelope({ format: NETWORK_FORMAT, formatVersion: NETWORK_FORMAT_VERSION }, { appVersion: input.appVersion, createdAt: input.createdAt, ...input.content });
}

export type ParsedNetworkFile = { ok: true; file: NetworkFile } | { ok: false; error: string };

const NOUN = 'network file';

/** A field path in words, for a message: ["schools", 2, "urn"] → "school 3's URN". */
function describeIssue(path: readonly PropertyKey[]): string {
  const words: Record<string, string> = {
    urn: 'URN', name: 'name', kind: 'kind of network', schools: 'school', coLeaders: 'co-leader', partners: 'partner',
    preparedOn: 'date prepared', writtenOn: 'date written', startedYear: 'year it began', text: 'text', title: 'title',
    email: 'e-mail', phone: 'telephone', picture: 'picture', networkId: 'network id', focus: 'focus',
  };
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number') {
      parts.push(`${words[key] ?? key} ${next + 1}`);
      i += 1;
    } else if (typeof key === 'string') parts.push(words[key] ?? key);
  }
  return parts.join(', ');
}

/**
 * Reads and checks a network file completely. Refuses, in plain English, anything that is not a
 * network file, is damaged or changed, comes from a newer version, or holds a field out of shape.
 */
export async function parseNetworkFile(bytes: Uint8Array): Promise<ParsedNetworkFile> {
  const opened = await openEnvelope(bytes, { noun: NOUN, format: NETWORK_FORMAT, formatVersion: NETWORK_FORMAT_VERSION });
  if (!opened.ok) return opened;
  const meta = fileSchema.safeParse(opened.body);
  if (!meta.success) {
    return { ok: false, error: 'This network file is damaged: it does not say what it holds, or holds something this version does not know. Nothing was changed.' };
  }
  let content: NetworkDocument;
  if (meta.data.document === 'identification-sheet') {
    const sheet = NETWORK_SHEET_SCHEMA.safeParse(meta.data.sheet);
    if (!sheet.success || meta.data.cameo !== undefined) {
      const where = sheet.success ? '' : ` (its ${describeIssue(sheet.error.issues[0]?.path ?? [])} is not in the right form)`;
      return { ok: false, error: `This network identification sheet cannot be used${where}. Nothing was changed.` };
    }
    const urns = sheet.data.schools.map((s) => s.urn);
    const twice = urns.find((urn, index) => urns.indexOf(urn) !== index);
    if (twice) return { ok: false, error: `This network identification sheet lists the school with URN ${twice} twice. Nothing was changed.` };
    content = { document: 'identification-sheet', sheet: sheet.data };
  } else {
    const cameo = NETWORK_CAMEO_SCHEMA.safeParse(meta.data.cameo);
    if (!cameo.success || meta.data.sheet !== undefined) {
      const where = cameo.success ? '' : ` (its ${describeIssue(cameo.error.issues[0]?.path ?? [])} is not in the right form)`;
      return { ok: false, error: `This newsletter cameo cannot be used${where}. Nothing was changed.` };
    }
    content = { document: 'cameo', cameo: cameo.data as NetworkCameo };
  }
  return { ok: true, file: { appVersion: meta.data.appVersion, createdAt: meta.data.createdAt, content, contentHash: await documentHash(content) } };
}
