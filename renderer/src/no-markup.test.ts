// A guard on the rule that the renderer never parses markup: article text and entity names are
// untrusted, and every one of them must reach the page as text nodes. No source file under
// renderer/src may use an HTML-parsing sink.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['./**/*.ts', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const SINKS = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc/;

describe('renderer sources', () => {
  it('are all read', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(30);
  });

  it.each(Object.keys(sources))('%s uses no HTML-parsing sink', (file) => {
    expect(sources[file]).not.toMatch(SINKS);
  });
});
