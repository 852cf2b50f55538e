// Builds the three parts of the app into out/: main (Node, ESM; the engine and the import worker
// are separate chunks loaded on demand), the preload (CommonJS, since sandboxed preloads cannot be
// modules, with everything bundled in, since they cannot require packages), and the renderer
// (renderer/index.html, served from app://kg/ by electron/main/protocol.ts).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
