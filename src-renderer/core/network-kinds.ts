/**
 * The kinds of school network an authority brokers. A triad is one kind among several; only a
 * triad has the triad-only rules (one co-ordinating school and two partners).
 */
export const NETWORK_KINDS = [
  'triad',
  'networked-learning-community',
  'small-school-cluster',
  'excellence-cluster',
  'associate-network',
  'other',
] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

const LABELS: Record<NetworkKind, string> = {
  triad: 'Triad',
  'networked-learning-community': 'Networked learning community',
  'small-school-cluster': 'Small-school cluster',
  'excellence-cluster': 'Excellence cluster',
  'associate-network': 'Associate network',
  other: 'Other network',
};

const PLURALS: Record<NetworkKind, string> = {
  triad: 'triads',
  'networked-learning-community': 'networked learning communities',
  'small-school-cluster': 'small-school clusters',
  'excellence-cluster': 'excellence clusters',
  'associate-network': 'associate networks',
  other: 'other networks',
};

export function networkKindLabel(kind: NetworkKind): string {
  return LABELS[kind];
}

export function networkKindPlural(kind: NetworkKind): string {
  return PLURALS[kind];
}

/** Reads a kind from a person's wording ("Small-school cluster", "small school cluster", "small-school-cluster"). */
export function parseNetworkKind(text: string): NetworkKind | null {
  const plain = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  for (const kind of NETWORK_KINDS) {
    if (plain === kind || plain === LABELS[kind].toLowerCase().replace(/\s+/g, '-')) return kind;
  }
  const loose = plain.replace(/-/g, '');
  return NETWORK_KINDS.find((kind) => kind.replace(/-/g, '') === loose) ?? null;
}
