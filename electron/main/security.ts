// The session- and contents-wide rules of Electron's security checklist that are not window
// options: every permission request and check denied (the app needs none), no navigation away
// from the app's page, no new windows (external links open in the system browser, https only),
// no <webview>, and the CSP also set on responses the app:// handler does not serve (dev server).
import { session, shell, type WebContents } from 'electron';
import { contentSecurityPolicy, isAppUrl } from './app-protocol';

export function lockDownSession(devServer?: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  if (devServer) {
    const csp = contentSecurityPolicy(devServer);
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
}

function openExternally(url: string): void {
  try {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}

export function lockDownContents(contents: WebContents, devServer?: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, devServer)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, devServer)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devServer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}
