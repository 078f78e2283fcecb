import { describe, expect, it } from "vitest";
import { runInSlices } from "../src/in-slices.ts";

/** Steps that each hold the event loop for `ms`, as reading a long statement does. */
function* busySteps(steps: number, ms: number) {
  for (let step = 0; step < steps; step += 1) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield;
  }
  return "read";
}

/** Counts the event loop's turns until stopped. */
function turnCounter() {
  const counter = { turns: 0, stopped: false };
  const tick = () => {
    if (counter.stopped) return;
    counter.turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  return counter;
}

describe("runInSlices", () => {
  it("gives the event loop a turn after each slice of work, and returns the work's result", async () => {
    const counter = turnCounter();
    // Six steps of 5 ms in slices of 8 ms: a turn after every second step.
    await expect(runInSlices(busySteps(6, 5), 8)).resolves.toBe("read");
    counter.stopped = true;
    expect(counter.turns).toBeGreaterThanOrEqual(3);
  });

  it("runs quick work without waiting for a turn", async () => {
    const counter = turnCounter();
    await expect(runInSlices(busySteps(3, 0), 50)).resolves.toBe("read");
    counter.stopped = true;
    expect(counter.turns).toBe(0);
  });
});
