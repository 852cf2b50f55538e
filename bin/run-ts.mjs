#!/usr/bin/env node
// Runs a TypeScript entry point of the project under plain Node (tsx's loader), passing the
// remaining arguments through: `node bin/run-ts.mjs bench/index.ts --articles 1000`.
import { tsImport } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs ENTRY.ts [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await tsImport(pathToFileURL(resolve(entry)).href, import.meta.url);
