// The handler table: one validated entry per operation of shared/ipc.ts, built from the host's
// context. Electron's main process wires each entry to ipcMain.handle; the e2e bridge exposes the
// same table to a browser page. Each feature's operations live in their own module.
import type { HandlerTable } from '../../../shared/ipc';
import { appOps } from './app-ops';
import type { ApiContext } from './context';
import { defineHandlers } from './define';
import { detailOps } from './detail-ops';
import { exportOps } from './export-ops';
import { graphOps } from './graph-ops';

export function createHandlers(ctx: ApiContext): HandlerTable {
  return defineHandlers({ ...graphOps(ctx), ...detailOps(ctx), ...exportOps(ctx), ...appOps(ctx) });
}
