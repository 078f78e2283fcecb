import worldCountries from "world-countries";
import { charsBefore } from "./sentences.ts";

/** A country named in the text: its words (a name, official name, alternative spelling or demonym). */
export interface CountryMention {
  code: string;
  start: number;
  end: number;
  /** Named by its capital ("Lima has promised…"): a party as a subject, a place after "in". */
  capital?: boolean;
}

/**
 * Two-letter alternative spellings are the countries' own ISO codes, which collide with ordinary
 * abbreviations ("PS" is Palestine's code and a Principal Secretary): only these short forms are read.
 */
const SHORT_FORMS: Record<string, string> = { US: "US", "U.S.": "US", UK: "GB", "U.K.": "GB" };

/**
 * Common English forms world-countries lacks: its PH demonym is "Filipino", TR's name "Türkiye",
 * and it gives "Uzbekistani", "Ecuadorean", "Tadzhik" where English news writes "Uzbek",
 * "Ecuadorian", "Tajik", and has none of the initials news writes for some countries ("PNG",
 * "PRC", "ROK", "KSA", "BiH", "FSM"). "Korea" alone means the Republic of Korea in English news
 * ("North Korea" is found first), and "America" the United States ("Latin America" is a place,
 * below).
 */
const ENGLISH_FORMS: Record<string, string> = {
  Philippine: "PH",
  Turkey: "TR",
  Britain: "GB",
  Korea: "KR",
  Korean: "KR",
  America: "US",
  Uzbek: "UZ",
  Kazakh: "KZ",
  Kyrgyz: "KG",
  Tajik: "TJ",
  Ecuadorian: "EC",
  Argentinian: "AR",
  Icelandic: "IS",
  Slovenian: "SI",
  Bosnia: "BA",
  Bosnian: "BA",
  Azeri: "AZ",
  Djiboutian: "DJ",
  Nepali: "NP",
  Maldivian: "MV",
  "Cabo Verde": "CV",
  "Cabo Verdean": "CV",
  "Cape Verdean": "CV",
  Comorian: "KM",
  Surinamese: "SR",
  Timorese: "TL",
  Burkinabè: "BF",
  PNG: "PG",
  PRC: "CN",
  ROK: "KR",
  KSA: "SA",
  BiH: "BA",
  FSM: "FM",
};

/** Places whose names contain a country's name or demonym but are not that country. */
const NOT_COUNTRIES = [
  "Indian Ocean",
  "South China Sea",
  "East China Sea",
  "Arabian Sea",
  "Arabian Peninsula",
  "Persian Gulf",
  "Irish Sea",
  "New Mexico",
  "British Columbia",
  "Latin America",
  "South America",
  "Central America",
  "North America",
  "Latin American",
  "South American",
  "Central American",
  "North American",
  "Central African States",
  "Antarctica",
  "Antarctic",
];

/** Seas named after a country: "Gulf of Guinea", "Strait of Gibraltar". */
const NAMED_WATERS = ["Gulf", "Strait", "Straits", "Sea", "Bay", "Bight"];

/** world-countries' alternative spellings that are English words or names: "Union Island", "Dominique". */
const NOT_ALTERNATIVE_SPELLINGS = new Set(["Island", "Mann", "Mannin", "Dominique"]);

const normalise = (words: string) => words.replace(/[’‘]/g, "'").toLowerCase();

const CAPITALS = new Set<string>();

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const demonymOwners = new Map<string, typeof worldCountries>();
  for (const country of worldCountries) {
    const names = [
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter(
        (spelling) => spelling.length > 2 && !NOT_ALTERNATIVE_SPELLINGS.has(spelling),
      ),
    ];
    for (const name of names) {
      if (!index.has(normalise(name))) index.set(normalise(name), country.cca2);
    }
    const demonyms = new Set([country.demonyms.eng?.m, country.demonyms.eng?.f]);
    for (const demonym of demonyms) {
      if (demonym) demonymOwners.set(demonym, [...(demonymOwners.get(demonym) ?? []), country]);
    }
  }
  // A demonym shared by a state and its territories ("Indian": India and the British Indian Ocean
  // Territory) means the independent state; one shared by two states ("Congolese") means neither.
  for (const [demonym, owners] of demonymOwners) {
    const states = owners.length === 1 ? owners : owners.filter((owner) => owner.independent);
    const [owner] = states;
    if (states.length === 1 && owner && !index.has(normalise(demonym))) {
      index.set(normalise(demonym), owner.cca2);
    }
  }
  for (const [form, code] of Object.entries({ ...SHORT_FORMS, ...ENGLISH_FORMS })) {
    index.set(normalise(form), code);
  }
  for (const country of worldCountries) {
    for (const capital of country.capital) {
      const key = normalise(capital);
      if (!index.has(key)) {
        index.set(key, country.cca2);
        CAPITALS.add(key);
      }
    }
  }
  // Found like names, longest first, so "Indian Ocean" wins over "Indian"; empty means "no country".
  for (const place of NOT_COUNTRIES) index.set(normalise(place), "");
  // "the Strait of Gibraltar", "the Gulf of Thailand": a sea named after a country is a place.
  for (const country of worldCountries) {
    for (const water of NAMED_WATERS)
      index.set(normalise(`${water} of ${country.name.common}`), "");
  }
  return index;
}

