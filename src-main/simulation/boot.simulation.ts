/**
 * Boot test — a SIMULATION. Loads the built `dist/main/main.cjs` (and `preload.cjs`) exactly as
 * Electron would, but with `require('electron')` answered by a recording stand-in
 * (electron-stand-in.ts), because no Electron binary can be downloaded here. It catches a bundle
 * that cannot load, or wires itself up wrongly, before a user does. Run after `npm run build`:
 * `npm run test:boot`.
 */
import Module, { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_METHOD_NAMES } from '../ipc-contract';
import { CONTENT_SECURITY_POLICY } from '../security';
import { createElectronStandIn, type ElectronStandIn } from './electron-stand-in';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mainBundle = path.join(root, 'dist', 'main', 'main.cjs');
const preloadBundle = path.join(root, 'dist', 'main', 'preload.cjs');
const rendererRoot = path.join(root, 'dist', 'renderer');
const requireCjs = createRequire(import.meta.url);

type Loader = { _load(request: string, parent: unknown, isMain: boolean): unknown };
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Loads a built bundle with the stand-in as `electron`, on a pretend platform and command line. */
function boot(options: { platform?: NodeJS.Platform; argv?: string[]; userData?: string; lock?: boolean; bundle?: string } = {}) {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'triad-boot-'));
  const userData = options.userData ?? path.join(temp, 'user-data');
  const standIn = createElectronStandIn({ userData, singleInstanceLock: options.lock });
  const loader = Module as unknown as Loader;
  const originalLoad = loader._load;
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  const argv = process.argv;
  // The bundle adds process listeners (its own error handlers, and signal handlers from the settings
  // library); each boot removes what it added, so one simulated app does not hear another's events.
  const before = new Map(process.eventNames().map((name) => [name, process.listeners(name as 'exit')]));
  cleanups.push(() => {
    Object.defineProperty(process, 'platform', platform);
    process.argv = argv;
    for (const name of process.eventNames()) {
      const kept = before.get(name) ?? [];
      for (const l of process.listeners(name as 'exit')) if (!kept.includes(l)) process.off(name as 'exit', l);
    }
    rmSync(temp, { recursive: true, force: true });
  });
  Object.defineProperty(process, 'platform', { value: options.platform ?? 'linux', configurable: true });
  process.argv = options.argv ?? ['/opt/Triad Planner/triad-planner'];
  loader._load = function (request: string, parent: unknown, isMain: boolean) {
    if (request === 'electron') return standIn.electron;
    return originalLoad.call(this, request, parent, isMain);
  };
  const bundle = options.bundle ?? mainBundle;
  try {
    delete requireCjs.cache[bundle];
    requireCjs(bundle);
  } finally {
    loader._load = originalLoad;
  }
  return { standIn, userData, temp };
}

const appFrame = { senderFrame: { url: 'app://triad-planner/index.html#/', parent: null } };
async function call(standIn: ElectronStandIn, method: string, arg?: unknown, event: unknown = appFrame) {
  return (await standIn.handlers.get(method)!(event, arg)) as { ok: boolean; value?: unknown; error?: string };
}

beforeAll(() => {
  if (!existsSync(mainBundle) || !existsSync(preloadBundle)) {
    throw new Error('The boot simulation needs the built app: run `npm run build` first.');
  }
});

