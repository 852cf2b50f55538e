// withContextAttributes adds attributes to WebGL2 contexts only, and only while it runs.
import { afterEach, describe, expect, it } from 'vitest';
import { withContextAttributes } from './webgl-context';

class FakeCanvas {
  asked: Array<[string, unknown]> = [];
  getContext(kind: string, options?: unknown): null {
    this.asked.push([kind, options]);
    return null;
  }
}

const g = globalThis as unknown as { HTMLCanvasElement?: unknown };

describe('withContextAttributes', () => {
  afterEach(() => void delete g.HTMLCanvasElement);

  it('merges the attributes into WebGL2 requests made inside, then restores getContext', () => {
    g.HTMLCanvasElement = FakeCanvas;
    const original = FakeCanvas.prototype.getContext;
    const canvas = new FakeCanvas();
    withContextAttributes({ antialias: false }, () => {
      canvas.getContext('webgl2', { depth: true });
      canvas.getContext('2d');
    });
    canvas.getContext('webgl2');
    expect(canvas.asked).toEqual([
      ['webgl2', { depth: true, antialias: false }],
      ['2d', undefined],
      ['webgl2', undefined],
    ]);
    expect(FakeCanvas.prototype.getContext).toBe(original);
  });

  it('restores getContext when creation throws', () => {
    g.HTMLCanvasElement = FakeCanvas;
    const original = FakeCanvas.prototype.getContext;
    expect(() => withContextAttributes({ antialias: false }, () => { throw new Error('boom'); })).toThrow('boom');
    expect(FakeCanvas.prototype.getContext).toBe(original);
  });
});
