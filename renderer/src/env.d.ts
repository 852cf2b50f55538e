// The page's view of the preload: `window.api` is the closed list of functions built from the
// IPC contract (shared/ipc.ts `KgWindowApi`), in Electron by electron/preload and in the e2e
// harness by an init script that does the same over a Playwright binding.
import type { KgWindowApi } from '../../shared/ipc';

declare global {
  interface Window {
    api: KgWindowApi;
  }
}

export {};
