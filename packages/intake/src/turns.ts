import type { CountryMention } from "./countries.ts";
import type { Span } from "./sentences.ts";

/** One speaker's turn in a transcript ("Minister Kazlauskienė: Thank you…" up to the next turn). */
export interface Turn extends Span {
  /** Whose "we" the turn speaks: the country named with the speaker, null when none is. */
  country: string | null;
  /** Where the words spoken start, after the label ("Minister Kalniņš: "). */
  labelEnd: number;
}

/**
 * A turn opens a line with the speaker's capitalised name (after a particle such as "al-" in
 * "Minister al-Saadi"), an optional "(role)" and a colon.
 */
const TURN_LABEL =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}((?:(?:al|el|ad|as|ash|at|bin|ibn|abu)-)?\p{Lu}[\p{L}'’-]*)(?:\s*\([^)\n]{1,80}\))?:\s/gmu;
/** How far before a speaker's name the words introducing them go ("the Minister of … of Lithuania, Rūta"). */
const INTRODUCTION_CHARS = 120;

/**
 * The turns of a transcript (two speakers' labels at least), with the country each speaker
 * represents: named in the label ("Lithuanian Minister:"), or where the text introduces the
 * speaker ("the Minister of National Defence of the Republic of Lithuania, Rūta Kazlauskienė"),
 * or, for two ministers introduced with no country, the `sides` of the statement.
 */
export function transcriptTurns(
  text: string,
  mentions: readonly CountryMention[],
  sides: { speaker: string | null; partner: string | null },
): Turn[] {
  const labels = [...text.matchAll(TURN_LABEL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    surname: match[1] ?? "",
  }));
  if (labels.length < 2) return [];
  const inLabel = (at: number) => labels.some((label) => at >= label.start && at < label.end);
  // A speaker takes many turns: each name is looked up once.
  const introduced = new Map<string, string | null>();
  const countryOf = (surname: string) => {
    if (!introduced.has(surname)) {
      introduced.set(surname, introducedCountry(text, surname, mentions, inLabel));
    }
    return introduced.get(surname) ?? null;
  };
  const turns = labels.map((label, index) => ({
    start: label.start,
    labelEnd: label.end,
    end: labels[index + 1]?.start ?? text.length,
    country:
      mentions.find((mention) => mention.start >= label.start && mention.end <= label.end)?.code ??
      countryOf(label.surname),
  }));
  // "Minister Haddad: …", "Minister al-Saadi: …", neither introduced with a country: in a
  // statement about two countries the minister who opens speaks for the statement's, the other
  // for its partner.
  const ministers = [
    ...new Set(
      labels
        .filter(
          (label, index) =>
            turns[index]?.country === null && MINISTER.test(text.slice(label.start, label.end)),
        )
        .map((label) => label.surname),
    ),
  ];
  if (ministers.length !== 2 || !sides.speaker || !sides.partner) return turns;
  const [opening] = ministers;
  return turns.map((turn, index) => {
    const surname = labels[index]?.surname;
    if (turn.country !== null || !surname || !ministers.includes(surname)) return turn;
    return { ...turn, country: surname === opening ? sides.speaker : sides.partner };
  });
}

const MINISTER = /^Minister\s/;

function introducedCountry(
  text: string,
  surname: string,
  mentions: readonly CountryMention[],
  inLabel: (at: number) => boolean,
): string | null {
  const name = new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, "giu");
  for (const occurrence of text.matchAll(name)) {
    if (inLabel(occurrence.index)) continue;
    const lineStart = text.lastIndexOf("\n", occurrence.index) + 1;
    const from = Math.max(lineStart, occurrence.index - INTRODUCTION_CHARS);
    const introducing = mentions.filter(
      (mention) => mention.start >= from && mention.end <= occurrence.index,
    );
    return introducing.at(-1)?.code ?? null;
  }
  return null;
}
