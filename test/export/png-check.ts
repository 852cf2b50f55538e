// A check for PNG exports in tests: decodes with pngjs and reports the size and how many pixels
// differ from the background, so a test can tell a picture from the blank image a too-large
// canvas produces.
import { PNG } from 'pngjs';

export interface PngReport {
  width: number;
  height: number;
  /** Pixels that are neither transparent nor the background colour. */
  inkedPixels: number;
}

/** `background` as [r, g, b]; fully transparent pixels never count as ink. */
export function inspectPng(data: Uint8Array, background: [number, number, number] = [255, 255, 255]): PngReport {
  const png = PNG.sync.read(Buffer.from(data));
  const px = png.data;
  let inked = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] === 0) continue;
    if (px[i] !== background[0] || px[i + 1] !== background[1] || px[i + 2] !== background[2]) inked++;
  }
  return { width: png.width, height: png.height, inkedPixels: inked };
}
