// Wires the handler table (electron/core/api) to ipcMain: one `handle` per operation of the
// contract, nothing else. Every message's sender frame must be the app's own top-level page
// (app://kg/), so no other frame or page can reach the engine even if one were ever loaded.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { errorValue, type Result } from '../../shared/errors';
import { OP_NAMES, type HandlerTable } from '../../shared/ipc';
import { isAppUrl } from './app-protocol';

function fromApp(event: IpcMainInvokeEvent, devServer?: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServer);
}

export function wireIpc(handlers: Promise<HandlerTable>, devServer?: string): void {
  for (const name of OP_NAMES) {
    ipcMain.handle(name, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!fromApp(event, devServer)) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: `Refused ${name}: the request did not come from the app's page.` } };
      }
      try {
        return await (await handlers)[name](input);
      } catch (err) {
        // Only reached when the engine failed to load (handlers themselves never reject).
        return { ok: false, error: errorValue(err) };
      }
    });
  }
}
