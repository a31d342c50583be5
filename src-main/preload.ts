import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api-client';
import { MENU_COMMAND_CHANNEL, type Envelope, type MenuCommand } from './ipc-contract';

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
);

contextBridge.exposeInMainWorld('api', api);
