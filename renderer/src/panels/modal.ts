// A minimal modal dialog on the native <dialog> element: focus is trapped by the browser, Esc
// closes it, and the element is removed when closed. Used by the help overlay and the export
// dialog.
import { h } from '../lib/dom';

export function openModal(title: string, body: HTMLElement, id: string): HTMLDialogElement {
  document.getElementById(id)?.remove();
  const close = h('button', { class: 'link-button', attrs: { type: 'button', 'aria-label': 'Close', 'data-action': 'close' } }, '✕');
  const dialog = h('dialog', { class: 'modal', attrs: { id, 'aria-labelledby': `${id}-title` } }, h('div', { class: 'modal-head' }, h('h2', { attrs: { id: `${id}-title` } }, title), close), body);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
