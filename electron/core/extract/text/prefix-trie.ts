// A character trie over the gazetteer's ASCII-recoded patterns, walked only from the positions
// where a name may start. Names start at word boundaries (or after an Arabic clitic), so walking
// from those few positions finds every hit an automaton over every character would keep, without
// the automaton's cost of reporting, then rejecting, the many hits inside longer words.

export interface TrieHit<T> {
  start: number;
  end: number;
  data: T;
}

const ASCII = 128;

/** Node keys to child nodes in open addressing over typed arrays: a walk takes a step per
 *  character, and a Map's hashing and boxing cost several times more per step. */
class NodeTable {
  private keys = new Int32Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private size = 0;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) & mask; ; h = (h + 1) & mask) {
      const k = this.keys[h]!;
      if (k === key) return this.values[h]!;
      if (k === -1) return 0;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) & mask;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
    if (this.keys[h] === -1) this.size++;
    this.keys[h] = key;
    this.values[h] = value;
  }

  private grow(): void {
    const [keys, values] = [this.keys, this.values];
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}

export class PrefixTrie<T> {
  /** Child of a node by character (0 for none): key `node * 128 + code` (patterns are ASCII). */
  private readonly children = new NodeTable();
  /** The nodes at depth one and two by their characters (0 for none): nearly every walk ends
   *  there, so those steps read an array instead of hashing. */
  private readonly depth1 = new Int32Array(ASCII);
  private readonly depth2 = new Int32Array(ASCII * ASCII);
  /** Data of the patterns that end at a node, by node. */
  private readonly terminal: Array<T | undefined> = [undefined];

  constructor(patterns: Iterable<{ pattern: string; data: T }>, merge: (a: T, b: T) => T) {
    for (const { pattern, data } of patterns) {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) node = this.child(node, pattern.charCodeAt(i) % ASCII, i);
      const prev = this.terminal[node];
      this.terminal[node] = prev === undefined ? data : merge(prev, data);
    }
  }

  private child(node: number, code: number, depth: number): number {
    const key = node * ASCII + code;
    let child = this.children.get(key);
    if (child !== 0) return child;
    child = this.terminal.length;
    this.terminal.push(undefined);
    this.children.set(key, child);
    if (depth === 0) this.depth1[code] = child;
    else if (depth === 1) this.depth2[this.firstCodeOf(node) * ASCII + code] = child;
    return child;
  }

  private firstCodeOf(node: number): number {
    return this.depth1.indexOf(node);
  }

  /** Every pattern that starts at `start` in `text` (ASCII), shortest first. */
  matchesAt(text: string, start: number, out: Array<TrieHit<T>>): void {
    const first = this.depth1[text.charCodeAt(start) % ASCII]!;
    if (first === 0) return;
    this.emit(first, start, start + 1, out);
    if (start + 1 >= text.length) return;
    let node = this.depth2[(text.charCodeAt(start) % ASCII) * ASCII + (text.charCodeAt(start + 1) % ASCII)]!;
    for (let i = start + 1; node !== 0; ) {
      this.emit(node, start, i + 1, out);
      if (++i >= text.length) return;
      node = this.children.get(node * ASCII + (text.charCodeAt(i) % ASCII));
    }
  }

  private emit(node: number, start: number, end: number, out: Array<TrieHit<T>>): void {
    const data = this.terminal[node];
    if (data !== undefined) out.push({ start, end, data });
  }
}
