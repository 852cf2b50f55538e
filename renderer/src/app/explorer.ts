// The explorer's core: holds the view state, the filters and the display options, and runs every
// change through the render pipeline (./pipeline), then marks the graph ready (#graph
// data-state/data-render-seq and a `kg:rendered` event, which the e2e tests wait on). Changes the
// analyst makes go through `commit`, which records an undo step. What the actions are (expand,
// hide, path, ...) lives in ./actions; this file is the plumbing.
import type { GraphFilters, GraphView as EngineView, Metric } from '../../../shared/ipc';
import type { Point } from '../graph/mapper';
import { sizesFromValues } from '../graph/sizing';
import type { ColorBy, Theme } from '../graph/stylesheet';
import { call } from '../lib/api';
import { Emitter } from '../lib/emitter';
import type { LayoutClient } from '../layout/layout-client';
import type { LayoutName } from '../layout/protocol';
import type { GraphView, RendererChoice } from '../view/graph-view';
import { DEFAULT_FILTERS, toGraphFilters } from './filters';
import type { FilterState } from './filters';
import { History } from './history';
import { EMPTY, refresh, withPositions } from './working-set';
import type { Source, WorkingSet } from './working-set';
import { fetchSource, PositionSaver } from './engine-io';
import { RenderPipeline } from './pipeline';
import type { LayoutPlan } from './pipeline';

export type SizeBy = 'degree' | 'mentions' | Exclude<Metric, 'degree'>;

export interface DisplayState {
  theme: Theme;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  renderer: RendererChoice;
}

export interface ExplorerEvents {
  state: WorkingSet;
  history: { undo: string | null; redo: string | null };
  busy: string | null;
  /** `ms` runs from the start of the render to its first drawn frame; `layoutMs` is the worker's share. */
  rendered: { seq: number; layout: LayoutName | null; ms: number; layoutMs: number };
  error: string;
}

export class Explorer {
  ws: WorkingSet = EMPTY;
  filters: FilterState = DEFAULT_FILTERS;
  display: DisplayState = { theme: 'light', colorBy: 'type', sizeBy: 'degree', renderer: 'auto' };
  readonly events = new Emitter<ExplorerEvents>();
  readonly history = new History<WorkingSet>();
  private readonly pipeline: RenderPipeline;
  private readonly saver = new PositionSaver();
  private sizes: ReadonlyMap<string, number> | null = null;
  private communities: ReadonlyMap<string, number> | null = null;
  private renderSeq = 0;
  private reloadSeq = 0;
  private busyCount = 0;

  constructor(
    readonly view: GraphView,
    layout: LayoutClient,
  ) {
    this.pipeline = new RenderPipeline(view, layout);
  }

  get graphFilters(): GraphFilters {
    return toGraphFilters(this.filters);
  }

