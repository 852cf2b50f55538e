// What the WebGL renderer gets from the browser: whether a WebGL2 context exists and whether a GPU
// or a software rasteriser (SwiftShader, llvmpipe) draws it, and the context attributes and
// Cytoscape options that suit each. Cytoscape creates its WebGL canvas itself and asks for the
// default attributes, so `withContextAttributes` is how the mount passes its own.
export type WebglSupport = 'hardware' | 'software' | 'none';
let webgl2: WebglSupport | null = null;

/**
 * Whether this browser can give Cytoscape a WebGL2 context, and whether a GPU draws it. Software
 * GL (SwiftShader, llvmpipe: machines without a usable GPU) costs hundreds of milliseconds a
 * frame, more than the canvas renderer, so the automatic choice only takes WebGL on hardware.
 */
export function webglSupport(): WebglSupport {
  if (webgl2 !== null) return webgl2;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return (webgl2 = 'none');
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    webgl2 = /swiftshader|llvmpipe|softpipe|software/i.test(renderer) ? 'software' : 'hardware';
  } catch {
    webgl2 = 'none';
  }
  return webgl2;
}

/**
 * Cytoscape's WebGL options. Its fragment shader tests, for every pixel, each of the atlases a
 * batch may bind (14 by default); a view of ours uses one or two (node shapes are drawn natively,
 * labels are few), so 4 costs no extra batches, and under SwiftShader it took a third or more
 * off the render bench's WebGL frame.
 */
export const WEBGL_OPTIONS = { webglTexPerBatch: 4 } as const;

/**
 * The WebGL2 context attributes for this machine. Software GL rasterises a multisampled buffer on
 * the CPU, which about doubled the render bench's WebGL frame (5,000 nodes, 15,000 edges), so it
 * draws without antialiasing; a GPU keeps the default (4x MSAA).
 */
export function contextAttributes(): WebGLContextAttributes {
  return webglSupport() === 'software' ? { antialias: false } : {};
}

/**
 * Runs `create` (synchronous: Cytoscape asks for its contexts while it is constructed) with
 * `attrs` added to every WebGL2 context requested meanwhile, then restores `getContext`.
 */
export function withContextAttributes<T>(attrs: WebGLContextAttributes, create: () => T): T {
  if (Object.keys(attrs).length === 0) return create();
  const proto = HTMLCanvasElement.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'getContext');
  const getContext = proto.getContext;
  const patched = function (this: HTMLCanvasElement, kind: string, options?: unknown): RenderingContext | null {
    const merged = kind === 'webgl2' ? { ...(options as object | undefined), ...attrs } : options;
    return (getContext as (k: string, o?: unknown) => RenderingContext | null).call(this, kind, merged);
  };
  Object.defineProperty(proto, 'getContext', { ...original, value: patched });
  try {
    return create();
  } finally {
    if (original) Object.defineProperty(proto, 'getContext', original);
  }
}
