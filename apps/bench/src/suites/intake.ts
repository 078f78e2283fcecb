// Statement intake: suggestCommitments on a 5,000-word statement made of the labelled set's
// texts (packages/intake/eval/statements: the seed article and statements written in the style
// of real ones), repeated as needed. Pure CPU: no database, so the dataset is not read.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { suggestCommitments } from "@pledgewatch/intake";
import type { BenchContext, BenchSuite } from "../context.ts";
import { formatCount, formatMs, judged, medianMs } from "../measure.ts";

const SUITE = "Statement intake";
const WORDS = 5_000;
const TARGET_MS = 200;

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
    return [
      {
        suite: SUITE,
        name: `suggestCommitments on a ${formatCount(WORDS)}-word statement`,
        value: formatMs(ms),
        target: `< ${TARGET_MS} ms`,
        met: judged(context.quick, ms < TARGET_MS),
        note: `${candidates} candidates; the ${sources} labelled statements repeated and cut at ${formatCount(WORDS)} words; median of ${runs} runs after 3 warm-ups`,
      },
    ];
  },
};
