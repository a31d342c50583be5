import { readFile } from 'node:fs/promises';
import { parseBackupFile } from '../src-renderer/core/backup-format';
import { seedRawDump, type RawDump } from '../src-renderer/db/raw-dump';
import { test, expect } from './fixtures';
import { Shell } from './pages/shell';

const FIXTURES = new URL('./data/fixtures/v1/', import.meta.url);

test('a database left by the first release opens in this one, after a backup of it as it was', async ({ page, main }) => {
  const dump = JSON.parse(await readFile(new URL('full-triad.idb.json', FIXTURES), 'utf8')) as RawDump;
  // A blank page of the app's origin, so the version-1 database is there before the app first opens it.
  await page.route('**/seed-first-release', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed-first-release');
  await page.evaluate(seedRawDump, { dump });

  const shell = new Shell(page);
  await shell.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Black Country Triad' })).toBeVisible();

  // The automatic backup taken before the upgrade holds the version-1 data exactly.
  const backups = await main.handlers.listAutoBackups(undefined);
  expect(backups.map((b) => b.reason)).toContain('before upgrade');
  const before = backups.find((b) => b.reason === 'before upgrade')!;
  const { bytes } = await main.handlers.readAutoBackup({ id: before.id });
  expect(JSON.parse(new TextDecoder().decode(bytes)).schemaVersion).toBe(1);
  const parsed = await parseBackupFile(bytes);
  expect(parsed.ok && parsed.backup.tables.actions.length).toBe(dump.records.actions!.length);

  // The upgraded data shows: the plans, the results and the evidence of all three years.
  await shell.goTo('Plan');
  await expect(page.getByRole('main')).toContainText('2005/06');
  await shell.goTo('Impact');
  await expect(page.getByRole('main')).toContainText('Hamstead Junior School');
});
