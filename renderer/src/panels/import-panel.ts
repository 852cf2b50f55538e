// Importing from the UI: the toolbar's Import menu and the app menu ask the engine to show a file
// or folder dialog; files and folders dropped on the window go through the preload's
// `importDropped`. Progress arrives as `import:progress` events: a bar, each file's outcome, and
// the failures with their reasons. When a job ends the graph reloads (`onFinished`).
import type { FileStatus, ImportProgress, ImportStarted } from '../../../shared/ipc';
import type { Result } from '../../../shared/errors';
import { api, call, errorMessage } from '../lib/api';
import { byId, formatCount, h, replaceChildren } from '../lib/dom';

const STATUS_LABEL: Readonly<Record<FileStatus, string>> = { added: 'added', unchanged: 'unchanged', replaced: 'updated', failed: 'failed' };

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export class ImportPanel {
  private readonly root = byId('import-panel');
  private jobId: string | null = null;
  private files: Array<{ file: string; status: FileStatus; reason?: string }> = [];
  private last: ImportProgress | null = null;
  private seenDone = 0;

  constructor(private readonly onFinished: (progress: ImportProgress) => void) {
    api().onImportProgress((p) => this.update(p));
    this.root.hidden = true;
  }

  async choose(source: 'files' | 'folder'): Promise<void> {
    try {
      const started = await call('import:files', { source });
      this.started(started);
    } catch (err) {
      this.showError(errorMessage(err));
    }
  }

  async dropped(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    let result: Result<ImportStarted>;
    try {
      result = await api().importDropped(files);
    } catch (err) {
      this.showError(errorMessage(err));
      return;
    }
    if (result.ok) this.started(result.value);
    else this.showError(`${result.error.message} (${result.error.code})`);
  }

  get running(): boolean {
    return this.last?.state === 'running';
  }

  private started(started: ImportStarted): void {
    if (!started.started) return; // the user cancelled the dialog
    if (this.jobId === started.jobId) return; // its progress events arrived first
    this.jobId = started.jobId;
    this.files = [];
    this.seenDone = 0;
    this.last = { jobId: started.jobId, state: 'running', total: null, done: 0 };
    this.render();
  }

  update(p: ImportProgress): void {
    if (this.jobId !== null && p.jobId !== this.jobId && this.running) return;
    if (p.jobId !== this.jobId) {
      this.jobId = p.jobId;
      this.files = [];
      this.seenDone = 0;
    }
    // Every event repeats the last finished file; only a higher `done` means a new one.
    if (p.last && p.done > this.seenDone) this.files.push({ file: p.last.file, status: p.last.status, reason: p.last.reason ?? p.last.code });
    this.seenDone = Math.max(this.seenDone, p.done);
    this.last = p;
    this.render();
    if (p.state !== 'running') this.onFinished(p);
  }

  private showError(message: string): void {
    this.root.hidden = false;
    this.root.dataset.state = 'failed';
    replaceChildren(this.root, this.head('Import failed'), h('p', { class: 'error-text', attrs: { role: 'alert' } }, message));
  }

  private head(title: string): HTMLElement {
    const close = h('button', { class: 'link-button', attrs: { type: 'button', 'aria-label': 'Close import panel' }, on: { click: () => (this.root.hidden = true) } }, '✕');
    const cancel =
      this.running && this.jobId
        ? h('button', { class: 'btn small', attrs: { type: 'button', 'data-action': 'cancel-import' }, on: { click: () => void call('import:cancel', { jobId: this.jobId as string }).catch(() => undefined) } }, 'Cancel')
        : null;
    return h('div', { class: 'panel-head' }, h('h2', {}, title), cancel, close);
  }

  private render(): void {
    const p = this.last;
    if (!p) return;
    this.root.hidden = false;
    this.root.dataset.state = p.state;
    const bar = h('progress', { attrs: { max: p.total ?? 1, 'aria-label': 'Import progress' } });
    if (p.total !== null) bar.value = p.done;
    else bar.removeAttribute('value');
    const title = p.state === 'running' ? 'Importing…' : p.state === 'done' ? 'Import finished' : p.state === 'cancelled' ? 'Import cancelled' : 'Import failed';
    const counts = p.total !== null ? `${formatCount(p.done)} of ${formatCount(p.total)} files` : `${formatCount(p.done)} files`;
    const failed = this.files.filter((f) => f.status === 'failed');
    const summary = p.summary ? `${p.summary.added} added · ${p.summary.replaced} updated · ${p.summary.unchanged} unchanged · ${p.summary.failed.length} failed` : null;
    const errors = p.summary?.failed.length ? p.summary.failed.map((f) => ({ file: f.file, reason: `${f.reason} (${f.code})` })) : failed.map((f) => ({ file: f.file, reason: f.reason ?? 'failed' }));
    replaceChildren(
      this.root,
      this.head(title),
      bar,
      h('div', { class: 'import-counts', attrs: { role: 'status' } }, counts),
      summary ? h('div', { class: 'import-summary' }, summary) : null,
      p.error ? h('p', { class: 'error-text', attrs: { role: 'alert' } }, `${p.error.message} (${p.error.code})`) : null,
      errors.length
        ? h('div', { class: 'import-errors' }, h('h3', {}, `Errors (${errors.length})`), h('ul', { class: 'plain-list' }, ...errors.map((e) => h('li', { attrs: { 'data-file': baseName(e.file) } }, h('strong', {}, baseName(e.file)), ': ', e.reason))))
        : null,
      h('ul', { class: 'import-files plain-list' }, ...this.files.slice(-50).map((f) => h('li', { class: `file-${f.status}`, attrs: { 'data-file': baseName(f.file) } }, h('span', { class: 'file-name' }, baseName(f.file)), h('span', { class: 'file-status' }, STATUS_LABEL[f.status])))),
    );
  }
}
