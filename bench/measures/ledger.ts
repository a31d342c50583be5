import { expect, type Page } from '@playwright/test';
import { row, type BenchRow } from '../report';
import { timeInteraction } from '../probes';
import { profileOnPage } from './profile';

const TARGET = '≤ 100 ms';
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const STATUS = `[...document.querySelectorAll('main [role=status]')].map((e) => e.textContent).join(' ')`;
const FIRST_ROW = `(document.querySelector('[role=table][aria-label="Ledger entries"] [role=row][aria-rowindex="2"]')?.textContent ?? '')`;

/**
 * The ledger with 10,000 entries in view, driven as a person would: open it from the budget area,
 * type in the search box, click a column heading. Each is timed from the input event to the
 * frame after the list shows the result; the median of three rounds.
 */
export async function measureLedger(page: Page, entries: number): Promise<BenchRow[]> {
  const all = entries.toLocaleString('en-GB');
  const opens: number[] = [];
  const filters: number[] = [];
  const sorts: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto('/index.html#/budget');
    await expect(page.getByRole('link', { name: 'Ledger', exact: true })).toBeVisible({ timeout: 60_000 });
    opens.push(
      await timeInteraction(
        page,
        () => page.getByRole('link', { name: 'Ledger', exact: true }).click(),
        `${STATUS}.includes('of ${all} entries') && ${FIRST_ROW} !== ''`,
      ),
    );
    const search = page.getByRole('searchbox', { name: /search/i });
    await search.click();
    filters.push(
      await timeInteraction(
        page,
        () => search.fill('Supply'),
        `/Showing (\\d[\\d,]*) of ${all} entries/.test(${STATUS}) && !${STATUS}.includes('Showing ${all} of') && ${FIRST_ROW}.includes('Supply')`,
      ),
    );
    await search.fill('');
    await expect(page.locator('main [role=status]').filter({ hasText: `Showing ${all} of ${all}` })).toBeVisible();
    const before = await page.evaluate(FIRST_ROW);
    const amount = page.getByRole('columnheader', { name: /amount/i }).getByRole('button');
    sorts.push(
      await timeInteraction(
        page,
        () => amount.click(),
        `document.querySelector('[role=columnheader][aria-sort]')?.textContent?.includes('Amount') && ${FIRST_ROW} !== ${JSON.stringify(before)} && ${FIRST_ROW} !== ''`,
      ),
    );
  }
  if (process.env.BENCH_PROFILE) {
    await page.goto('/index.html#/budget');
    await expect(page.getByRole('link', { name: 'Ledger', exact: true })).toBeVisible({ timeout: 60_000 });
    console.log(
      await profileOnPage(page, 'Ledger open', async () => {
        await page.getByRole('link', { name: 'Ledger', exact: true }).click();
        await expect(page.locator('main [role=status]').filter({ hasText: `of ${all} entries` })).toBeVisible();
      }),
    );
  }
  const note = (values: number[]) => `median of ${ROUNDS}: ${values.map((v) => v.toFixed(0)).join(', ')} ms`;
  return [
    row({ measure: `Ledger view, ${all} entries: open`, value: median(opens), baseline: null, unit: 'ms', target: TARGET, pass: median(opens) <= 100, note: note(opens) }),
    row({ measure: `Ledger view, ${all} entries: filter (type a word)`, value: median(filters), baseline: null, unit: 'ms', target: TARGET, pass: median(filters) <= 100, note: note(filters) }),
    row({ measure: `Ledger view, ${all} entries: sort (click a heading)`, value: median(sorts), baseline: null, unit: 'ms', target: TARGET, pass: median(sorts) <= 100, note: note(sorts) }),
  ];
}
