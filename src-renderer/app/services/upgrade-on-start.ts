import { DATABASE_NAME } from '../../db/database';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';

/** Dexie stores version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

/**
 * Whether the stored database is older than this code's schema. Asks IndexedDB for the list of
 * databases rather than opening one, so an ordinary start pays almost nothing before it renders.
 */
async function storedSchemaIsOlder(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true; // cannot tell cheaply: let the guard look
  const stored = (await indexedDB.databases()).find((info) => info.name === DATABASE_NAME);
  if (!stored?.version) return false;
  return Math.floor(stored.version / DEXIE_VERSION_FACTOR) < CURRENT_SCHEMA_VERSION;
}

let checked: Promise<void> | null = null;

/**
 * On app start, before the database is opened: if its schema is older than this code's, save an
 * automatic backup first (see db/upgrade-guard.ts). Never stops the app from starting. The backup
 * code is loaded only when an upgrade is due, so the app shell stays small and quick. Runs once,
 * however often it is called.
 */
export function backUpBeforeUpgradeOnStart(): Promise<void> {
  checked ??= checkAndBackUp();
  return checked;
}

/**
 * Resolves once the start-up check (and any backup before an upgrade) is over, so the database may
 * be opened. The first screen starts its read the moment this resolves, before React has rendered.
 */
export const whenUpgradeChecked = backUpBeforeUpgradeOnStart;

async function checkAndBackUp(): Promise<void> {
  if (!window.api || typeof indexedDB === 'undefined') return;
  try {
    if (!(await storedSchemaIsOlder())) return;
    const [{ backUpBeforeUpgrade }, { appVersion, saveSafetyCopy }] = await Promise.all([
      import('../../db/upgrade-guard'),
      import('./backup-service'),
    ]);
    await backUpBeforeUpgrade({ indexedDB, appVersion: await appVersion(), save: saveSafetyCopy });
  } catch (error) {
    console.error('The automatic backup before the database upgrade failed.', error);
  }
}
