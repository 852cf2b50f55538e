// One numbered schema step. `up` runs inside the migration transaction and may read and write
// rows (a step that adds an index over derived text backfills it), but must not change pragmas
// that cannot run in a transaction.
import type { Db } from '../db';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
