// A small pop-up menu of our own (the graph's context menu, the Import button's choices): a
// role="menu" list at a screen point, arrow keys to move, Enter to run, Esc or a click elsewhere
// to close.
import { h } from '../lib/dom';

export type MenuItem = { label: string; run: () => void; shortcut?: string; disabled?: boolean; id?: string } | 'separator';

let openMenu: HTMLElement | null = null;

export function closeMenu(): void {
  openMenu?.remove();
  openMenu = null;
}

export function showMenu(x: number, y: number, items: readonly MenuItem[], label = 'Actions'): HTMLElement {
  closeMenu();
  const buttons: HTMLButtonElement[] = [];
  const rows = items.map((item) => {
    if (item === 'separator') return h('li', { class: 'menu-separator', attrs: { role: 'separator' } });
    const button = h(
      'button',
      { class: 'menu-item', attrs: { type: 'button', role: 'menuitem', disabled: item.disabled, 'data-menu': item.id ?? item.label } },
      h('span', {}, item.label),
      item.shortcut ? h('kbd', {}, item.shortcut) : null,
    );
    button.addEventListener('click', () => {
      closeMenu();
      item.run();
    });
    if (!item.disabled) buttons.push(button);
    return h('li', { attrs: { role: 'none' } }, button);
  });
  const menu = h('ul', { class: 'menu', attrs: { role: 'menu', 'aria-label': label, id: 'context-menu' } }, ...rows);
  menu.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closeMenu();
    }
  });
  document.body.append(menu);
  const { innerWidth: w, innerHeight: hgt } = window;
  const rect = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(4, Math.min(x, w - rect.width - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(y, hgt - rect.height - 4))}px`;
  openMenu = menu;
  buttons[0]?.focus();
  return menu;
}

document.addEventListener('pointerdown', (e) => {
  if (openMenu && !openMenu.contains(e.target as Node)) closeMenu();
});
window.addEventListener('blur', closeMenu);
