import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from './ipc-contract';

/** Standard roles plus the app's own commands, which the renderer carries out. */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Back up now…', accelerator: 'CmdOrCtrl+B', click: send('new-backup') },
        { label: 'Restore from a backup…', click: send('restore-backup') },
        { type: 'separator' },
        { label: 'Export improvement plan as PDF…', accelerator: 'CmdOrCtrl+P', click: send('export-plan-pdf') },
        { label: 'Open triad files for the LEA roll-up…', click: send('open-rollup') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Home', accelerator: 'CmdOrCtrl+H', click: send('go-home') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'About Triad Planner and getting started', click: send('show-welcome') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
