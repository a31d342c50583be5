import { Menu, shell, type BrowserWindow } from 'electron';
import { mkdirSync } from 'node:fs';
import { MENU_COMMAND_CHANNEL } from './ipc-contract';
import { applicationMenuTemplate } from './menu-template';

export function buildMenu(getWindow: () => BrowserWindow | null, logsDir: string): Menu {
  return Menu.buildFromTemplate(
    applicationMenuTemplate(process.platform, {
      send: (command) => getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
      openLogFolder: () => {
        // The folder exists once something has been logged; make it so "nothing yet" opens an empty folder.
        mkdirSync(logsDir, { recursive: true });
        void shell.openPath(logsDir);
      },
    }),
  );
}
