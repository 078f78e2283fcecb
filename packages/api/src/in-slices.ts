import { setImmediate as nextTurn } from "node:timers/promises";

/** How long CPU-bound work may hold the event loop before other requests get a turn. */
const SLICE_MS = 15;

/**
 * Runs `steps` to the end and returns its result, giving the event loop a turn whenever a slice of
 * time has passed: reading a 500,000-character statement for suggestions takes over a second, and
 * every other request would wait for it.
 */
export async function runInSlices<T>(
  steps: Generator<unknown, T, void>,
  sliceMs = SLICE_MS,
): Promise<T> {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= sliceEnd) {
      await nextTurn();
      sliceEnd = performance.now() + sliceMs;
    }
  }
}
