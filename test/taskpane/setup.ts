import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "node:util";

// Browsers have TextDecoder/TextEncoder (headless-word uses them in the playground); jsdom does not expose them.
const g = globalThis as unknown as Record<string, unknown>;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;

// jsdom lacks matchMedia and ResizeObserver, which Fluent's Pivot overflow and DatePicker ask for.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!("ResizeObserver" in window)) {
  class NoResize {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResize;
}
