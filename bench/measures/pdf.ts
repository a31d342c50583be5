import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { PdfLayout } from '../../src-main/services/pdf-options';
import type { TestMain } from '../../src-main/test/harness';
import { median, row, type BenchRow } from '../report';
import { freshLoad } from './page-tools';
import { timeStaticPdf } from './pdf-baseline';

const ROUNDS = 2;

/**
 * The whole three-year plan as a PDF, as the head makes it: Exports, "The whole programme", every
 * section, "Export plan as PDF", a file chosen in the save dialog. Timed from the click to the
 * file being on disk. The baseline prints a static HTML page holding the same text (read from the
 * print view) with the same page.pdf() options, in a fresh page as the app's printer does.
 */
export async function measurePlanPdf(page: Page, context: BrowserContext, main: TestMain): Promise<BenchRow> {
  const original = main.services.pdfPrinter;
  let captured: { route: string; layout: PdfLayout; printMs: number } | null = null;
  main.services.pdfPrinter = {
    async print(route, layout) {
      const started = performance.now();
      const bytes = await original.print(route, layout);
      captured = { route, layout, printMs: performance.now() - started };
      return bytes;
    },
  };
  const app: number[] = [];
  const prints: number[] = [];
  let pdfBytes = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await freshLoad(page, '/exports');
      const form = page.getByRole('region', { name: /Triad Improvement Plan \(PDF\)/ });
      await form.getByLabel('Plan for').selectOption('all');
      const file = path.join(main.root, `plan-${round}.pdf`);
      rmSync(file, { force: true });
      main.nextSavePath = file;
      const started = performance.now();
      await form.getByRole('button', { name: 'Export plan as PDF' }).click();
      await expect.poll(() => existsSync(file), { timeout: 120_000, intervals: [20] }).toBe(true);
      app.push(performance.now() - started);
      prints.push(captured!.printMs);
      pdfBytes = statSync(file).size;
      await expect(page.getByText(/Saved .*\.pdf/)).toBeVisible();
    }
  } finally {
    main.services.pdfPrinter = original;
  }
  const { route, layout } = captured!;
  const view = await context.newPage();
  const opened = performance.now();
  await view.goto(`/index.html#${route}`);
  await view.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
  const readyMs = performance.now() - opened;
  const text = await view.evaluate(() => document.body.innerText);
  await view.close();
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) baseline.push((await timeStaticPdf(context, text, layout)).ms);
  const value = median(app);
  const base = median(baseline);
  console.log(`Plan PDF: app ${app.map((t) => t.toFixed(0)).join(', ')} ms (printing ${prints.map((t) => t.toFixed(0)).join(', ')}); static page ${baseline.map((t) => t.toFixed(0)).join(', ')} ms`);
  return row({
    measure: `PDF of the three-year plan (${(pdfBytes / 1024).toFixed(0)} KB, ${text.length.toLocaleString('en-GB')} characters)`,
    value,
    baseline: base,
    unit: 'ms',
    target: 'ratio ≤ 1.5',
    pass: value / base <= 1.5,
    note: `median of ${ROUNDS}, click to file saved (print view ready after ${(readyMs / 1000).toFixed(1)} s, printing ${(median(prints) / 1000).toFixed(1)} s in all); baseline: page.pdf() of a static page of the same text`,
  });
}
