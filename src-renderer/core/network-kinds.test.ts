import { describe, expect, it } from 'vitest';
import { parseNetworkKind } from './network-kinds';
import { roleRefusal } from './schools';

describe('kinds of network', () => {
  it('reads a kind from how people write it', () => {
    expect(parseNetworkKind('Small-school cluster')).toBe('small-school-cluster');
    expect(parseNetworkKind('networked learning community')).toBe('networked-learning-community');
    expect(parseNetworkKind('Federation')).toBeNull();
  });

  it('keeps the triad’s shape for a triad only', () => {
    const three = [{ id: 'a', role: 'coordinating' as const }, { id: 'b', role: 'partner' as const }, { id: 'c', role: 'partner' as const }];
    expect(roleRefusal(three, 'partner')).toContain('exactly three schools');
    expect(roleRefusal(three, 'partner', null, 'triad')).toContain('exactly three schools');
    expect(roleRefusal(three, 'partner', null, 'small-school-cluster')).toBeNull();
    expect(roleRefusal(three, 'coordinating', null, 'networked-learning-community')).toBeNull();
  });
});
