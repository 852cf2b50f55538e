#!/usr/bin/env node
// The `kg` command: the engine's CLI (electron/cli) run under plain Node.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../electron/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
