// The bundled sample corpus (resources/samples) for tests, and a scratch copy of it that a test
// may change file by file.
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SAMPLES_DIR = resolve(__dirname, '../../../../resources/samples');

/** A new temporary folder holding a copy of every sample article. */
export function copySamples(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of readdirSync(SAMPLES_DIR)) copyFileSync(join(SAMPLES_DIR, f), join(dir, f));
  return dir;
}
