// A tiny element builder for the UI. Children that are strings become text nodes, and there is
// no way to pass markup: article text and entity names from the engine are untrusted input (an
// article may contain `<img onerror=…>`), so the renderer never parses HTML, it only builds nodes.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute: ids, aria-*, data-*, dir, lang, title, type, ... */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, handler as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id} in index.html`);
  return el as T;
}

/** `dir` for a text in one of the app's languages; `auto` lets the browser decide otherwise. */
export function dirFor(lang: string | null | undefined): 'rtl' | 'ltr' | 'auto' {
  if (lang === 'ar') return 'rtl';
  if (lang === 'en' || lang === 'fr') return 'ltr';
  return 'auto';
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
