import {
  STAGE_LABELS,
  STAGES,
  STATUS_LABELS,
  STATUSES,
  type Stage,
  type Status,
} from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { useId, type ReactNode } from "react";
import { type CommitmentView } from "@pledgewatch/domain";
import { useTRPC } from "../../lib/trpc.ts";

type ListKey = "countries" | "themes" | "statuses" | "stages";
type Dimension = ListKey | "pair";

interface FilterBarProps {
  view: CommitmentView;
  onChange: (next: CommitmentView) => void;
  /** Dimensions a scoped page fixes (a country page's country): not offered as filters. */
  fixed?: readonly Dimension[];
  /** The list also searches titles, descriptions and quotes. */
  withText?: boolean;
}

/**
 * Filters by country, pair, theme, status, stage, announcement date and follow-up flags. The
 * state is the URL's, so the page a link opens shows the same view.
 */
export function CommitmentFilterBar({ view, onChange, fixed = [], withText }: FilterBarProps) {
  const trpc = useTRPC();
  const countries = useQuery(trpc.reference.countries.queryOptions()).data;
  const themes = useQuery(trpc.reference.themes.queryOptions()).data;
  const pairs = useQuery(trpc.stats.byPair.queryOptions({})).data;

  const setList = (key: ListKey, value: string) => {
    const next = { ...view };
    if (value) Object.assign(next, { [key]: [value] });
    else delete next[key];
    onChange(next);
  };
  const setValue = (key: "announcedFrom" | "announcedTo" | "text", value: string) => {
    const next = { ...view };
    if (value.trim()) next[key] = value.trim();
    else delete next[key];
    onChange(next);
  };
  const setFlag = (key: "overdue" | "stale", on: boolean) => {
    const next = { ...view };
    if (on) next[key] = true;
    else delete next[key];
    onChange(next);
  };
  const setPair = (value: string) => {
    const next = { ...view };
    if (value) next.pair = value.split("-") as [string, string];
    else delete next.pair;
    onChange(next);
  };
  const shows = (dimension: Dimension) => !fixed.includes(dimension);

  return (
    <form className="filter-bar" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      {shows("countries") && (
        <ListSelect
          label="Country"
          values={view.countries}
          options={(countries ?? [])
            .filter((country) => country.involved)
            .map((country) => [country.id, country.name])}
          onChange={(value) => setList("countries", value)}
        />
      )}
      {shows("pair") && (
        <ListSelect
          label="Pair"
          values={view.pair && [view.pair.join("-")]}
          options={(pairs ?? []).map((pair) => [pair.id, pair.label])}
          onChange={setPair}
        />
      )}
      {shows("themes") && (
        <ListSelect
          label="Theme"
          values={view.themes}
          options={(themes ?? []).map((theme) => [theme.slug, theme.name])}
          onChange={(value) => setList("themes", value)}
        />
      )}
      {shows("statuses") && (
        <ListSelect
          label="Status"
          values={view.statuses}
          options={STATUSES.map((status: Status) => [status, STATUS_LABELS[status]])}
          onChange={(value) => setList("statuses", value)}
        />
      )}
      {shows("stages") && (
        <ListSelect
          label="Stage"
          values={view.stages}
          options={STAGES.map((stage: Stage) => [stage, STAGE_LABELS[stage]])}
          onChange={(value) => setList("stages", value)}
        />
      )}
      <Field label="Announced from">
        {(id) => (
          <input
            id={id}
            type="date"
            value={view.announcedFrom ?? ""}
            onChange={(event) => setValue("announcedFrom", event.target.value)}
          />
        )}
      </Field>
      <Field label="Announced to">
        {(id) => (
          <input
            id={id}
            type="date"
            value={view.announcedTo ?? ""}
            onChange={(event) => setValue("announcedTo", event.target.value)}
          />
        )}
      </Field>
      {withText && (
        <Field label="Search">
          {(id) => (
            <input
              id={id}
              type="search"
              placeholder="Words in title or quote"
              defaultValue={view.text ?? ""}
              key={view.text ?? ""}
              onBlur={(event) => setValue("text", event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") setValue("text", event.currentTarget.value);
              }}
            />
          )}
        </Field>
      )}
      <fieldset className="filter-flags">
        <legend>Follow-up</legend>
        <label>
          <input
            type="checkbox"
            checked={view.overdue ?? false}
            onChange={(event) => setFlag("overdue", event.target.checked)}
          />
          Overdue
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.stale ?? false}
            onChange={(event) => setFlag("stale", event.target.checked)}
          />
          Stale
        </label>
      </fieldset>
      <button
        type="button"
        className="button-quiet"
        onClick={() =>
          onChange(view.sort ? { sort: view.sort, ...(view.order && { order: view.order }) } : {})
        }
      >
        Clear filters
      </button>
    </form>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

interface ListSelectProps {
  label: string;
  values: readonly string[] | undefined;
  options: [string, string][];
  onChange: (value: string) => void;
}

/** One choice from a list; a link may carry several, shown as "n selected" until changed. */
function ListSelect({ label, values = [], options, onChange }: ListSelectProps) {
  const several = values.length > 1;
  return (
    <Field label={label}>
      {(id) => (
        <select
          id={id}
          value={several ? "several" : (values[0] ?? "")}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">Any</option>
          {several && (
            <option value="several" disabled>
              {values.length} selected
            </option>
          )}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
