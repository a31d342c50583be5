/**
 * On app start, before the database is opened: if its schema is older than this code's, save an
 * automatic backup first (see db/upgrade-guard.ts). Never stops the app from starting. The work
 * is loaded on demand, so the app shell stays small.
 */
export async function backUpBeforeUpgradeOnStart(): Promise<void> {
  if (!window.api || typeof indexedDB === 'undefined') return;
  try {
    const [{ backUpBeforeUpgrade }, { appVersion, saveSafetyCopy }] = await Promise.all([
      import('../../../db/upgrade-guard'),
      import('./backup-service'),
    ]);
    await backUpBeforeUpgrade({ indexedDB, appVersion: await appVersion(), save: saveSafetyCopy });
  } catch (error) {
    console.error('The automatic backup before the database upgrade failed.', error);
  }
}
