import "@testing-library/jest-dom/vitest";
import { afterAll, afterEach, beforeAll } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { server } from "./server";
import { MockEventSource } from "./mockEventSource";

// jsdom has no EventSource and no media playback; tests drive the stream by hand.
globalThis.EventSource = MockEventSource as unknown as typeof EventSource;
window.HTMLMediaElement.prototype.pause = () => {};
window.HTMLMediaElement.prototype.load = () => {};
window.HTMLMediaElement.prototype.play = () => Promise.resolve();
window.scrollTo = () => {};
// axe probes canvas for icon ligatures; jsdom has none and would print a noisy "not implemented".
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;

// findBy* waits up to 5 s: on a loaded machine the first render of a lazy tab can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  MockEventSource.reset();
});
afterAll(() => server.close());
