// The renderer's entry point and composition root: loads the bundled fonts (Arabic labels are
// drawn on a canvas, so the font must be ready before the first frame), builds the mount, the
// explorer and the panels, binds controllers, commands and engine events, then loads the
// overview. Everything else is in the modules it wires together.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import './styles/app.css';
import { api } from './lib/api';
import { debounce } from './lib/timing';
import { Actions } from './app/actions';
import { createCommands } from './app/commands';
import { contextItems } from './app/context-items';
import { Explorer } from './app/explorer';
import { activeFilterCount } from './app/filters';
import { Navigator } from './app/navigator';
import { bindToolbar, layoutChoice } from './app/toolbar';
import { installTestHooks } from './app/test-hooks';
import { byId } from './lib/dom';
import { DetailsPanel } from './panels/details';
import { installDropZone } from './panels/drop-zone';
import { FilterPanel } from './panels/filter-panel';
import { ImportPanel } from './panels/import-panel';
import { renderLegend } from './panels/legend';
import { SearchBox } from './panels/search-box';
import { selectionView } from './panels/selection-panel';
import { renderStatus } from './panels/status-bar';
import type { StatusInfo } from './panels/status-bar';
import { notify } from './panels/toasts';
import { contextMenuController } from './view/controllers/context-menu';
import { dragController } from './view/controllers/drag';
import { hoverController } from './view/controllers/hover';
import { lassoController } from './view/controllers/lasso';
import { labelLodController } from './view/controllers/label-lod';
import { installShortcuts, shortcutTable } from './view/controllers/keyboard';
import { selectionController } from './view/controllers/selection';
import { GraphView } from './view/graph-view';
import { LayoutClient } from './layout/layout-client';
import type { RendererChoice } from './view/graph-view';

async function fontsReady(): Promise<void> {
  await Promise.all([document.fonts.load('11px "Noto Sans"', 'Azerbaijan'), document.fonts.load('11px "Noto Sans Arabic"', 'أذربيجان')]).catch(() => undefined);
}

/** `?renderer=canvas|webgl` forces a renderer (diagnostics, the render bench); the default picks by size. */
function rendererChoice(): RendererChoice {
  const asked = new URLSearchParams(location.search).get('renderer');
  return asked === 'canvas' || asked === 'webgl' ? asked : 'auto';
}

async function start(): Promise<void> {
  // The small ForceAtlas2 worker starts first, while the UI thread still has idle time to bring it
  // up; the Cytoscape one (a large script to compile) starts with the first layout that needs it,
  // or once the first graph is on screen, so it never competes with a large first render.
  const layout = new LayoutClient();
  layout.warm('fa2');
  const theme = localStorage.getItem('kg.theme') === 'dark' ? 'dark' : 'light';
  const renderer = rendererChoice();
  document.documentElement.dataset.theme = theme;
  await fontsReady();
  const view = new GraphView(byId('graph'), { style: { theme, colorBy: 'type' }, renderer, sizes: null, communities: null });
  const ex = new Explorer(view, layout);
  ex.display = { ...ex.display, theme, renderer };
  const actions = new Actions(ex, notify);
  const details = new DetailsPanel();
  const nav = new Navigator(ex, actions, details);
  const filters = new FilterPanel((next) => void ex.setFilters(next));
  nav.onFiltersChangedElsewhere = () => filters.set(ex.filters);
  const search = new SearchBox({
    pickEntity: (id) => void actions.focusEntity(id).then(() => nav.entityDetails(id)),
    pickArticle: (id) => nav.openArticle(id),
  });
  const reload = debounce(() => void ex.busy('Reloading', () => ex.reload()), 300);
  const imports = new ImportPanel((p) => {
    if (p.state === 'done' && p.summary) notify(`Import finished: ${p.summary.added} added, ${p.summary.replaced} updated, ${p.summary.failed.length} failed`, p.summary.failed.length ? 'error' : 'info');
    reload();
  });
  const commands = createCommands({
    ex,
    actions,
    search,
    imports,
    layoutChoice,
    selectionOrder: () => selectedOrder,
    onPanelsToggled: () => requestAnimationFrame(() => ex.view.cy.resize()),
  });

  let selectedOrder: string[] = [];
  const status: StatusInfo = { ws: ex.ws, renderer: view.mode, selected: { nodes: 0, edges: 0 }, layout: null, busy: null, filtersActive: 0 };
  const refreshStatus = (): void => renderStatus({ ...status, ws: ex.ws, renderer: ex.view.mode, filtersActive: activeFilterCount(ex.filters) });
  view.use(
    selectionController((sel) => {
      status.selected = { nodes: sel.nodes.length, edges: sel.edges.length };
      refreshStatus();
      selectedOrder = sel.nodes;
      if (sel.focus?.kind === 'edge' && sel.edges.includes(sel.focus.id)) void nav.relationDetails(sel.focus.id);
      else if (sel.focus?.kind === 'node' && sel.nodes.length === 1 && sel.nodes[0] === sel.focus.id) void nav.entityDetails(sel.focus.id);
      else if (sel.nodes.length > 1) {
        const nodes = sel.nodes.map((id) => ex.ws.nodes.get(id)).filter((n) => n !== undefined);
        details.show(selectionView(nodes, sel.edges.length, nav));
      }
    }),
  );
  view.use(hoverController);
  view.use(lassoController);
  view.use(labelLodController(() => view.large));
  view.use(dragController((positions, label) => ex.notePositions(positions, label)));
  view.use(contextMenuController((t) => contextItems(t, ex, actions, commands, nav)));

  ex.events.on('state', (ws) => {
    status.ws = ws;
    refreshStatus();
    filters.updateCounts(ws);
    renderLegend(ex.display, ex.view.mode);
    const empty = byId('empty-state');
    empty.hidden = ws.nodes.size > 0;
    empty.textContent = activeFilterCount(ex.filters) ? 'Nothing matches the current filters.' : 'No entities yet. Import articles with Ctrl+O, the Import button, or by dropping files here.';
  });
  ex.events.on('busy', (label) => {
    status.busy = label;
    byId('busy').hidden = label === null;
    refreshStatus();
  });
  ex.events.on('rendered', (r) => {
    if (r.layout) status.layout = { name: r.layout, layoutMs: r.layoutMs, ms: r.ms };
    refreshStatus();
  });
  ex.events.on('error', (message) => notify(message, 'error'));

  bindToolbar(ex, actions, commands);
  installShortcuts(shortcutTable(commands));
  installDropZone((files) => void imports.dropped(files));
  api().onMenu((action) => commands.menu(action));
  api().onStoreChanged((change) => (change.reason === 'import' || change.reason === 'labels' ? reload() : void actions.loadOverview()));
  window.addEventListener('resize', debounce(() => ex.view.cy.resize(), 100));
  if (navigator.webdriver) installTestHooks(ex);
  renderLegend(ex.display, view.mode);
  await actions.loadOverview();
  layout.warm('cytoscape');
}

void start();
