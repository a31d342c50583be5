/**
 * A SIMULATION of the `electron` module, for the boot test. It is not Electron: it records what the
 * built main process asks of Electron (in order) and lets the test play the part of the system —
 * fire `ready`, send an IPC request, ask the protocol handler for a file, open a context menu. It
 * proves the bundle loads and wires itself up as intended; it cannot prove Electron behaves as its
 * documentation says (the Electron e2e spec does that where an Electron binary is installed).
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export interface StandInOptions {
  userData: string;
  /** False simulates another copy of the app already running. */
  singleInstanceLock?: boolean;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  url = '';
  readonly replaced: string[] = [];
  constructor(readonly session: { addWordToSpellCheckerDictionary(word: string): boolean }) {
    super();
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  replaceMisspelling(word: string): void {
    this.replaced.push(word);
  }
  /** Set to make the page's script never finish, like a print view that never becomes ready. */
  static hangScripts = false;
  executeJavaScript(): Promise<unknown> {
    return FakeWebContents.hangScripts ? new Promise(() => undefined) : Promise.resolve(true);
  }
  async printToPDF(): Promise<Uint8Array> {
    return new TextEncoder().encode('%PDF-1.7 simulated');
  }
}

export function createElectronStandIn(options: StandInOptions) {
  /** Everything asked of "Electron", in order, as short strings the test can compare. */
  const calls: string[] = [];
  let ready = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const appEvents = new EventEmitter();
  const handlers = new Map<string, Listener>();
  const schemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const windows: { options: Record<string, unknown>; loaded: string[]; webContents: FakeWebContents; destroyed: boolean }[] = [];
  const menus: { template: Record<string, unknown>[]; popups: number }[] = [];
  let applicationMenu: { template: Record<string, unknown>[] } | null = null;
  const errorBoxes: { title: string; content: string }[] = [];
  /** Options each system dialog was shown with, and what the "person" answers next. */
  const dialogsShown: { kind: 'save' | 'open' | 'message'; options: Record<string, unknown> }[] = [];
  const answers = { savePath: null as string | null, openPaths: [] as string[], messageResponse: 0 };
  const exits: number[] = [];
  const shellCalls: { action: string; path: string }[] = [];
  const exposed: Record<string, unknown> = {};
  const sessionState = {
    permissionRequest: null as null | ((...args: unknown[]) => void),
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    dictionaryUrl: null as string | null,
    spellcheckEnabled: null as boolean | null,
    addedWords: [] as string[],
  };
  const defaultSession = {
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      calls.push('session.setPermissionRequestHandler');
      sessionState.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      calls.push('session.setPermissionCheckHandler');
      sessionState.permissionCheck = handler;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      calls.push('session.setSpellCheckerDictionaryDownloadURL');
      sessionState.dictionaryUrl = url;
    },
    setSpellCheckerEnabled(enabled: boolean) {
      sessionState.spellcheckEnabled = enabled;
    },
    addWordToSpellCheckerDictionary(word: string) {
      sessionState.addedWords.push(word);
      return true;
    },
  };

  class BrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents(defaultSession);
    private readonly record: (typeof windows)[number];
    constructor(windowOptions: Record<string, unknown>) {
      super();
      calls.push('new BrowserWindow');
      if (!ready) throw new Error('Simulation: a BrowserWindow was created before the app was ready.');
      this.record = { options: windowOptions, loaded: [], webContents: this.webContents, destroyed: false };
      windows.push(this.record);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows() {
      return windows.filter((w) => !w.destroyed);
    }
    async loadURL(url: string) {
      calls.push(`loadURL ${url}`);
      this.record.loaded.push(url);
      this.webContents.url = url;
    }
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      calls.push('window.focus');
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 860 };
    }
  }

  const electron = {
    app: {
      getPath(name: string) {
        if (name !== 'userData') throw new Error(`Simulation: unexpected app.getPath(${name})`);
        return options.userData;
      },
      getName: () => 'Triad Planner',
      getVersion: () => '0.1.0',
      isReady: () => ready,
      requestSingleInstanceLock() {
        calls.push('app.requestSingleInstanceLock');
        return options.singleInstanceLock ?? true;
      },
      on(event: string, listener: Listener) {
        appEvents.on(event, listener);
        return electron.app;
      },
      whenReady() {
        calls.push('app.whenReady');
        return readyPromise;
      },
      quit() {
        calls.push('app.quit');
      },
      exit(code: number) {
        calls.push(`app.exit ${code}`);
        exits.push(code);
      },
    },
    ipcMain: {
      handle(channel: string, listener: Listener) {
        // Electron refuses a second handler for a channel; so does the simulation.
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      },
      on() {},
    },
    protocol: {
      registerSchemesAsPrivileged(list: { scheme: string; privileges: Record<string, boolean> }[]) {
        calls.push('protocol.registerSchemesAsPrivileged');
        // Electron: "can only be used before the app is ready".
        if (ready) throw new Error('Simulation: registerSchemesAsPrivileged after ready has no effect in Electron.');
        schemes.push(...list);
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        calls.push(`protocol.handle ${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    session: { defaultSession },
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: {
      buildFromTemplate(template: Record<string, unknown>[]) {
        const menu = { template, popups: 0, popup: () => (menu.popups += 1) };
        menus.push(menu);
        return menu;
      },
      setApplicationMenu(menu: { template: Record<string, unknown>[] }) {
        calls.push('Menu.setApplicationMenu');
        applicationMenu = menu;
      },
    },
    dialog: {
      showErrorBox(title: string, content: string) {
        calls.push('dialog.showErrorBox');
        errorBoxes.push({ title, content });
      },
      // Electron takes (window, options) or (options).
      async showSaveDialog(...args: unknown[]) {
        dialogsShown.push({ kind: 'save', options: args.at(-1) as Record<string, unknown> });
        return { canceled: answers.savePath === null, filePath: answers.savePath ?? '' };
      },
      async showOpenDialog(...args: unknown[]) {
        dialogsShown.push({ kind: 'open', options: args.at(-1) as Record<string, unknown> });
        return { canceled: answers.openPaths.length === 0, filePaths: answers.openPaths };
      },
      async showMessageBox(...args: unknown[]) {
        dialogsShown.push({ kind: 'message', options: args.at(-1) as Record<string, unknown> });
        return { response: answers.messageResponse, checkboxChecked: false };
      },
    },
    shell: {
      async openPath(path: string) {
        shellCalls.push({ action: 'openPath', path });
        return '';
      },
      showItemInFolder(path: string) {
        shellCalls.push({ action: 'showItemInFolder', path });
      },
    },
    contextBridge: {
      exposeInMainWorld(key: string, value: unknown) {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: async () => ({ ok: true, value: null }),
      on() {},
      removeListener() {},
    },
  };

  return {
    electron,
    calls,
    schemes,
    handlers,
    protocolHandlers,
    windows,
    menus,
    get applicationMenu() {
      return applicationMenu;
    },
    errorBoxes,
    dialogsShown,
    answers,
    exits,
    shellCalls,
    exposed,
    session: sessionState,
    appEvents,
    /** Plays the system: the app is ready. Resolves once the start-up work queued on ready has run. */
    async fireReady(): Promise<void> {
      ready = true;
      calls.push('(ready)');
      markReady();
      for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
