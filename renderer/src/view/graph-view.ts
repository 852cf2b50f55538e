// The thin mount: owns the Cytoscape instance in #graph, keeps it in step with the view state
// through the pure mapper and a sync plan, and switches between the canvas and the WebGL
// renderer by size (Cytoscape picks its renderer at creation, so switching means a remount that
// carries elements, positions and viewport over). Behaviour lives in controllers (./controllers),
// attached to every instance this mount creates. What WebGL gets from the browser (support,
// context attributes, Cytoscape's WebGL options) is in ./webgl-context.
import cytoscape from 'cytoscape';
import { toElements } from '../graph/mapper';
import type { MapOptions, Point } from '../graph/mapper';
import { backgroundColor, buildStylesheet } from '../graph/stylesheet';
import type { StyleOptions } from '../graph/stylesheet';
import { placeNewNodes } from '../../../shared/placement';
import type { LayoutEdgeInput, LayoutNodeInput } from '../layout/request';
import { visibleEdges, visibleNodes } from '../app/working-set';
import type { WorkingSet } from '../app/working-set';
import { planSync } from './sync';
import type { CurrentElement } from './sync';
import { contextAttributes, WEBGL_OPTIONS, webglSupport, withContextAttributes } from './webgl-context';

export type RenderMode = 'canvas' | 'webgl';
export type RendererChoice = 'auto' | RenderMode;
/** Above this many elements the auto renderer is WebGL. */
export const WEBGL_THRESHOLD = 2500;

export interface Display {
  /** Theme and colouring; the renderer and the large-view style are the mount's decision. */
  style: Omit<StyleOptions, 'webgl' | 'large'>;
  renderer: RendererChoice;
  sizes: ReadonlyMap<string, number> | null;
  communities: ReadonlyMap<string, number> | null;
}

/** Attaches one behaviour to a Cytoscape instance; returns how to detach it. */
export type Controller = (cy: cytoscape.Core) => () => void;

export interface SyncResult {
  /** Nodes that arrived without a known position and were placed next to their neighbours. */
  placed: string[];
  added: number;
  removed: number;
}

export class GraphView {
  cy: cytoscape.Core;
  mode: RenderMode;
  /** More than WEBGL_THRESHOLD elements: straight edges, labels by level of detail. */
  large = false;
  private readonly controllers: Controller[] = [];
  private detachers: Array<() => void> = [];

  constructor(
    private readonly container: HTMLElement,
    private display: Display,
  ) {
    this.mode = display.renderer === 'webgl' ? 'webgl' : 'canvas';
    this.cy = this.create([], this.mode);
  }

  use(controller: Controller): void {
    this.controllers.push(controller);
    this.detachers.push(controller(this.cy));
  }

  setDisplay(display: Display): void {
    const themeChanged = display.style.theme !== this.display.style.theme;
    this.display = display;
    if (themeChanged) this.container.style.backgroundColor = backgroundColor(display.style.theme);
    if (this.mode === 'webgl' && themeChanged) this.remount(this.mode);
    else this.restyle();
  }

  private restyle(): void {
    this.cy.style(buildStylesheet({ ...this.display.style, webgl: this.mode === 'webgl', large: this.large }));
  }

  /** Brings the graph in line with `ws`. New nodes without a stored position go near their neighbours. */
  sync(ws: WorkingSet): SyncResult {
    const nodes = visibleNodes(ws);
    const edges = visibleEdges(ws);
    this.ensureMode(nodes.length + edges.length);
    const options: MapOptions = { positions: ws.positions, pinned: ws.pinned };
    if (this.display.sizes) options.sizes = this.display.sizes;
    if (this.display.communities) options.communities = this.display.communities;
    const desired = toElements({ nodes, edges }, options);
    const current = new Map<string, CurrentElement>();
    this.cy.elements().forEach((el) => {
      current.set(el.id(), { data: el.data() as Record<string, unknown>, locked: el.isNode() && el.locked() });
    });
    const plan = planSync(current, desired);
    const known = this.positions();
    for (const [id, p] of ws.positions) if (!known.has(id)) known.set(id, p);
    const unplaced = plan.add.filter((d) => d.group === 'nodes' && !d.position).map((d) => d.data.id as string);
    const placed = placeNewNodes(unplaced, edges, known);
    for (const def of plan.add) {
      const p = def.data.id ? placed.get(def.data.id) : undefined;
      if (p) def.position = { ...p };
    }
    this.cy.batch(() => {
      this.cy.remove(plan.remove.map((id) => `#${CSS.escape(id)}`).join(',') || '#__none');
      this.cy.add(plan.add);
      for (const u of plan.update) {
        const el = this.cy.$id(u.id);
        if (!('community' in u.data)) el.removeData('community communityColor');
        el.data(u.data);
      }
      for (const id of plan.lock) this.cy.$id(id).lock().addClass('pinned');
      for (const id of plan.unlock) this.cy.$id(id).unlock().removeClass('pinned');
    });
    return { placed: unplaced, added: plan.add.length, removed: plan.remove.length };
  }