  /** Runs `work` with the busy indicator on; errors are reported, not thrown. */
  async busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    this.busyCount++;
    this.events.emit('busy', label);
    try {
      return await work();
    } catch (err) {
      this.events.emit('error', err instanceof Error ? err.message : String(err));
      return undefined;
    } finally {
      if (--this.busyCount === 0) this.events.emit('busy', null);
    }
  }

  /** Records an undo step and shows `next`. */
  async commit(label: string, next: WorkingSet, plan: LayoutPlan = 'incremental', fit = false): Promise<void> {
    this.history.record(label, this.ws);
    this.ws = next;
    this.emitHistory();
    await this.render(plan, fit);
  }

  /** Records an undo step for a change the mount already shows (a layout, a drag). */
  recordStep(label: string): void {
    this.history.record(label, this.ws);
    this.emitHistory();
  }

  /** Replaces the state without an undo step (first load, filters, imports). */
  async replace(next: WorkingSet, plan: LayoutPlan, fit: boolean): Promise<void> {
    this.ws = next;
    await this.render(plan, fit);
  }

  async undo(): Promise<void> {
    const entry = this.history.undo(this.ws);
    if (!entry) return;
    this.ws = entry.state;
    this.emitHistory();
    await this.render('none', false, true);
  }

  async redo(): Promise<void> {
    const entry = this.history.redo(this.ws);
    if (!entry) return;
    this.ws = entry.state;
    this.emitHistory();
    await this.render('none', false, true);
  }

  /** Re-runs every source of the view under the current filters. */
  async reload(fit = false): Promise<void> {
    const mine = ++this.reloadSeq;
    const filters = this.graphFilters;
    const sources: Source[] = this.ws.sources.length ? [...this.ws.sources] : [{ kind: 'overview' }];
    const views: EngineView[] = [];
    for (const source of sources) views.push(await fetchSource(source, filters));
    if (mine !== this.reloadSeq) return; // a newer filter change has asked again
    await this.replace(refresh(this.ws, sources, views), 'incremental', fit);
  }

  setFilters(next: FilterState): Promise<void> {
    this.filters = next;
    return this.busy('Applying filters', () => this.reload()).then(() => undefined);
  }

  async setDisplay(patch: Partial<DisplayState>): Promise<void> {
    this.display = { ...this.display, ...patch };
    if (patch.sizeBy !== undefined || patch.colorBy !== undefined) await this.busy('Computing metrics', () => this.computeDisplayData());
    this.view.setDisplay(this.viewDisplay());
    this.view.sync(this.ws);
    this.events.emit('state', this.ws);
  }

  notePositions(positions: ReadonlyMap<string, Point>, label: string | null): void {
    const before = this.ws;
    this.ws = withPositions(this.ws, positions);
    if (label) {
      this.history.record(label, before);
      this.emitHistory();
    }
    this.saver.save(positions);
  }

  async render(plan: LayoutPlan, fit: boolean, exact = false): Promise<void> {
    const seq = ++this.renderSeq;
    this.view.cy.container()?.setAttribute('data-state', 'loading');
    await this.computeDisplayData();
    if (seq !== this.renderSeq) return;
    this.view.cy.container()?.setAttribute('data-state', 'layout');
    const outcome = await this.pipeline.run(this.ws, this.viewDisplay(), plan, fit, exact);
    if (!outcome || seq !== this.renderSeq) return;
    this.ws = withPositions(this.ws, this.view.positions());
    this.finishRender(seq, outcome.layout, outcome.ms, outcome.layoutMs);
  }

  private finishRender(seq: number, layout: LayoutName | null, ms: number, layoutMs: number): void {
    const container = this.view.cy.container();
    container?.setAttribute('data-state', 'ready');
    container?.setAttribute('data-render-seq', String(seq));
    if (layout) this.saver.save(this.view.positions());
    this.events.emit('state', this.ws);
    const detail = { seq, layout, ms, layoutMs };
    this.events.emit('rendered', detail);
    window.dispatchEvent(new CustomEvent('kg:rendered', { detail }));
  }

  private async computeDisplayData(): Promise<void> {
    const nodes = [...this.ws.nodes.values()];
    const ids = nodes.map((n) => n.id);
    const sizeBy = this.display.sizeBy;
    if (sizeBy === 'degree' || sizeBy === 'mentions' || ids.length === 0) {
      this.sizes = sizesFromValues(new Map(nodes.map((n) => [n.id, sizeBy === 'mentions' ? n.mentionCount : n.degree])));
    } else {
      const m = await call('graph:metrics', { metric: sizeBy, nodeIds: ids, filters: this.graphFilters });
      this.sizes = sizesFromValues(m.values);
    }
    if (this.display.colorBy === 'community' && ids.length > 0) {
      const m = await call('graph:metrics', { metric: 'degree', community: 'louvain', nodeIds: ids, filters: this.graphFilters });
      this.communities = new Map(Object.entries(m.communities ?? {}));
    } else this.communities = null;
  }

  private viewDisplay(): Parameters<GraphView['setDisplay']>[0] {
    const { theme, colorBy, renderer } = this.display;
    return { style: { theme, colorBy }, renderer, sizes: this.sizes, communities: this.communities };
  }

  private emitHistory(): void {
    this.events.emit('history', { undo: this.history.undoLabel, redo: this.history.redoLabel });
  }
}
