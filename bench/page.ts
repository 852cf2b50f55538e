// What the browser benches share: Chromium's flags on this machine, a synthetic graph of the size
// the targets name, a stand-in window.api that serves it as the overview, and a way to run a
// function in the page. The page is the built renderer (out/renderer) served as in the e2e
// harness, so the benches measure the app's own code.

/** Headless Chromium as the e2e specs and the probe of this machine start it. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES = ['country', 'region', 'agency', 'organization', 'official', 'agreement'];
const RELATIONS = ['heads', 'represents', 'part_of', 'cooperates_with', 'meets', 'supports', 'attacks', 'funds'];

export interface Synthetic {
  nodes: Array<{ id: string; type: string; label: string; aliases: object; mentionCount: number; degree: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string; evidenceCount: number }>;
}

/** A clustered random graph (communities of ~50 nodes, most edges inside), seeded. */
export function syntheticGraph(nodes = 5_000, edges = 15_000, seed = 42): Synthetic {
  let state = seed;
  const rnd = (): number => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = (n: number): number => Math.floor(rnd() * n);
  const degree = new Array<number>(nodes).fill(0);
  const out: Synthetic = { nodes: [], edges: [] };
  for (let i = 0; i < edges; i++) {
    const s = pick(nodes);
    const local = rnd() < 0.85;
    let t = local ? Math.min(nodes - 1, Math.floor(s / 50) * 50 + pick(50)) : pick(nodes);
    if (t === s) t = (s + 1) % nodes;
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    out.edges.push({ id: `r${i + 1}`, source: `e${s + 1}`, target: `e${t + 1}`, type: RELATIONS[i % RELATIONS.length] as string, evidenceCount: 1 + pick(4) });
  }
  for (let i = 0; i < nodes; i++) {
    out.nodes.push({ id: `e${i + 1}`, type: TYPES[i % TYPES.length] as string, label: `Entity ${i + 1}`, aliases: {}, mentionCount: 1 + pick(20), degree: degree[i] ?? 0 });
  }
  return out;
}

/**
 * The page's window.api: the synthetic graph as the overview, empty answers elsewhere; a PNG the
 * page exports is counted (`__benchPng`), not written. Runs in the page.
 */
export function stubApi(graph: Synthetic): void {
  const ok = (value: unknown) => Promise.resolve({ ok: true, value });
  const g = globalThis as unknown as Record<string, unknown> & { addEventListener(t: string, f: (e: { detail: unknown }) => void): void };
  const api: Record<string, unknown> = {
    'graph:overview': () => ok({ ...graph, totals: { nodes: graph.nodes.length, edges: graph.edges.length, articles: 0 }, truncated: false }),
    'graph:neighbourhood': () => ok({ nodes: [], edges: [], totals: { nodes: 0, edges: 0, articles: 0 }, truncated: false }),
    'graph:metrics': (input: { metric: string }) => ok({ metric: input.metric, values: {} }),
    'layout:load': () => ok({ positions: {} }),
    'layout:save': () => ok({ saved: 0 }),
    'search:query': () => ok({ entities: [], articles: [] }),
    'export:formats': () => ok([]),
    'export:png': (input: { data: { length: number } }) => {
      g.__benchPng = { at: performance.now(), bytes: input.data.length };
      return ok({ saved: true, file: 'bench.png', bytes: input.data.length });
    },
    onImportProgress: () => () => undefined,
    onStoreChanged: () => () => undefined,
    onMenu: () => () => undefined,
  };
  g.api = new Proxy(api, { get: (t, k: string) => t[k] ?? (() => ok(null)) });
  g.addEventListener('kg:rendered', (e) => (g.__benchRendered = { ...(e.detail as object), at: performance.now() }));
}

/**
 * Source for running `fn(arg)` in the page. tsx (esbuild with keepNames) wraps functions in a
 * `__name(fn, "name")` helper that does not exist in the page, so the source carries a stand-in.
 */
export function inPage<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { var __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}
