// Scoring of candidates against a labelled statement (definitions in eval/README.md). Pure, so
// the rules are unit-tested on hand-made cases; the counts add up across statements, and the
// overall figures are ratios of the pooled counts (micro), not a mean of per-statement ratios.
import type { Candidate } from "../src/types.ts";
import type { LabelledSentence, PledgeLabel } from "./labelled-set.ts";

/** What the scoring reads of a candidate. */
export type ScoredCandidate = Pick<
  Candidate,
  "start" | "end" | "committingCountryId" | "counterpartCountryIds" | "direction" | "themes"
>;

/** The counts behind the figures. */
export interface Tally {
  sentences: number;
  pledges: number;
  candidates: number;
  /** Pledge sentences overlapped by at least one candidate. */
  matchedPledges: number;
  /** Candidates overlapping at least one pledge sentence. */
  pledgeCandidates: number;
  /** Σ|L∩P| and Σ|L∪P| of themes over the matched pledge sentences. */
  themeOverlap: number;
  themeUnion: number;
  /** Matched pledge sentences with an overlapping candidate that has the labelled parties. */
  partyMatches: number;
}

const emptyTally = (): Tally => ({
  sentences: 0,
  pledges: 0,
  candidates: 0,
  matchedPledges: 0,
  pledgeCandidates: 0,
  themeOverlap: 0,
  themeUnion: 0,
  partyMatches: 0,
});

export interface SentenceReading<C> {
  sentence: LabelledSentence & { pledge: PledgeLabel };
  /** Every candidate overlapping the sentence, in the order given. */
  candidates: C[];
  /** The union of the themes of every candidate overlapping the sentence. */
  themes: string[];
}

export interface StatementScore<C> {
  tally: Tally;
  missed: LabelledSentence[];
  falseCandidates: C[];
  /** Matched pledge sentences read with other themes, or other parties, than labelled. */
  wrongThemes: SentenceReading<C>[];
  wrongParties: SentenceReading<C>[];
}

export type Figure = "recall" | "precision" | "themes" | "parties";

export const TARGETS: Record<Figure, number> = {
  recall: 0.9,
  precision: 0.7,
  themes: 0.85,
  parties: 0.95,
};

/** Characters two spans share. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
};

/**
 * Both sides commit in a mutual commitment, so which one is named first is a convention: there
 * the parties are compared as one set. A unilateral one needs the same committing country.
 */
function sameParties(label: PledgeLabel, candidate: ScoredCandidate): boolean {
  if (label.direction !== candidate.direction) return false;
  if (label.direction === "mutual") {
    return sameSet(
      [label.committingCountryId, ...label.counterpartCountryIds],
      [candidate.committingCountryId ?? "", ...candidate.counterpartCountryIds],
    );
  }
  return (
    label.committingCountryId === candidate.committingCountryId &&
    sameSet(label.counterpartCountryIds, candidate.counterpartCountryIds)
  );
}

const isPledge = (
  sentence: LabelledSentence,
): sentence is LabelledSentence & { pledge: PledgeLabel } => sentence.pledge !== null;

export function scoreStatement<C extends ScoredCandidate>(
  sentences: readonly LabelledSentence[],
  candidates: readonly C[],
): StatementScore<C> {
  const pledges = sentences.filter(isPledge);
  const score: StatementScore<C> = {
    tally: {
      ...emptyTally(),
      sentences: sentences.length,
      pledges: pledges.length,
      candidates: candidates.length,
    },
    missed: [],
    falseCandidates: candidates.filter((c) => !pledges.some((p) => overlap(p, c) > 0)),
    wrongThemes: [],
    wrongParties: [],
  };
  score.tally.pledgeCandidates = candidates.length - score.falseCandidates.length;
  for (const sentence of pledges) {
    const overlapping = candidates.filter((candidate) => overlap(sentence, candidate) > 0);
    if (overlapping.length === 0) {
      score.missed.push(sentence);
      continue;
    }
    score.tally.matchedPledges++;
    const labelled = new Set<string>(sentence.pledge.themes);
    const predicted = new Set<string>(overlapping.flatMap((candidate) => candidate.themes));
    const shared = [...predicted].filter((theme) => labelled.has(theme)).length;
    score.tally.themeOverlap += shared;
    score.tally.themeUnion += labelled.size + predicted.size - shared;
    const reading = { sentence, candidates: overlapping, themes: [...predicted] };
    if (shared !== labelled.size || shared !== predicted.size) score.wrongThemes.push(reading);
    // A sentence may hold two commitments and its label gives one: any candidate reading that
    // one is right.
    const partiesRead = overlapping.some((candidate) => sameParties(sentence.pledge, candidate));
    if (partiesRead) score.tally.partyMatches++;
    else score.wrongParties.push(reading);
  }
  return score;
}

export function addTallies(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
  }
  return total;
}

/** The four figures of a tally, 0–1; null when there is nothing to divide by. */
export function figures(tally: Tally): Record<Figure, number | null> {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    recall: ratio(tally.matchedPledges, tally.pledges),
    precision: ratio(tally.pledgeCandidates, tally.candidates),
    themes: ratio(tally.themeOverlap, tally.themeUnion),
    parties: ratio(tally.partyMatches, tally.matchedPledges),
  };
}
