import type { Direction, Stage, ThemeSlug } from "@pledgewatch/domain";

/** What is known of the statement besides its text. */
export interface StatementContext {
  /** ISO 3166-1 alpha-2 code of the speaker's country: "we", "the government" resolve to it. */
  speakerCountryId?: string | null;
  /** Passages already logged from this statement: candidates overlapping them are left out. */
  loggedPassages?: readonly { start: number; end: number }[];
}

export type ReasonKind =
  | "cue"
  | "theme"
  | "party"
  | "counterpart"
  | "mutual"
  | "reported-speech"
  | "ongoing"
  | "condition";

/** One piece of evidence behind a candidate: the words of the text that triggered it. */
export interface Reason {
  kind: ReasonKind;
  /** The triggering words, exactly `text.slice(start, end)` of the statement. */
  text: string;
  start: number;
  end: number;
  /** What the words were read as, for people: "pledge cue", "theme", "committing party". */
  detail: string;
  /** The reading itself where it is a code: a country's ISO code, a theme's slug. */
  value?: string;
}

/** A passage that looks like a commitment, for a person to accept, edit or dismiss. */
export interface Candidate {
  /** JavaScript string offsets into the statement: `quote === text.slice(start, end)`. */
  start: number;
  end: number;
  quote: string;
  /** ISO alpha-2 code; null when the text names no party and the speaker's country is unknown. */
  committingCountryId: string | null;
  counterpartCountryIds: string[];
  direction: Direction;
  themes: ThemeSlug[];
  stage: Stage;
  /** A short suggested title, in sentence case, at most 120 characters. */
  title: string;
  /** 0–1: how sure the reading is. */
  confidence: number;
  reasons: Reason[];
}
