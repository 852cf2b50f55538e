// Rendering speed of the graph view in headless Chromium (SwiftShader for WebGL): the built
// renderer (out/renderer) is served as in the e2e harness, with a stand-in window.api whose
// overview is a synthetic 5,000-node / 15,000-edge graph. For the canvas and the WebGL renderer
// it measures the app's own pipeline, overview -> ForceAtlas2 in the layout worker -> preset
// positions -> first drawn frame (the `kg:rendered` event), and then the frame time while the
// camera pans and zooms: each step moves the camera and waits for the animation frame after
// Cytoscape has drawn it (requestAnimationFrame timing), alongside Cytoscape's own draw time per
// frame and the mean step over the whole run until the last frame's pixels exist (SwiftShader
// draws WebGL on the CPU behind the page). The layout must stay a layout: the median edge is
// held well below the median distance between two nodes, and few nodes may lie on top of
// another (./layout-quality). Prints medians and the WebGL-to-canvas frame-time ratio. Targets:
// layout + first render < 3 s; WebGL frames at least 3x faster than canvas, which says little
// when WebGL is a software rasteriser (the bench then prints which one and why). Needs
// `node node_modules/electron-vite/bin/electron-vite.js build` first.
import { availableParallelism } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveRenderer } from '../e2e/harness/static-server';
import { CHROMIUM_ARGS, inPage, stubApi, syntheticGraph, type Synthetic } from './page';
import type { BenchContext, BenchModule } from './index';
import { layoutQuality, QUALITY_LIMITS } from './layout-quality';
import type { LayoutQuality } from './layout-quality';
import { median } from './median';

