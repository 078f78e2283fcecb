import { describe, expect, it } from "vitest";
import type { LabelledSentence, PledgeLabel } from "../eval/labelled-set.ts";
import { addTallies, figures, scoreStatement, type ScoredCandidate } from "../eval/score.ts";

const text =
  "Kenya will train officers for China. The weather was fine. The two sides agreed to share intelligence.";

const training: PledgeLabel = {
  committingCountryId: "KE",
  counterpartCountryIds: ["CN"],
  direction: "unilateral",
  themes: ["training"],
  stage: "pledge",
};
const sharing: PledgeLabel = {
  committingCountryId: "KE",
  counterpartCountryIds: ["CN"],
  direction: "mutual",
  themes: ["intelligence-sharing"],
  stage: "agreement",
};

const span = (passage: string) => {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return { start, end: start + passage.length };
};

const sentence = (passage: string, pledge: PledgeLabel | null): LabelledSentence => ({
  ...span(passage),
  text: passage,
  pledge,
});

const trainingSentence = sentence("Kenya will train officers for China.", training);
const weatherSentence = sentence("The weather was fine.", null);
const sharingSentence = sentence("The two sides agreed to share intelligence.", sharing);
const sentences = [trainingSentence, weatherSentence, sharingSentence];

/** A candidate on `passage` reading it as `label` says, unless overridden. */
const candidate = (
  passage: string,
  label: PledgeLabel,
  overrides: Partial<ScoredCandidate> = {},
): ScoredCandidate => ({
  ...span(passage),
  committingCountryId: label.committingCountryId,
  counterpartCountryIds: label.counterpartCountryIds,
  direction: label.direction,
  themes: label.themes,
  ...overrides,
});

describe("scoring candidates against a labelled statement", () => {
  it("scores a perfect reading 100% on every figure", () => {
    const score = scoreStatement(sentences, [
      candidate("Kenya will train officers", training),
      candidate("agreed to share intelligence", sharing),
    ]);
    expect(figures(score.tally)).toEqual({ recall: 1, precision: 1, themes: 1, parties: 1 });
    expect(score.missed).toEqual([]);
    expect(score.falseCandidates).toEqual([]);
  });

  it("with no candidates: recall 0, the other figures undefined, every pledge missed", () => {
    const score = scoreStatement(sentences, []);
    expect(figures(score.tally)).toEqual({
      recall: 0,
      precision: null,
      themes: null,
      parties: null,
    });
    expect(score.missed).toEqual([trainingSentence, sharingSentence]);
  });

  it("counts a candidate overlapping two sentences once, matching the pledge it touches", () => {
    const across = candidate("for China. The weather", training);
    const score = scoreStatement(sentences, [across]);
    expect(score.tally).toMatchObject({ candidates: 1, matchedPledges: 1, pledgeCandidates: 1 });
    expect(figures(score.tally)).toMatchObject({ recall: 0.5, precision: 1 });
  });

  it("lets one candidate spanning two pledge sentences match both", () => {
    const whole = candidate(text, sharing, { themes: ["training", "intelligence-sharing"] });
    const score = scoreStatement(sentences, [whole]);
    expect(figures(score.tally)).toEqual({ recall: 1, precision: 1, themes: 0.5, parties: 0.5 });
  });

  it("with two candidates on a sentence, pools their themes", () => {
    const longer = candidate("Kenya will train officers", training);
    const shorter = candidate("officers", training, { themes: ["equipment"] });
    const score = scoreStatement([trainingSentence], [shorter, longer]);
    expect(figures(score.tally)).toEqual({ recall: 1, precision: 1, themes: 0.5, parties: 1 });
    expect(score.wrongThemes[0]?.themes.sort()).toEqual(["equipment", "training"]);
  });

  it("reads a sentence's parties right when any candidate on it has the labelled ones", () => {
    // A sentence may hold two commitments and its label gives one of them.
    const chinaTrains = { committingCountryId: "CN", counterpartCountryIds: ["KE"] };
    const otherCommitment = candidate("Kenya will train officers", training, chinaTrains);
    const labelledOne = candidate("officers for China", training);
    const score = scoreStatement([trainingSentence], [otherCommitment, labelledOne]);
    expect(score.tally.partyMatches).toBe(1);
    expect(score.wrongParties).toEqual([]);

    const noneRight = scoreStatement(
      [trainingSentence],
      [otherCommitment, candidate("officers for China", training, { direction: "mutual" })],
    );
    expect(figures(noneRight.tally).parties).toBe(0);
    expect(noneRight.wrongParties[0]?.candidates).toHaveLength(2);
  });

  it("counts candidates on sentences that promise nothing as false; touching is not overlapping", () => {
    // Ends exactly where the pledge sentence after it starts.
    const onWeather = candidate("The weather was fine. ", training);
    const score = scoreStatement(sentences, [onWeather]);
    expect(score.falseCandidates).toEqual([onWeather]);
    expect(figures(score.tally)).toMatchObject({ recall: 0, precision: 0 });
  });

  it("compares a mutual commitment's parties as a set, a unilateral one's with its committing side", () => {
    const swapped = { committingCountryId: "CN", counterpartCountryIds: ["KE"] };
    const mutual = scoreStatement(sentences, [
      candidate("agreed to share intelligence", sharing, swapped),
    ]);
    expect(mutual.tally.partyMatches).toBe(1);
    const unilateral = scoreStatement(sentences, [
      candidate("Kenya will train", training, swapped),
    ]);
    expect(unilateral.tally.partyMatches).toBe(0);
    const otherDirection = scoreStatement(sentences, [
      candidate("Kenya will train", training, { direction: "mutual" }),
    ]);
    expect(otherDirection.tally.partyMatches).toBe(0);
  });

  it("pools statements by adding their counts, not by averaging their ratios", () => {
    const allFound = scoreStatement([trainingSentence], [candidate("Kenya will", training)]);
    const threeMissed = scoreStatement(
      [trainingSentence, sharingSentence, sentence("for China", training)],
      [],
    );
    const pooled = addTallies([allFound.tally, threeMissed.tally]);
    expect(pooled).toMatchObject({ pledges: 4, matchedPledges: 1, candidates: 1 });
    expect(figures(pooled).recall).toBe(0.25);
  });
});
