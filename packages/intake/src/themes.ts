import { THEME_LEXICON, type ThemeSlug } from "@pledgewatch/domain";

export interface ThemeMatch {
  theme: ThemeSlug;
  start: number;
  end: number;
}

/** A lexicon entry as a pattern: words on boundaries, "s"/"es" plurals, `*` for any ending. */
export function termPattern(term: string): string {
  const stem = term.endsWith("*") ? term.slice(0, -1) : term;
  const escaped = stem
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ /g, "\\s+")
    .replace(/-/g, "[-\\s]?");
  const ending = term.endsWith("*") ? "[\\p{L}-]*" : "(?:s|es)?";
  // "cross-border" is about crossing, not guarding, a border: the prefix does not count as a boundary.
  return `(?<![\\p{L}\\p{N}])(?<!cross-)${escaped}${ending}(?![\\p{L}\\p{N}])`;
}

const THEME_PATTERNS = Object.entries(THEME_LEXICON).map(([theme, terms]) => ({
  theme: theme as ThemeSlug,
  // Longest terms first, so a match reports "surveillance equipment" rather than "equipment".
  pattern: new RegExp(
    [...terms]
      .sort((a, b) => b.length - a.length)
      .map(termPattern)
      .join("|"),
    "giu",
  ),
}));

const LAST_RESORT: ThemeSlug = "cooperation-frameworks";

/** Themes whose lexicon words occur in `text` between `from` and `to`, each with its first match. */
export function findThemes(text: string, from: number, to: number): ThemeMatch[] {
  const span = text.slice(from, to);
  const found: ThemeMatch[] = [];
  for (const { theme, pattern } of THEME_PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(span);
    if (match) {
      found.push({ theme, start: from + match.index, end: from + match.index + match[0].length });
    }
  }
  const specific = found.filter((match) => match.theme !== LAST_RESORT);
  return specific.length > 0 ? specific : found;
}
