import { useId, useState } from "react";

export interface CountryOption {
  id: string;
  name: string;
}

/** "Kenya (KE)": what the search box shows and matches, so typing a name or a code both work. */
const optionLabel = (country: CountryOption) => `${country.name} (${country.id})`;

/**
 * The country a typed text names: its suggestion label, or (unless only labels count) its name or
 * ISO code, ignoring case.
 */
function findCountry(
  countries: readonly CountryOption[],
  text: string,
  labelsOnly = false,
): CountryOption | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return undefined;
  return countries.find(
    (country) =>
      optionLabel(country).toLowerCase() === wanted ||
      (!labelsOnly &&
        (country.name.toLowerCase() === wanted || country.id.toLowerCase() === wanted)),
  );
}

interface SearchProps {
  id: string;
  countries: readonly CountryOption[];
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A search box over ~250 countries (the browser's own suggestion list, so it needs no script to
 * be keyboard- and screen-reader-usable). Calls back once the text names exactly one country.
 */
function CountrySearch({
  id,
  countries,
  invalid,
  describedBy,
  text,
  onText,
  onEnter,
  onBlur,
  unmatched,
}: SearchProps & {
  text: string;
  onText: (text: string) => void;
  onEnter?: () => void;
  onBlur?: () => void;
  /** Text the person committed to (Enter, leaving the box) that names no country. */
  unmatched?: string;
}) {
  const listId = useId();
  return (
    <>
      <input
        id={id}
        list={listId}
        autoComplete="off"
        placeholder="Type a country name or code"
        aria-invalid={invalid}
        aria-describedby={describedBy}
        value={text}
        onChange={(event) => onText(event.target.value)}
        onBlur={onBlur}
        onKeyDown={(event) => {
          // Enter picks the typed country instead of submitting the whole form.
          if (event.key === "Enter" && onEnter) {
            event.preventDefault();
            onEnter();
          }
        }}
      />
      <datalist id={listId}>
        {countries.map((country) => (
          <option key={country.id} value={optionLabel(country)} />
        ))}
      </datalist>
      {unmatched && (
        <p className="field-error" role="status">
          No country matches “{unmatched}”. Choose one of the suggestions.
        </p>
      )}
    </>
  );
}

/** One country, chosen by typing its name or code. An unmatched text leaves the value empty. */
export function CountryPicker({
  value,
  onChange,
  ...search
}: SearchProps & { value: string; onChange: (id: string) => void }) {
  const chosen = search.countries.find((country) => country.id === value);
  const [text, setText] = useState<string | undefined>(undefined);
  const [left, setLeft] = useState(false);
  const shown = text ?? (chosen ? optionLabel(chosen) : "");
  return (
    <CountrySearch
      {...search}
      text={shown}
      onText={(next) => {
        setText(next);
        setLeft(false);
        onChange(findCountry(search.countries, next)?.id ?? "");
      }}
      onBlur={() => setLeft(true)}
      unmatched={left && shown.trim() && !chosen ? shown.trim() : undefined}
    />
  );
}

/**
 * Several countries, each shown as a removable chip. A country is added when a suggestion is
 * chosen, or on Enter for a typed name or code ("Niger" must not be added on the way to "Nigeria").
 */
export function CountryListPicker({
  value,
  onChange,
  ...search
}: SearchProps & { value: readonly string[]; onChange: (ids: string[]) => void }) {
  const [text, setText] = useState("");
  const [unmatched, setUnmatched] = useState<string>();
  const nameOf = (code: string) =>
    search.countries.find((country) => country.id === code)?.name ?? code;
  const add = (match: CountryOption | undefined, typed: string, committed: boolean) => {
    setUnmatched(committed && !match && typed.trim() ? typed.trim() : undefined);
    if (!match) return setText(typed);
    if (!value.includes(match.id)) onChange([...value, match.id]);
    setText("");
  };
  return (
    <div className="country-list-picker">
      {value.length > 0 && (
        <ul className="chips" aria-label="Chosen">
          {value.map((code) => (
            <li key={code} className="chip">
              {nameOf(code)}
              <button
                type="button"
                aria-label={`Remove ${nameOf(code)}`}
                onClick={() => onChange(value.filter((other) => other !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <CountrySearch
        {...search}
        text={text}
        onText={(next) => add(findCountry(search.countries, next, true), next, false)}
        onEnter={() => add(findCountry(search.countries, text), text, true)}
        unmatched={unmatched}
      />
    </div>
  );
}