describe('simulated boot of dist/main/main.cjs', () => {
  it('registers the scheme before ready, then locks the session before any window loads', async () => {
    const { standIn } = boot();
    expect(standIn.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBe(0);
    expect(standIn.calls).toContain('app.requestSingleInstanceLock');
    expect(standIn.windows).toHaveLength(0);
    expect(standIn.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
    await standIn.fireReady();
    const order = (name: string) => standIn.calls.findIndex((c) => c.startsWith(name));
    expect(order('(ready)')).toBeGreaterThan(order('protocol.registerSchemesAsPrivileged'));
    expect(order('session.setPermissionRequestHandler')).toBeGreaterThan(order('(ready)'));
    expect(order('protocol.handle app')).toBeLessThan(order('new BrowserWindow'));
    expect(order('Menu.setApplicationMenu')).toBeLessThan(order('new BrowserWindow'));
    expect(order('loadURL app://triad-planner/index.html')).toBeGreaterThan(order('new BrowserWindow'));
    expect(standIn.errorBoxes).toEqual([]);
    expect(standIn.exits).toEqual([]);
  });

  it('opens one secure window with the built preload', async () => {
    const { standIn } = boot({ platform: 'win32' });
    await standIn.fireReady();
    expect(standIn.windows).toHaveLength(1);
    const [window] = standIn.windows;
    const prefs = window!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    });
    expect(prefs.preload).toBe(preloadBundle);
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(window!.loaded).toEqual(['app://triad-planner/index.html']);
    // The window's contents are guarded: navigation away and new windows are refused.
    const contents = window!.webContents;
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.com/');
    expect(prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('registers exactly one handler per API method, each refusing iframes and foreign pages', async () => {
    const { standIn } = boot();
    await standIn.fireReady();
    expect([...standIn.handlers.keys()].sort()).toEqual([...API_METHOD_NAMES].sort());
    const refused = { ok: false, error: 'This request did not come from Triad Planner and was refused.' };
    for (const method of API_METHOD_NAMES) {
      expect(await call(standIn, method, undefined, { senderFrame: { url: 'app://triad-planner/index.html', parent: {} } })).toEqual(refused);
      expect(await call(standIn, method, undefined, { senderFrame: { url: 'https://example.com/', parent: null } })).toEqual(refused);
      expect(await call(standIn, method, undefined, { senderFrame: null })).toEqual(refused);
    }
    expect(await call(standIn, 'getPreferences')).toEqual({ ok: true, value: { welcomeDismissed: false, autoBackupMinutes: 15 } });
  });

  it('serves every renderer file with its type and the CSP, and answers 404 to everything else', async () => {
    const { standIn } = boot();
    await standIn.fireReady();
    const handler = standIn.protocolHandlers.get('app')!;
    const expectedType: Record<string, RegExp> = {
      '.html': /^text\/html/,
      '.js': /^text\/javascript/,
      '.css': /^text\/css/,
      '.woff2': /^font\/woff2$/,
      '.woff': /^font\/woff$/,
      '.txt': /^text\/plain/,
      '.map': /^application\/octet-stream$/,
      '.svg': /^image\/svg\+xml$/,
      '.png': /^image\/png$/,
    };
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(path.relative(rendererRoot, full).split(path.sep).join('/'));
      }
    };
    walk(rendererRoot);
    expect(files).toContain('index.html');
    for (const file of files) {
      const response = await handler(new Request(`app://triad-planner/${file}`));
      expect(response.status, file).toBe(200);
      const type = expectedType[path.extname(file)];
      expect(type, `a content type is expected for ${file}`).toBeDefined();
      expect(response.headers.get('content-type'), file).toMatch(type!);
      expect(response.headers.get('content-security-policy'), file).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
    }
    expect((await handler(new Request('app://triad-planner/'))).headers.get('content-type')).toMatch(/^text\/html/);
    const refused = [
      'app://triad-planner/../main/main.cjs',
      'app://triad-planner/%2e%2e/main/main.cjs',
      'app://triad-planner/%2e%2e%2fmain%2fmain.cjs',
      'app://triad-planner/..%2f..%2fpackage.json',
      'app://triad-planner/..%5c..%5cpackage.json',
      'app://triad-planner/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
      'app://triad-planner/%2F..%2F..%2Fetc%2Fpasswd',
      'app://triad-planner//etc/passwd',
      'app://triad-planner/index.html%00.js',
      'app://triad-planner/%E0%A4%A',
      'app://triad-planner/%',
      'app://triad-planner/no-such-file.js',
      'app://triad-planner/assets',
      'app://triad-planner/assets/',
      'app://triad-planner/no-dictionary-downloads/en-GB-10-1.bdic',
      'app://other-host/index.html',
      'app://triad-planner.evil/index.html',
      'app://localhost/index.html',
    ];
    for (const url of refused) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
    }
  });

  it('allows persistent storage for the app’s page and nothing else', async () => {
    const { standIn } = boot();
    await standIn.fireReady();
    const ask = (permission: string, url: string) =>
      new Promise<boolean>((resolve) => standIn.session.permissionRequest!({ getURL: () => url }, permission, resolve, { requestingUrl: url }));
    expect(await ask('persistent-storage', 'app://triad-planner/index.html')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb']) {
      expect(await ask(permission, 'app://triad-planner/index.html'), permission).toBe(false);
    }
    expect(await ask('persistent-storage', 'https://example.com/')).toBe(false);
    const check = standIn.session.permissionCheck!;
    expect(check(null, 'persistent-storage', 'app://triad-planner/', {})).toBe(true);
    expect(check(null, 'media', 'app://triad-planner/', {})).toBe(false);
    expect(check(null, 'persistent-storage', 'https://example.com', {})).toBe(false);
    expect(check({ getURL: () => 'app://triad-planner/index.html' }, 'persistent-storage', '', {})).toBe(true);
    expect(check({ getURL: () => 'https://example.com/' }, 'persistent-storage', '', {})).toBe(false);
  });

  it('never downloads spelling dictionaries; spellcheck is off where only downloaded ones exist', async () => {
    for (const [platform, spellcheck] of [['linux', false], ['win32', true], ['darwin', true]] as const) {
      const { standIn } = boot({ platform });
      await standIn.fireReady();
      expect(standIn.session.dictionaryUrl, platform).toMatch(/^app:\/\/triad-planner\//);
      expect(standIn.session.spellcheckEnabled, platform).toBe(spellcheck);
      expect((standIn.windows[0]!.options.webPreferences as { spellcheck: boolean }).spellcheck, platform).toBe(spellcheck);
      while (cleanups.length) cleanups.pop()!();
    }
  });

  it('offers Cut, Copy, Paste, Select all and spelling suggestions on right-click', async () => {
    const { standIn } = boot({ platform: 'darwin' });
    await standIn.fireReady();
    const contents = standIn.windows[0]!.webContents;
    contents.emit('context-menu', {}, {
      isEditable: true,
      selectionText: 'recieve',
      misspelledWord: 'recieve',
      dictionarySuggestions: ['receive', 'relieve'],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    });
    const menu = standIn.menus.at(-1)!;
    expect(menu.popups).toBe(1);
    expect(menu.template.map((i) => i.label ?? i.type)).toEqual(['receive', 'relieve', 'Add to dictionary', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'Select all']);
    (menu.template[0]!.click as () => void)();
    expect(contents.replaced).toEqual(['receive']);
    const before = standIn.menus.length;
    contents.emit('context-menu', {}, { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: {} });
    expect(standIn.menus.length).toBe(before);
  });

  it('shows a start-up failure, logs it and exits, so a later launch is not blocked', async () => {
    const blocker = mkdtempSync(path.join(os.tmpdir(), 'triad-boot-blocker-'));
    cleanups.push(() => rmSync(blocker, { recursive: true, force: true }));
    writeFileSync(path.join(blocker, 'not-a-folder'), '');
    const userData = path.join(blocker, 'not-a-folder', 'Triad Planner');
    const { standIn } = boot({ userData });
    await standIn.fireReady();
    expect(standIn.errorBoxes).toHaveLength(1);
    expect(standIn.errorBoxes[0]!.title).toBe('Triad Planner could not start');
    expect(standIn.errorBoxes[0]!.content).toContain(`Triad Planner could not write to its data folder:\n${userData}`);
    expect(standIn.errorBoxes[0]!.content).toContain(path.join(userData, 'logs'));
    expect(standIn.exits).toEqual([1]);
    expect(standIn.windows).toHaveLength(0);
    expect(standIn.handlers.size).toBe(0);
  });

  it('quits at once when another copy is running', () => {
    const { standIn } = boot({ lock: false });
    expect(standIn.calls).toContain('app.quit');
    expect(standIn.calls).not.toContain('app.whenReady');
  });

  it('offers a double-clicked backup or return to the page, on every platform’s route in', async () => {
    const { standIn } = boot({ platform: 'linux', argv: ['/opt/Triad Planner/triad-planner', '--no-sandbox', '/home/head/Mail/Spring.triadreturn'] });
    await standIn.fireReady();
    expect(await call(standIn, 'getOpenedFile')).toEqual({ ok: true, value: { purpose: 'partner-return', name: 'Spring.triadreturn' } });
    const contents = standIn.windows[0]!.webContents;
    // macOS: open-file.
    let prevented = false;
    standIn.appEvents.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/head/North.triadbackup');
    expect(prevented).toBe(true);
    expect(contents.sent.map((s) => s.channel)).toEqual(['opened-file']);
    expect(await call(standIn, 'getOpenedFile')).toEqual({ ok: true, value: { purpose: 'backup', name: 'North.triadbackup' } });
    // Windows and Linux, app already running: the second instance's command line.
    standIn.appEvents.emit('second-instance', {}, ['triad-planner', '--allow-file-access-from-files', '/home/head/Autumn.triadreturn'], '/home/head');
    expect(contents.sent.map((s) => s.channel)).toEqual(['opened-file', 'opened-file']);
    expect(await call(standIn, 'getOpenedFile')).toEqual({ ok: true, value: { purpose: 'partner-return', name: 'Autumn.triadreturn' } });
    // Anything else is ignored.
    standIn.appEvents.emit('open-file', { preventDefault: () => undefined }, '/Users/head/virus.exe');
    expect(contents.sent).toHaveLength(2);
  });

  it('exposes window.api from the built preload with every method and nothing of Electron', () => {
    const { standIn } = boot({ bundle: preloadBundle });
    const api = standIn.exposed.api as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_METHOD_NAMES, 'onMenuCommand', 'onOpenedFile'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });
});

// ---- The menu on each platform: no two items share a shortcut, none takes one the system keeps. ----

/** The shortcuts Electron's roles carry on each platform (Electron's lib/browser/api/menu-item-roles.ts). */
const ROLE_SHORTCUTS: Record<'darwin' | 'win32' | 'linux', Record<string, string[]>> = {
  darwin: {
    appMenu: ['Cmd+H', 'Cmd+Alt+H', 'Cmd+Q'],
    editMenu: ['Cmd+Z', 'Shift+Cmd+Z', 'Cmd+X', 'Cmd+C', 'Cmd+V', 'Shift+Alt+Cmd+V', 'Cmd+A'],
    windowMenu: ['Cmd+M'],
    close: ['Cmd+W'],
    resetZoom: ['Cmd+0'],
    zoomIn: ['Cmd+Plus'],
    zoomOut: ['Cmd+-'],
    togglefullscreen: ['Ctrl+Cmd+F'],
  },
  win32: {
    editMenu: ['Ctrl+Z', 'Ctrl+Y', 'Ctrl+X', 'Ctrl+C', 'Ctrl+V', 'Ctrl+A'],
    windowMenu: ['Ctrl+M', 'Ctrl+W'],
    quit: [],
    resetZoom: ['Ctrl+0'],
    zoomIn: ['Ctrl+Plus'],
    zoomOut: ['Ctrl+-'],
    togglefullscreen: ['F11'],
  },
  linux: {
    editMenu: ['Ctrl+Z', 'Shift+Ctrl+Z', 'Ctrl+X', 'Ctrl+C', 'Ctrl+V', 'Ctrl+A'],
    windowMenu: ['Ctrl+M', 'Ctrl+W'],
    quit: ['Ctrl+Q'],
    resetZoom: ['Ctrl+0'],
    zoomIn: ['Ctrl+Plus'],
    zoomOut: ['Ctrl+-'],
    togglefullscreen: ['F11'],
  },
};
/** Shortcuts the operating system keeps for itself. */
const SYSTEM_SHORTCUTS: Record<string, string[]> = {
  darwin: ['Cmd+Tab', 'Cmd+Space', 'Cmd+`', 'Ctrl+Cmd+Q', 'Cmd+Alt+Esc'],
  win32: ['Alt+F4', 'Alt+Tab', 'Ctrl+Esc', 'Ctrl+Alt+Delete'],
  linux: ['Alt+F4', 'Alt+Tab', 'Ctrl+Alt+Delete', 'Ctrl+Alt+T'],
};

function normalise(accelerator: string, platform: string): string {
  const parts = accelerator.split('+').map((p) => {
    const lower = p.toLowerCase();
    if (lower === 'cmdorctrl' || lower === 'commandorcontrol') return platform === 'darwin' ? 'cmd' : 'ctrl';
    if (lower === 'command') return 'cmd';
    if (lower === 'control') return 'ctrl';
    if (lower === 'option') return 'alt';
    return lower;
  });
  const key = parts.pop()!;
  return [...parts.sort(), key].join('+');
}

function shortcutsOf(items: Record<string, unknown>[], platform: 'darwin' | 'win32' | 'linux'): { label: string; shortcut: string }[] {
  const found: { label: string; shortcut: string }[] = [];
  for (const item of items) {
    const label = String(item.label ?? item.role ?? item.type);
    if (typeof item.accelerator === 'string') found.push({ label, shortcut: normalise(item.accelerator, platform) });
    else if (typeof item.role === 'string') {
      for (const s of ROLE_SHORTCUTS[platform][item.role] ?? []) found.push({ label: `${item.role} role`, shortcut: normalise(s, platform) });
    }
    if (Array.isArray(item.submenu)) found.push(...shortcutsOf(item.submenu as Record<string, unknown>[], platform));
  }
  return found;
}

describe.each(['darwin', 'win32', 'linux'] as const)('simulated application menu on %s', (platform) => {
  it('has no two commands on one shortcut and takes none the system keeps', async () => {
    const { standIn } = boot({ platform });
    await standIn.fireReady();
    const template = standIn.applicationMenu!.template;
    const shortcuts = shortcutsOf(template, platform);
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { label, shortcut } of shortcuts) {
      if (seen.has(shortcut)) clashes.push(`${shortcut}: ${seen.get(shortcut)} and ${label}`);
      seen.set(shortcut, label);
    }
    expect(clashes).toEqual([]);
    const reserved = SYSTEM_SHORTCUTS[platform]!.map((s) => normalise(s, platform));
    expect(shortcuts.filter((s) => reserved.includes(s.shortcut))).toEqual([]);
    // Roles this check knows about: a new role must be added to ROLE_SHORTCUTS, or its shortcuts go unchecked.
    const roles = JSON.stringify(template).match(/"role":"[A-Za-z]+"/g) ?? [];
    for (const role of roles.map((r) => r.slice(8, -1))) {
      if (role === 'help') continue;
      expect(ROLE_SHORTCUTS[platform], `${role} on ${platform}`).toHaveProperty(role);
    }
  });

  it('has Help → Open the log folder, which shows the folder in the data folder', async () => {
    const { standIn, userData } = boot({ platform });
    await standIn.fireReady();
    const help = standIn.applicationMenu!.template.find((i) => i.role === 'help')!;
    const item = (help.submenu as Record<string, unknown>[]).find((i) => i.label === 'Open the log folder')!;
    (item.click as () => void)();
    expect(standIn.shellCalls).toEqual([{ action: 'openPath', path: path.join(userData, 'logs') }]);
  });
});
