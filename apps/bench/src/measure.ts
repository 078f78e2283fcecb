// Timing helpers: every figure is a median of several runs after a warm-up.
import { performance } from "node:perf_hooks";

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median milliseconds of `runs` calls of `work`, after `warmup` untimed calls. */
export async function medianMs(
  work: () => unknown,
  { runs = 7, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const formatMs = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
export const formatRatio = (ratio: number) => `${ratio.toFixed(2)}×`;
export const formatCount = (n: number) => n.toLocaleString("en-GB");

/** A ratio target such as "≤ 1.5×" is met (null in a quick run, whose times are not judged). */
export const judged = (quick: boolean, met: boolean): boolean | null => (quick ? null : met);
