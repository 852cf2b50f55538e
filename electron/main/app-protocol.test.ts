// The app:// protocol's pure half: path traversal refused, media types, CSP, sender checks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isAppUrl, mediaType, resolveAppPath } from './app-protocol';

const ROOT = '/opt/kg/out/renderer';

describe('resolveAppPath', () => {
  it('maps app://kg/ URLs into the renderer folder', () => {
    expect(resolveAppPath(ROOT, 'app://kg/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://kg/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://kg/assets/main-1a2b.js?v=1#x')).toBe(join(ROOT, 'assets/main-1a2b.js'));
    expect(resolveAppPath(ROOT, 'app://kg/fonts/noto%20sans.woff2')).toBe(join(ROOT, 'fonts/noto sans.woff2'));
  });

  it.each(['app://kg/../main/index.js', 'app://kg/%2e%2e/%2e%2e/etc/passwd', 'app://kg/a/../../../../etc/passwd'])(
    'never leaves the renderer folder for %s',
    (url) => {
      const file = resolveAppPath(ROOT, url);
      expect(file === null || file.startsWith(`${ROOT}/`)).toBe(true);
    },
  );

  it.each([
    'app://kg/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://kg/..%5c..%5csecret',
    'app://kg/a%00.html',
    'app://kg/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://kg/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('policy and types', () => {
  it('allows no inline or remote script', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-');
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy('http://localhost:5173')).toContain('ws://localhost:5173');
  });

  it('serves scripts, styles and fonts with their media types', () => {
    expect(mediaType('a/b.JS')).toMatch(/^text\/javascript/);
    expect(mediaType('x.woff2')).toBe('font/woff2');
    expect(mediaType('x.unknown')).toBe('application/octet-stream');
  });

  it('recognises the app page as the only trusted sender', () => {
    expect(isAppUrl('app://kg/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});
