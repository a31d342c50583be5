import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './ipc-contract';

export interface MenuActions {
  /** Sends a command to the renderer, which carries it out. */
  send(command: MenuCommand): void;
  /** Shows the folder holding the error log in the system's file manager. */
  openLogFolder(): void;
}

/**
 * The application menu for one platform: standard roles plus the app's own commands. Pure, so the
 * boot test can check every platform's menu for clashing shortcuts. Cmd+H is macOS's Hide, so Home
 * is Cmd+Shift+H there and Alt+Home (the browsers' Home) elsewhere.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.send(command);
  return [
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
        { label: 'Home', accelerator: isMac ? 'Cmd+Shift+H' : 'Alt+Home', click: send('go-home') },
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
      submenu: [
        { label: 'About Triad Planner and getting started', click: send('show-welcome') },
        { label: 'Open the log folder', click: () => actions.openLogFolder() },
      ],
    },
  ];
}
