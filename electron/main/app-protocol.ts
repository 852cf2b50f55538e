// The pure half of the `app://` protocol that serves the UI (see ./protocol.ts for the Electron
// half): which file a request maps to, refusing anything outside the renderer folder; its media
// type; the Content-Security-Policy every page gets; and whether a URL is the app's own page,
// which every IPC message's sender frame must be. No 'electron' import, so it is unit-tested.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kg';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Scripts and styles are only the bundled files ('self'): no inline script or <style>, no eval,
 * nothing remote. Cytoscape styles elements through the CSSOM, which CSP does not restrict, and its
 * container rule lives in the renderer's stylesheet (see renderer/index.html). The layout worker is
 * a bundled file (blob: allowed for it); fonts are bundled; nothing may frame the page.
 */
export function contentSecurityPolicy(devServer?: string): string {
  const connect = devServer ? `'self' ${devServer} ${devServer.replace(/^http/, 'ws')}` : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self'${devServer ? ` ${devServer}` : ''}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "worker-src 'self' blob:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The file under `root` that an app:// URL names, or null for anything else (other hosts, `..`). */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mediaType(file: string): string {
  return MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether `url` is a page of the app: app://kg/…, or the dev server's origin during `npm run dev`. */
export function isAppUrl(url: string | undefined, devServer?: string): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
    return devServer !== undefined && u.origin === new URL(devServer).origin;
  } catch {
    return false;
  }
}
