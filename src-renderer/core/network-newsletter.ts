import type { NetworkCameo } from './network-file';

/**
 * The twice-yearly networking newsletter. A half-year is the first or second half of an academic
 * year: September–February ("autumn and spring") or March–August ("spring and summer").
 */
export interface HalfYear {
  /** Academic year by its start year (2004 = 2004/05). */
  year: number;
  half: 1 | 2;
}

export function halfYearOf(iso: string): HalfYear {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const year = m >= 9 ? y : y - 1;
  return { year, half: m >= 9 || m <= 2 ? 1 : 2 };
}

export function halfYearRange({ year, half }: HalfYear): { from: string; to: string } {
  if (half === 1) {
    const leap = (year + 1) % 4 === 0 && ((year + 1) % 100 !== 0 || (year + 1) % 400 === 0);
    return { from: `${year}-09-01`, to: `${year + 1}-02-${leap ? 29 : 28}` };
  }
  return { from: `${year + 1}-03-01`, to: `${year + 1}-08-31` };
}

export function halfYearLabel({ year, half }: HalfYear): string {
  const label = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  return half === 1 ? `September ${year} to February ${year + 1} (${label})` : `March to August ${year + 1} (${label})`;
}

export interface ReceivedCameo {
  id: string;
  receivedOn: string;
  cameo: NetworkCameo;
}

/** Cameos written in the half-year, newest first. */
export function cameosForHalfYear(cameos: readonly ReceivedCameo[], halfYear: HalfYear): ReceivedCameo[] {
  const { from, to } = halfYearRange(halfYear);
  return cameos.filter((c) => c.cameo.writtenOn >= from && c.cameo.writtenOn <= to).sort((a, b) => b.cameo.writtenOn.localeCompare(a.cameo.writtenOn));
}

export interface IssueItem {
  cameoId: string;
  /** Set when the adviser chose a second cameo from a network already in the issue. */
  chosenAgain: boolean;
}

/**
 * Adds a cameo to an issue. A network appears at most once per issue: a second cameo from the
 * same network is refused unless the adviser chooses it again on purpose.
 */
export function addToIssue(
  items: readonly IssueItem[],
  cameoId: string,
  networkOf: (cameoId: string) => string | undefined,
  chosenAgain = false,
): { ok: true; items: IssueItem[] } | { ok: false; reason: string } {
  if (items.some((i) => i.cameoId === cameoId)) return { ok: false, reason: 'This cameo is already in the issue.' };
  const network = networkOf(cameoId);
  const already = items.some((i) => networkOf(i.cameoId) === network);
  if (already && !chosenAgain) return { ok: false, reason: 'This network already has a cameo in this issue. Choose “Add again” to include a second one.' };
  return { ok: true, items: [...items, { cameoId, chosenAgain: already }] };
}

/** Moves the item at `index` up (-1) or down (+1). */
export function moveItem<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