const NODES = 5_000;
const EDGES = 15_000;
const ARGS = [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader'];

interface FirstRender {
  ms: number;
  layoutMs: number;
  at: number;
}

interface FrameStats {
  /** Wall time from moving the camera to the frame that shows it, per step. */
  steps: number[];
  /** Cytoscape's own time spent drawing, per drawn frame (its render loop's counters). */
  drawMs: number;
  /**
   * All the steps from the first move until their pixels exist: the GPU side of WebGL runs
   * behind the page, so the end waits for it (a one-pixel read of the WebGL canvas).
   */
  totalMs: number;
}

/**
 * In the page: moves the camera `steps` times (a pan, then a zoom in and out) and times each step
 * from the move to the animation frame after Cytoscape has drawn it.
 */
function cameraSteps(steps: number): Promise<FrameStats> {
  type Hooks = {
    setViewport(z: number, p: { x: number; y: number }): void;
    viewport(): { zoom: number; pan: { x: number; y: number } };
    drawStats(): { count: number; totalMs: number };
  };
  // The page's DOM, typed by hand: the bench compiles under the Node tsconfig, without DOM types.
  type Gl = { RGBA: number; UNSIGNED_BYTE: number; readPixels(x: number, y: number, w: number, h: number, f: number, t: number, out: Uint8Array): void };
  type Canvas = { getContext(kind: 'webgl2'): Gl | null };
  const g = globalThis as unknown as { __kg: Hooks; requestAnimationFrame(cb: () => void): void; document: { querySelectorAll(s: string): Iterable<Canvas> } };
  const hooks = g.__kg;
  const frame = (): Promise<void> => new Promise((resolve) => g.requestAnimationFrame(resolve));
  const start = hooks.viewport();
  const first = hooks.drawStats();
  const out: number[] = [];
  const settle = (): void => {
    for (const canvas of g.document.querySelectorAll('#graph canvas')) {
      const gl = canvas.getContext('webgl2');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
  };
  const run = async (): Promise<FrameStats> => {
    const begin = performance.now();
    for (let i = 0; i < steps; i++) {
      const half = i < steps / 2;
      const zoom = half ? start.zoom : start.zoom * (1 + 0.5 * Math.sin(((i - steps / 2) / steps) * Math.PI * 4));
      const pan = half ? { x: start.pan.x + 6 * i, y: start.pan.y + 3 * i } : start.pan;
      const before = hooks.drawStats().count;
      const t0 = performance.now();
      hooks.setViewport(zoom, pan);
      do await frame();
      while (hooks.drawStats().count === before && performance.now() - t0 < 10_000);
      out.push(performance.now() - t0);
    }
    settle();
    const totalMs = performance.now() - begin;
    const last = hooks.drawStats();
    return { steps: out, drawMs: (last.totalMs - first.totalMs) / Math.max(1, last.count - first.count), totalMs };
  };
  return run();
}

/** In the page: who rasterises WebGL (the unmasked renderer string) and whether the graph's context antialiases. */
function webglInfo(): { renderer: string; antialias: boolean | null } {
  type Gl = { getExtension(n: string): { UNMASKED_RENDERER_WEBGL: number } | null; getParameter(p: number): unknown; getContextAttributes(): { antialias?: boolean } | null };
  type Canvas = { getContext(kind: 'webgl2'): Gl | null };
  const doc = (globalThis as unknown as { document: { createElement(t: 'canvas'): Canvas; querySelector(s: string): Canvas | null } }).document;
  const probe = doc.createElement('canvas').getContext('webgl2');
  const ext = probe?.getExtension('WEBGL_debug_renderer_info');
  const graph = doc.querySelector('#graph canvas[data-id$="-webgl"]')?.getContext('webgl2');
  return { renderer: ext && probe ? String(probe.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown', antialias: graph?.getContextAttributes()?.antialias ?? null };
}


interface Measured {
  first: FirstRender;
  gl: ReturnType<typeof webglInfo>;
  frames: FrameStats;
  renderer: string;
  quality: LayoutQuality;
}

async function measure(browser: Browser, url: string, graph: Synthetic, mode: 'canvas' | 'webgl', steps: number): Promise<Measured> {
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.addInitScript({ content: inPage(stubApi, graph) });
    await page.goto(`${url}?renderer=${mode}`);
    await page.waitForSelector('#graph[data-state="ready"]', { timeout: 180_000 });
    const first = (await page.evaluate(() => (globalThis as unknown as { __benchRendered: FirstRender }).__benchRendered)) as FirstRender;
    const renderer = (await page.evaluate(() => (globalThis as unknown as { __kg: { rendererMode(): string } }).__kg.rendererMode())) as string;
    type Layout = { x: number[]; y: number[]; edges: number[] };
    const layout = (await page.evaluate(() => (globalThis as unknown as { __kg: { layout(): Layout } }).__kg.layout())) as Layout;
    const gl = (await page.evaluate(inPage(webglInfo, null))) as ReturnType<typeof webglInfo>;
    const frames = (await page.evaluate(inPage(cameraSteps, steps))) as FrameStats;
    return { first, gl, frames: { ...frames, steps: frames.steps.slice(2) }, renderer, quality: layoutQuality(layout.x, layout.y, layout.edges) };
  } finally {
    await page.close();
  }
}

async function run(ctx: BenchContext): Promise<void> {
  const server = await serveRenderer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const graph = syntheticGraph();
  const runs = ctx.quick ? 1 : 3;
  const steps = ctx.quick ? 40 : 80;
  const frame: Record<string, number> = {};
  const draw: Record<string, number> = {};
  const shown: Record<string, number> = {};
  const qualities: LayoutQuality[] = [];
  let gl: Measured['gl'] | null = null;
  try {
    for (const mode of ['canvas', 'webgl'] as const) {
      const firsts: number[] = [];
      const layouts: number[] = [];
      const loads: number[] = [];
      const frames: number[] = [];
      const draws: number[] = [];
      const means: number[] = [];
      for (let r = 0; r < runs; r++) {
        const m = await measure(browser, server.url, graph, mode, steps);
        if (m.renderer !== mode) throw new Error(`asked for the ${mode} renderer, got ${m.renderer}`);
        firsts.push(m.first.ms);
        layouts.push(m.first.layoutMs);
        loads.push(m.first.at);
        frames.push(...m.frames.steps);
        draws.push(m.frames.drawMs);
        means.push(m.frames.totalMs / steps);
        qualities.push(m.quality);
        if (mode === 'webgl') gl = m.gl;
      }
      frame[mode] = median(frames);
      draw[mode] = median(draws);
      shown[mode] = median(firsts);
      ctx.report(`render.5k.${mode}.layout_ms`, Math.round(median(layouts)));
      ctx.report(`render.5k.${mode}.layout_and_first_render_ms`, Math.round(median(firsts)));
      ctx.report(`render.5k.${mode}.page_load_to_ready_ms`, Math.round(median(loads)));
      ctx.report(`render.5k.${mode}.frame_ms_median`, median(frames));
      ctx.report(`render.5k.${mode}.frame_ms_p90`, [...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.9)] ?? NaN);
      ctx.report(`render.5k.${mode}.frame_ms_mean_to_pixels`, median(means));
      ctx.report(`render.5k.${mode}.draw_ms_per_frame`, median(draws));
    }
    const edgeRatio = median(qualities.map((q) => q.edgeRatio));
    const piledPct = median(qualities.map((q) => q.piledPct));
    ctx.report('render.5k.layout_edge_ratio_x100', Math.round(edgeRatio * 100));
    ctx.report('render.5k.layout_piled_pct', piledPct);
    const worst = qualities.reduce((w, q) => ({ edgeRatio: Math.max(w.edgeRatio, q.edgeRatio), piledPct: Math.max(w.piledPct, q.piledPct) }), { edgeRatio: 0, piledPct: 0 });
    const qualityOk = worst.edgeRatio < QUALITY_LIMITS.edgeRatio && worst.piledPct < QUALITY_LIMITS.piledPct;
    // Ratios as "x times", canvas over WebGL: above 1 means WebGL is faster (target: 3).
    const frameSpeedup = (frame.canvas ?? NaN) / (frame.webgl ?? NaN);
    ctx.report('render.5k.webgl_frame_speedup_x100', Math.round(frameSpeedup * 100));
    ctx.report('render.5k.webgl_draw_speedup_x100', Math.round(((draw.canvas ?? NaN) / (draw.webgl ?? NaN)) * 100));
    const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
    process.stderr.write(
      `render: layout quality: median edge ${edgeRatio.toFixed(2)} of the median node-pair distance (random placement ~1, limit ${QUALITY_LIMITS.edgeRatio}), ` +
        `${piledPct.toFixed(1)}% of nodes piled on another (limit ${QUALITY_LIMITS.piledPct}%): ${verdict(qualityOk)}\n` +
        `render: layout + first render ${Math.round(shown.canvas ?? NaN)} ms canvas, ${Math.round(shown.webgl ?? NaN)} ms WebGL (target < 3000: ${verdict(qualityOk && Math.min(shown.canvas ?? Infinity, shown.webgl ?? Infinity) < 3000)}); ` +
        `WebGL frames ${frameSpeedup.toFixed(2)}x canvas speed (target >= 3: ${verdict(frameSpeedup >= 3)})\n`,
    );
    if (gl && /swiftshader|llvmpipe|software/i.test(gl.renderer)) {
      process.stderr.write(
        `render: WebGL here is ${gl.renderer} (antialias ${String(gl.antialias)}): a CPU rasteriser in the GPU process, whose every frame ` +
          'the software compositor reads back before the next one, so a WebGL step is mostly SwiftShader running the vertex and fragment shaders ' +
          `on ${availableParallelism()} cores (over 100 ms a frame even with the whole graph off screen); the frame-time target is about GPU rendering and cannot be judged here\n`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

export const bench: BenchModule = {
  id: 'render',
  description: `graph view in headless Chromium: ${NODES} nodes / ${EDGES} edges, FA2 worker layout and first render, pan/zoom frame time canvas vs WebGL`,
  run,
};
