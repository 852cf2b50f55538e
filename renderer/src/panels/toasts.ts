// Short notices at the bottom of the graph ("12 new entities", "No path ..."). Errors stay until
// dismissed and are announced assertively; information fades after a few seconds.
import { byId, h } from '../lib/dom';

export function notify(message: string, kind: 'info' | 'error' = 'info'): void {
  const root = byId('toasts');
  const close = h('button', { class: 'toast-close', attrs: { type: 'button', 'aria-label': 'Dismiss' } }, '✕');
  const toast = h('div', { class: `toast ${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, h('span', {}, message), close);
  close.addEventListener('click', () => toast.remove());
  root.append(toast);
  while (root.childElementCount > 4) root.firstElementChild?.remove();
  if (kind === 'info') setTimeout(() => toast.remove(), 4000);
}