  positions(): Map<string, Point> {
    const out = new Map<string, Point>();
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      out.set(n.id(), { x: p.x, y: p.y });
    });
    return out;
  }

  /** Moves nodes (except pinned ones), animated for small views so the eye can follow. */
  async applyPositions(positions: ReadonlyMap<string, Point>, animate: boolean): Promise<void> {
    const nodes = this.cy.nodes().filter((n) => positions.has(n.id()) && !n.locked());
    if (!animate || nodes.length > 400) {
      this.cy.batch(() => nodes.forEach((n) => void n.position({ ...(positions.get(n.id()) as Point) })));
      return;
    }
    const target: Record<string, Point> = {};
    nodes.forEach((n) => void (target[n.id()] = positions.get(n.id()) as Point));
    const layout = nodes.layout({ name: 'preset', positions: target, animate: true, animationDuration: 350, fit: false });
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
  }

  layoutInput(fixed: ReadonlySet<string>, rank?: ReadonlyMap<string, number>): { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] } {
    const nodes: LayoutNodeInput[] = this.cy.nodes().map((n) => ({
      id: n.id(),
      position: { ...n.position() },
      fixed: fixed.has(n.id()) || n.locked(),
      size: n.data('size') as number,
      rank: rank?.get(n.id()) ?? (n.data('degree') as number),
      label: n.data('label') as string,
    }));
    const edges: LayoutEdgeInput[] = this.cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), weight: e.data('evidence') as number }));
    return { nodes, edges };
  }

  /**
   * Resolves once Cytoscape has drawn a frame with the current state. Its render loop runs on
   * requestAnimationFrame ahead of ours, so two frames later the draw has happened (the WebGL
   * renderer emits no 'render' event to wait on).
   */
  nextFrame(): Promise<void> {
    this.cy.forceRender();
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  }

  /**
   * Applies the stylesheet to every element now rather than in the next frame. Uses Cytoscape's
   * collection `cleanStyle`, which its render loop calls; it is not in the typings, hence the check.
   */
  computeStyles(): void {
    const eles = this.cy.elements() as unknown as { cleanStyle?: () => void };
    eles.cleanStyle?.();
  }

  /**
   * Holds drawing until the returned function is called: a large view is drawn once, laid out and
   * fitted, instead of at its provisional positions while the layout runs (a frame of thousands
   * of elements can take seconds in software rendering).
   */
  holdDrawing(): () => void {
    this.cy.startBatch();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.cy.endBatch();
    };
  }

  /** Asked-for renderer first; automatically, WebGL for large views when a GPU draws it. */
  private chooseMode(elements: number): RenderMode {
    const choice = this.display.renderer;
    if (choice === 'canvas') return 'canvas';
    if (choice === 'webgl') return webglSupport() === 'none' ? 'canvas' : 'webgl';
    return elements > WEBGL_THRESHOLD && webglSupport() === 'hardware' ? 'webgl' : 'canvas';
  }

  private ensureMode(elements: number): void {
    const large = elements > WEBGL_THRESHOLD;
    const want = this.chooseMode(elements);
    const restyle = large !== this.large;
    this.large = large;
    if (want !== this.mode) this.remount(want);
    else if (restyle) this.restyle();
  }

  private remount(mode: RenderMode): void {
    const elements = this.cy.elements().jsons() as unknown as cytoscape.ElementDefinition[];
    const viewport = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    for (const detach of this.detachers) detach();
    this.cy.destroy();
    this.mode = mode;
    this.cy = this.create(elements, mode);
    this.cy.viewport(viewport);
    this.detachers = this.controllers.map((c) => c(this.cy));
  }

  private create(elements: cytoscape.ElementDefinition[], mode: RenderMode): cytoscape.Core {
    // The WebGL renderer reads the background from the container's inline style when it starts.
    this.container.style.backgroundColor = backgroundColor(this.display.style.theme);
    this.container.dataset.renderer = mode;
    // `renderer` is a documented init option that Cytoscape's typings do not list.
    const options: cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean; webglTexPerBatch?: number } } = {
      container: this.container,
      elements,
      layout: { name: 'preset' },
      style: buildStylesheet({ ...this.display.style, webgl: mode === 'webgl', large: this.large }),
      renderer: mode === 'webgl' ? { name: 'canvas', webgl: true, ...WEBGL_OPTIONS } : { name: 'canvas', webgl: false },
      boxSelectionEnabled: true,
      selectionType: 'single',
      minZoom: 0.02,
      maxZoom: 6,
      hideEdgesOnViewport: false,
      textureOnViewport: false,
    };
    return mode === 'webgl' ? withContextAttributes(contextAttributes(), () => cytoscape(options)) : cytoscape(options);
  }
}