const NAME_INDEX = buildNameIndex();
/** For each first word of a name, the most words a name starting with it has. */
const NAME_LENGTHS = new Map<string, number>();
for (const name of NAME_INDEX.keys()) {
  const words = name.split(" ");
  const first = words[0] ?? "";
  NAME_LENGTHS.set(first, Math.max(NAME_LENGTHS.get(first) ?? 0, words.length));
}
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu;
const POSSESSIVE = /['’]s$/;

/**
 * An acronym defined in the text: "Border Guard Bangladesh (BGB)", "the Border Security Force (BSF)
 * of India".
 */
const DEFINED_ACRONYM = /\(([A-Z]{2,7})\)(\s+of\s+(?:the\s+)?)?/g;
/** The capitalised name right before a definition: "India’s Border Security Force". */
const NAME_BEFORE = /(?:(?:\p{Lu}[\p{L}’'-]*|of|the|and|for)\s+)*\p{Lu}[\p{L}’'-]*\s*$/u;

/**
 * Where an acronym the text defines after a country's force or agency recurs ("the BSF side",
 * "SAF battalions"), it names that country.
 */
export function acronymMentions(
  text: string,
  mentions: readonly CountryMention[],
): CountryMention[] {
  const found: CountryMention[] = [];
  for (const definition of text.matchAll(DEFINED_ACRONYM)) {
    const [whole, acronym = "", ofCountry] = definition;
    const name = NAME_BEFORE.exec(charsBefore(text, { start: definition.index }, 80));
    const nameStart = definition.index - (name?.[0].length ?? 0);
    const country = ofCountry
      ? mentions.find((mention) => mention.start === definition.index + whole.length)
      : mentions
          .filter((mention) => mention.start >= nameStart && mention.end <= definition.index)
          .at(-1);
    if (!country) continue;
    for (const use of text
      .slice(definition.index + whole.length)
      .matchAll(new RegExp(`\\b${acronym}\\b`, "g"))) {
      const start = definition.index + whole.length + use.index;
      const end = start + acronym.length;
      // A name already read there, or the same acronym defined twice, is not read again.
      const taken = (mention: CountryMention) => mention.start < end && start < mention.end;
      if (!mentions.some(taken) && !found.some(taken)) {
        found.push({ code: country.code, start, end });
      }
    }
  }
  return found;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Country mentions in `text` between `from` and `to`, longest name first ("Republic of Kenya"). */
export function findCountries(text: string, from = 0, to = text.length): CountryMention[] {
  const words: Word[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    // A trailing full stop belongs to the word only in abbreviations such as "U.S.".
    let raw = /^(?:\p{Lu}\.)+$/u.test(match[0]) ? match[0] : match[0].replace(/\.$/, "");
    // "Dutch-funded", "Korean-led", "Sri Lankan-built": the country is the first part of the
    // compound, the last word of its name.
    const [head = raw, ...tail] = raw.split("-");
    if (
      head !== raw &&
      !NAME_LENGTHS.has(normalise(raw)) &&
      (NAME_INDEX.has(normalise(head)) || /^\p{Lu}/u.test(head)) &&
      /^\p{Ll}+$/u.test(tail.join(""))
    ) {
      raw = head;
    }
    words.push({ text: raw, start: from + match.index, end: from + match.index + raw.length });
  }
  const mentions: CountryMention[] = [];
  for (let i = 0; i < words.length;) {
    const first = words[i];
    if (!first || !/^\p{Lu}/u.test(first.text)) {
      i += 1;
      continue;
    }
    const found = longestNameAt(text, words, i);
    if (found) {
      if (found.mention.code) mentions.push(found.mention);
      i += found.length;
    } else {
      i += 1;
    }
  }
  return mentions;
}

function longestNameAt(text: string, words: Word[], at: number) {
  const firstWord = normalise(words[at]?.text ?? "");
  const longest =
    NAME_LENGTHS.get(firstWord) ?? NAME_LENGTHS.get(firstWord.replace(POSSESSIVE, ""));
  if (!longest) return undefined;
  for (let length = Math.min(longest, words.length - at); length >= 1; length -= 1) {
    const first = words[at];
    const last = words[at + length - 1];
    if (!first || !last) continue;
    const span = text.slice(first.start, last.end);
    // Names are single-spaced words; a line break or a comma inside ends the name.
    if (/[^\p{L}\p{N}\s'’.-]|\s\s|\n/u.test(span)) continue;
    const key = normalise(span.replace(/\s+/g, " "));
    const found = NAME_INDEX.has(key) ? key : key.replace(POSSESSIVE, "");
    const code = NAME_INDEX.get(found);
    if (code !== undefined) {
      const capital = CAPITALS.has(found) || undefined;
      return { mention: { code, start: first.start, end: last.end, capital }, length };
    }
  }
  return undefined;
}
