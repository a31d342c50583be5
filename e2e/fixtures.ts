import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../src-main/ipc/dispatch';
import { PRINT_MARGIN_FONTS, PRINT_READY_ATTRIBUTE, type PdfLayout, type PdfPrinter } from '../src-main/services/pdf-options';
import { createTestMain, type TestMain } from '../src-main/test/harness';
import { HARNESS_ORIGIN } from './origin';
import { decodeBytes, encodeBytes } from './transport';

let apiScript: string | null = null;
function browserApiScript(): string {
  apiScript ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./browser-api.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).outputFiles[0]!.text;
  return apiScript;
}

/** Prints a print route the way the app's hidden window does, with Chromium's page.pdf(). */
function browserPdfPrinter(getContext: () => BrowserContext): PdfPrinter {
  return {
    async print(route: string, layout: PdfLayout) {
      const page = await getContext().newPage();
      try {
        await page.goto(`${HARNESS_ORIGIN}/index.html#${route}`);
        await page.locator(`html[${PRINT_READY_ATTRIBUTE}="true"]`).waitFor({ state: 'attached', timeout: 45_000 });
        await page.evaluate(() => document.fonts.ready);
        const mm = (n: number) => `${n}mm`;
        const pdf = await page.pdf({
          format: 'A4',
          landscape: layout.landscape,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: layout.headerTemplate,
          footerTemplate: layout.footerTemplate,
          margin: {
            top: mm(layout.marginMm.top),
            bottom: mm(layout.marginMm.bottom),
            left: mm(layout.marginMm.left),
            right: mm(layout.marginMm.right),
          },
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
  };
}

export interface Fixtures {
  /** The real main-process handlers on a temporary folder, with scripted dialogs. */
  main: TestMain;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature: this one needs no other fixture.
  main: async ({}, use) => {
    const main = await createTestMain();
    await use(main);
    await main.cleanup();
  },
  context: async ({ context, main }, use) => {
    main.services.pdfPrinter = browserPdfPrinter(() => context);
    main.services.printFontFiles = PRINT_MARGIN_FONTS.map((font) => fileURLToPath(new URL(`../dist/renderer/${font.file}`, import.meta.url)));
    await context.exposeBinding('__triadIpc', async (source, method: unknown, arg: unknown) => {
      const sender = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() };
      return encodeBytes(await dispatch(main.handlers, method, sender, decodeBytes(arg), HARNESS_ORIGIN));
    });
    await context.addInitScript({ content: browserApiScript() });
    await use(context);
  },
});

export { expect };

/** Opens the app at a route and waits for the shell. */
export async function openApp(page: Page, route = '/'): Promise<void> {
  await page.goto(`/index.html#${route}`);
  await expect(page.locator('h1')).toBeVisible();
}

/** Fails on any serious or critical accessibility violation, listing each one readably. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = serious.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(described, `accessibility problems on ${label}`).toEqual([]);
}

/** Dismisses the first-run welcome so a test starts from the everyday view. */
export async function dismissWelcome(page: Page): Promise<void> {
  const hide = page.getByRole('button', { name: /hide this introduction/i });
  if (await hide.isVisible()) await hide.click();
}
