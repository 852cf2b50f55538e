// The application menu. Items that act on the graph view send a `menu:action` event (the closed
// list MENU_ACTIONS of shared/ipc.ts); items that need a native dialog or the store run in main.
// Ctrl/Cmd+O and Ctrl/Cmd+E are also page shortcuts (renderer keyboard controller, the only
// binding a browser without this menu has), so their menu items show the keys without
// registering them: one press, one import dialog. On macOS, where every accelerator is
// registered, the page's preventDefault keeps the menu from acting on the same press.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { LabelPreference } from '../../shared/domain';
import type { MenuAction } from '../../shared/ipc';

const LABEL_CHOICES: { prefer: LabelPreference; label: string }[] = [
  { prefer: 'en', label: 'English' },
  { prefer: 'fr', label: 'French' },
  { prefer: 'ar', label: 'Arabic' },
  { prefer: 'frequent', label: 'Most Frequent Name' },
];

export interface MenuCommands {
  send(action: MenuAction): void;
  importFrom(source: 'files' | 'folder'): void;
  database(mode: 'open' | 'new'): void;
  about(): void;
  showDataLocation(): void;
  /** The store's label preference, checked in View > Entity Labels; null while the store opens. */
  labels: LabelPreference | null;
  setLabels(prefer: LabelPreference): void;
  isDev: boolean;
}

export function buildMenu(c: MenuCommands): Menu {
  const isMac = process.platform === 'darwin';
  const send = (action: MenuAction) => () => c.send(action);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: () => c.importFrom('files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => c.importFrom('folder') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', registerAccelerator: false, click: send('export') },
        { type: 'separator' },
        { label: 'Open Database…', click: () => c.database('open') },
        { label: 'New Database…', click: () => c.database('new') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page decides: the text in a field it is typing in, else the last change to the view.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('focus-search') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Fit Graph', accelerator: 'CmdOrCtrl+0', click: send('fit') },
        { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
        { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
        { label: 'Reset Layout', accelerator: 'CmdOrCtrl+Shift+L', click: send('reset-layout') },
        { type: 'separator' },
        { label: 'Toggle Panels', accelerator: 'CmdOrCtrl+\\', click: send('toggle-panels') },
        { label: 'Dark Mode', accelerator: 'CmdOrCtrl+Shift+D', click: send('toggle-dark-mode') },
        {
          label: 'Entity Labels',
          enabled: c.labels !== null,
          submenu: LABEL_CHOICES.map(({ prefer, label }) => ({
            label,
            type: 'radio' as const,
            checked: c.labels === prefer,
            click: () => c.setLabels(prefer),
          })),
        },
        ...(c.isDev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Where Is My Data?', click: () => c.showDataLocation() },
        { label: 'About KG Explorer', click: () => c.about() },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
