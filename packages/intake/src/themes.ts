import { GENERAL_COOPERATION_WORDS, THEME_LEXICON, type ThemeSlug } from "@pledgewatch/domain";
import { firstMatch } from "./sentences.ts";

export interface ThemeMatch {
  theme: ThemeSlug;
  start: number;
  end: number;
}

/** A lexicon entry as a pattern: words on boundaries, "s"/"es" plurals, `*` for any ending. */
function termPattern(term: string): string {
  const stem = term.endsWith("*") ? term.slice(0, -1) : term;
  const escaped = stem
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ /g, "\\s+")
    .replace(/-/g, "[-\\s]?");
  const ending = term.endsWith("*") ? "[\\p{L}-]*" : "(?:s|es)?";
  // "cross-border" is about crossing, not guarding, a border: the prefix does not count as a boundary.
  return `(?<![\\p{L}\\p{N}])(?<!cross-)${escaped}${ending}(?![\\p{L}\\p{N}])`;
}

// Longest terms first, so a match reports "surveillance equipment" rather than "equipment".
const patternOf = (terms: readonly string[]) =>
  new RegExp(
    [...terms]
      .sort((a, b) => b.length - a.length)
      .map(termPattern)
      .join("|"),
    "iu",
  );

const THEME_PATTERNS = Object.entries(THEME_LEXICON).map(([theme, terms]) => ({
  theme: theme as ThemeSlug,
  pattern: patternOf(terms),
}));
const GENERAL_COOPERATION = {
  theme: "cooperation-frameworks" as const,
  pattern: patternOf(GENERAL_COOPERATION_WORDS),
};

/** Themes whose lexicon words occur in `text` between `from` and `to`, each with its first match. */
export function findThemes(text: string, from: number, to: number): ThemeMatch[] {
  const span = { start: from, end: to };
  const matchOf = ({ theme, pattern }: { theme: ThemeSlug; pattern: RegExp }) => {
    const match = firstMatch(pattern, text, span);
    return match ? [{ theme, ...match }] : [];
  };
  const found = THEME_PATTERNS.flatMap(matchOf);
  return found.length > 0 ? found : matchOf(GENERAL_COOPERATION);
}
