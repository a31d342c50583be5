import { expect, type Page } from '@playwright/test';
import { seedStandardTriad, type StandardTriad } from '../seed';

/**
 * The app's shell as a person uses it: the navigation, the messages that appear, the area that
 * failed. Specs read as steps ("go to Budget", "expect the message …") instead of selectors.
 */
export class Shell {
  constructor(readonly page: Page) {}

  /** Opens the app at a route and waits for the first heading. */
  async open(route = '/'): Promise<void> {
    await this.page.goto(`/index.html#${route}`);
    await expect(this.page.locator('h1').first()).toBeVisible();
  }

  /** Opens the app with the standard triad (the one seeding path for specs that do not type it in). */
  async openWithStandardTriad(): Promise<StandardTriad> {
    await this.open();
    const data = await seedStandardTriad(this.page);
    await this.page.reload();
    await expect(this.page.getByRole('heading', { level: 1, name: data.triad.name })).toBeVisible();
    return data;
  }

  async goTo(area: 'Home' | 'Triad' | 'Plan' | 'Budget' | 'Impact' | 'Exports' | 'LEA adviser'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area, exact: true }).click();
  }

  /** A message in the toaster (status region). */
  message(text: string | RegExp) {
    return this.page.locator('.toaster').getByText(text);
  }

  /** The panel an area shows instead of going blank when it fails to render. */
  errorPanel() {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: /^Something went wrong/ }) });
  }
}
