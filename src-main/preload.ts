import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api-client';
import type { Envelope, MenuCommand } from './ipc-contract';
import { MENU_COMMAND_CHANNEL, OPENED_FILE_CHANNEL } from './ipc-method-names';

// Bundled into one CommonJS file: a sandboxed preload cannot require anything but 'electron'.
const api = createApi(
  (method, arg) => ipcRenderer.invoke(method, arg) as Promise<Envelope<unknown>>,
  (listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    };
  },
  (listener) => {
    // The event carries nothing: the page asks getOpenedFile, so it never holds a path.
    const wrapped = () => listener();
    ipcRenderer.on(OPENED_FILE_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(OPENED_FILE_CHANNEL, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
