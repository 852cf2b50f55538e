// The main window's size and position, remembered in a small JSON file in the user-data folder.
// What is read back is checked: a missing, corrupt or off-screen state gives the default size.
import { readFileSync, writeFileSync } from 'node:fs';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const MIN = { width: 640, height: 420 };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 100_000;

/** Whether at least a 100×60 corner of the window's title area lies on one of the screens. */
function visibleOn(state: WindowState, areas: readonly Area[]): boolean {
  if (state.x === undefined || state.y === undefined) return true;
  const { x, y } = state;
  return areas.some((a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y - 10 && y < a.y + a.height - 60);
}

export function parseWindowState(json: string, areas: readonly Area[]): WindowState {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return DEFAULT_STATE;
  }
  if (!raw || typeof raw !== 'object' || !isInt(raw.width) || !isInt(raw.height)) return DEFAULT_STATE;
  const state: WindowState = {
    width: Math.max(MIN.width, raw.width),
    height: Math.max(MIN.height, raw.height),
    maximized: raw.maximized === true,
    ...(isInt(raw.x) && isInt(raw.y) ? { x: raw.x, y: raw.y } : {}),
  };
  return visibleOn(state, areas) ? state : { ...state, x: undefined, y: undefined };
}

export function loadWindowState(file: string, areas: readonly Area[]): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'), areas);
  } catch {
    return DEFAULT_STATE;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window position is not worth an error dialog on quit.
  }
}
