// Undo/redo of view changes as a stack of immutable snapshots with labels ("Expand ANAMA",
// "Hide 3 entities"). The view state is immutable (./working-set), so a snapshot is a reference,
// and undo is cheap: restore the previous state and re-sync the view. Filters and panels are not
// part of it; only what the analyst did to the graph.

export interface Entry<T> {
  label: string;
  state: T;
}

export class History<T> {
  private readonly past: Array<Entry<T>> = [];
  private readonly future: Array<Entry<T>> = [];

  constructor(private readonly limit = 100) {}

  /** Records `before` as the state to return to when `label` is undone. */
  record(label: string, before: T): void {
    this.past.push({ label, state: before });
    if (this.past.length > this.limit) this.past.shift();
    this.future.length = 0;
  }

  undo(current: T): Entry<T> | null {
    const entry = this.past.pop();
    if (!entry) return null;
    this.future.push({ label: entry.label, state: current });
    return entry;
  }

  redo(current: T): Entry<T> | null {
    const entry = this.future.pop();
    if (!entry) return null;
    this.past.push({ label: entry.label, state: current });
    return entry;
  }

  get undoLabel(): string | null {
    return this.past[this.past.length - 1]?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.future[this.future.length - 1]?.label ?? null;
  }

  clear(): void {
    this.past.length = 0;
    this.future.length = 0;
  }
}
