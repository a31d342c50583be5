/**
 * The app's fixed origin and the rules that keep the renderer contained. Pure: no Electron here,
 * so the rules are unit-tested in Node.
 *
 * The origin must never change after the first release: IndexedDB is per origin, and a new
 * origin would show users an empty app while their data sat unreachable under the old one.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'triad-planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // data: lets the print view load the bundled font the way the PDF header and footer must carry it.
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only the app's own pages may be shown; everything else (links, redirects, drops) is refused. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

/** IPC is answered only for the app's own top-level frame, never an iframe or a foreign page. */
export function isTrustedSender(sender: SenderInfo | null, trustedOrigin: string = APP_ORIGIN): boolean {
  if (!sender || !sender.isMainFrame) return false;
  try {
    // Compare scheme and host, not `origin`: for a custom scheme URL.origin is the string "null",
    // which every foreign custom-scheme page would share.
    const from = new URL(sender.url);
    const trusted = new URL(trustedOrigin);
    return from.protocol === trusted.protocol && from.host === trusted.host && from.host !== '';
  } catch {
    return false;
  }
}

/**
 * The one permission the app's own page gets: `persistent-storage`, so `navigator.storage.persist()`
 * can keep Chromium from evicting the database under storage pressure. Camera, microphone,
 * notifications, geolocation, clipboard reading and the rest are refused, as is everything for any
 * other page.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = ['persistent-storage'];

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/**
 * Chromium's spellchecker downloads Hunspell dictionaries from Google unless told otherwise, and the
 * app promises never to use the network. Pointing the download at the app's own scheme (which
 * answers 404) keeps it local. macOS uses the system's spellchecker and never downloads; Windows
 * uses its own spellchecker where the language pack is installed; Linux has only Hunspell, so there
 * spellchecking is off.
 */
export const DICTIONARY_DOWNLOAD_URL = `${APP_ORIGIN}/no-dictionary-downloads/`;

export function spellcheckAvailable(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}
