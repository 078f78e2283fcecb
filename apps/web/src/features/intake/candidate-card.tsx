import { STAGE_LABELS } from "@pledgewatch/domain";
import { useId } from "react";
import type { Candidate, Dismissal } from "./use-suggestions.ts";
import type { NameLookup } from "../../lib/use-names.ts";

type Reason = Candidate["reasons"][number];

/** Confidence in words first, so it reads without knowing what a score means. */
function confidenceInWords(confidence: number): string {
  const word = confidence >= 0.75 ? "High" : confidence >= 0.5 ? "Medium" : "Low";
  return `${word} (${Math.round(confidence * 100)}%)`;
}

/** What the triggering words were read as, with a country or theme by the name the page uses. */
function readingOf(reason: Reason, names: NameLookup): string {
  if (!reason.value) return reason.detail;
  const name = names.country(reason.value) ?? names.theme(reason.value) ?? reason.value;
  return `${reason.detail}: ${name}`;
}

const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Dismissed by Ana Silva, 29 Nov 2026": whose judgement it was, for the rest of the team. */
function dismissedByLine(dismissal: Dismissal): string {
  const who = dismissal.dismissedBy?.name ?? "an account since removed";
  return `Dismissed by ${who}, ${dayMonthYear.format(new Date(dismissal.dismissedAt))}`;
}

/** One suggested commitment: what it reads in the passage, why, and what the analyst can do. */
export function CandidateCard({
  candidate,
  names,
  focused,
  dismissal,
  error,
  onShow,
  onAccept,
  onDismiss,
  onRestore,
}: {
  candidate: Candidate;
  names: NameLookup;
  focused: boolean;
  /** Set when the team dismissed this suggestion. */
  dismissal: Dismissal | undefined;
  /** Why dismissing or restoring it failed. */
  error: string | undefined;
  onShow: () => void;
  onAccept: () => void;
  onDismiss: () => void;
  onRestore: () => void;
}) {
  const titleId = useId();
  const mutual = candidate.direction === "mutual";
  const countryName = (code: string) => names.country(code) ?? code;
  const counterparts = candidate.counterpartCountryIds.map(countryName).join(", ");
  return (
    <li
      className={["candidate-card", focused && "is-focused", dismissal && "is-dismissed"]
        .filter(Boolean)
        .join(" ")}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="candidate-title">
        {candidate.title}
      </h3>
      <button type="button" className="candidate-quote" onClick={onShow}>
        <span className="visually-hidden">Show in the text: </span>
        <q>{candidate.quote}</q>
      </button>
      <p className="candidate-parties">
        {candidate.committingCountryId
          ? countryName(candidate.committingCountryId)
          : "Committing party not named"}
        <span aria-label={mutual ? "with" : "to"}>{mutual ? " ⇄ " : " → "}</span>
        {counterparts || "no counterpart named"}
      </p>
      <dl className="candidate-facts">
        <div>
          <dt>Direction</dt>
          <dd>{mutual ? "Mutual" : "Unilateral"}</dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>{STAGE_LABELS[candidate.stage]}</dd>
        </div>
        <div>
          <dt>Themes</dt>
          <dd>
            {candidate.themes.map((slug) => names.theme(slug) ?? slug).join(", ") ||
              "None recognised"}
          </dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{confidenceInWords(candidate.confidence)}</dd>
        </div>
      </dl>
      <details className="candidate-why">
        <summary>Why</summary>
        <ul>
          {candidate.reasons.map((reason) => (
            <li key={`${reason.kind} ${reason.start} ${reason.end} ${reason.detail}`}>
              <q>{reason.text}</q> — {readingOf(reason, names)}
            </li>
          ))}
        </ul>
      </details>
      {dismissal && <p className="field-hint">{dismissedByLine(dismissal)}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="candidate-actions">
        {dismissal ? (
          <button type="button" className="button-quiet" onClick={onRestore}>
            Restore<span className="visually-hidden"> suggestion: {candidate.title}</span>
          </button>
        ) : (
          <>
            <button type="button" onClick={onAccept}>
              Accept…<span className="visually-hidden"> suggestion: {candidate.title}</span>
            </button>
            <button type="button" className="button-quiet" onClick={onDismiss}>
              Dismiss<span className="visually-hidden"> suggestion: {candidate.title}</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
}
