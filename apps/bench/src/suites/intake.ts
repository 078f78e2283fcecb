// Statement intake: suggestCommitments on a 5,000-word statement made of the labelled set's
// texts (packages/intake/eval/statements: the seed article and statements written in the style
// of real ones), repeated as needed; and how long the event loop waits while the server reads the
// longest statement allowed (500,000 characters) in slices. Pure CPU: no database, so the dataset
// is not read.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInSlices } from "@pledgewatch/api";
import { suggestCommitments, suggestionSteps } from "@pledgewatch/intake";
import type { BenchContext, BenchSuite } from "../context.ts";
import { formatCount, formatMs, judged, median, medianMs } from "../measure.ts";

const SUITE = "Statement intake";
const WORDS = 5_000;
const TARGET_MS = 200;
/** The longest statement text the domain accepts. */
const LONGEST = 500_000;
const PAUSE_TARGET_MS = 100;

/** The labelled texts, paragraph breaks between, repeated until `words` words, cut after the last. */
function statementOf(repoRoot: string, words: number): { text: string; sources: number } {
  const dir = path.join(repoRoot, "packages/intake/eval/statements");
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), "utf8").trim());
  const setWords = texts.join(" ").split(/\s+/).length;
  const joined = Array.from({ length: Math.ceil(words / setWords) }, () => texts)
    .flat()
    .join("\n\n");
  const lastWord = [...joined.matchAll(/\S+/g)][words - 1];
  if (!lastWord) throw new Error(`The labelled set yields fewer than ${words} words`);
  return { text: joined.slice(0, lastWord.index + lastWord[0].length), sources: texts.length };
}

/** The longest wait between two turns of the event loop while `work` runs. */
async function longestPauseMs(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  tick();
  return longest;
}

export const intakeSuite: BenchSuite = {
  name: "intake",
  async run(context: BenchContext) {
    const { text, sources } = statementOf(context.repoRoot, WORDS);
    const runs = context.quick ? 5 : 21;
    const candidates = suggestCommitments(text).length;
    const ms = await medianMs(() => suggestCommitments(text), { runs, warmup: 3 });
    context.log(
      `  ${formatCount(text.length)} characters: ${formatMs(ms)}, ${candidates} candidates`,
    );
    const longest = statementOf(context.repoRoot, Math.ceil(LONGEST / 5)).text.slice(0, LONGEST);
    const pauseRuns = context.quick ? 1 : 3;
    const pauses: number[] = [];
    for (let run = 0; run < pauseRuns; run += 1) {
      pauses.push(await longestPauseMs(() => runInSlices(suggestionSteps(longest))));
    }
    const pause = median(pauses);
    const started = performance.now();
    suggestCommitments(longest);
    const atOnce = performance.now() - started;
    context.log(
      `  ${formatCount(LONGEST)} characters: longest pause ${formatMs(pause)} in slices, ${formatMs(atOnce)} at once`,
    );
    return [
      {
        suite: SUITE,
        name: `suggestCommitments on a ${formatCount(WORDS)}-word statement`,
        value: formatMs(ms),
        target: `< ${TARGET_MS} ms`,
        met: judged(context.quick, ms < TARGET_MS),
        note: `${candidates} candidates; the ${sources} labelled statements repeated and cut at ${formatCount(WORDS)} words; median of ${runs} runs after 3 warm-ups`,
      },
      {
        suite: SUITE,
        name: `Longest event-loop pause while the server reads a ${formatCount(LONGEST)}-character statement for suggestions`,
        value: formatMs(pause),
        target: `< ${PAUSE_TARGET_MS} ms`,
        met: judged(context.quick, pause < PAUSE_TARGET_MS),
        note: `intake.suggest reads it in slices of 15 ms (runInSlices); read at once it holds the loop for ${formatMs(atOnce)}; median of ${pauseRuns} runs`,
      },
    ];
  },
};
