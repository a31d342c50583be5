import { test, openApp, dismissWelcome } from './fixtures';
import { seedStandardTriad, seedRecords } from './seed';
test('shot', async ({ page }) => {
  await page.setViewportSize({ width: 1300, height: 900 });
  await openApp(page);
  await dismissWelcome(page);
  const d = await seedStandardTriad(page);
  await seedRecords(page, { impactLog: [{ id: 'e1', createdAt: 'x', updatedAt: 'x', triadId: d.triad.id, date: '2004-05-14', kind: 'staff-voice', author: 'Ann', schoolIds: [d.schools.coordinating.id], summary: 'Staff feel confident', detail: 'Detail here', objectiveIds: [], actionIds: [d.actions[0]!.id], tags: ['writing'], evidenceFileIds: [] }] });
  await page.reload();
  await page.goto('/index.html#/impact/log');
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/log-shot.png', fullPage: true });
  await page.goto('/index.html#/impact/chain/action/' + d.actions[0]!.id);
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/chain-shot.png', fullPage: true });
});
