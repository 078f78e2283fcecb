import { serialiseCommitmentView, type CommitmentView } from "@pledgewatch/domain";
import { useId, useState } from "react";

/** What a page is about: its exports cover it, and its deadlines can be subscribed to. */
export interface DownloadSubject {
  /** A country pair as in the URL, such as "CN-KE". */
  pair?: string;
  /** A theme slug. */
  theme?: string;
  commitmentId?: string;
}

interface ExportFormat {
  path: string;
  label: string;
  hint: string;
  options?: Record<string, string>;
}

/** Every export the server offers (apps/server/src/http/exports.ts), as README "For researchers" lists them. */
const FORMATS: ExportFormat[] = [
  { path: "/export/commitments.csv", label: "CSV", hint: "one row per commitment" },
  {
    path: "/export/commitments.csv",
    label: "CSV for Excel",
    hint: "the same, marked as UTF-8 for Excel",
    options: { bom: "true" },
  },
  {
    path: "/export/status-events.csv",
    label: "Status history CSV",
    hint: "one row per status change",
  },
  { path: "/export/commitments.jsonl", label: "JSON Lines", hint: "one commitment per line" },
  { path: "/export/commitments.json", label: "JSON", hint: "one document, with a JSON Schema" },
  { path: "/export/timeline.json", label: "TimelineJS", hint: "for Knight Lab's Timeline" },
  { path: "/calendar/commitments.ics", label: "iCalendar", hint: "deadlines, for calendar apps" },
];

/** The view narrowed to the page's subject, so a pair page's exports are that pair's. */
function subjectView(view: CommitmentView, subject: DownloadSubject | undefined): CommitmentView {
  const [first, second] = subject?.pair?.split("-") ?? [];
  return {
    ...view,
    ...(first && second ? { pair: [first, second] as [string, string] } : {}),
    ...(subject?.theme ? { themes: [subject.theme] } : {}),
  };
}

function exportHref(
  format: ExportFormat,
  view: CommitmentView,
  subject: DownloadSubject | undefined,
): string {
  const params = serialiseCommitmentView(subjectView(view, subject));
  if (subject?.commitmentId) params.set("commitment", subject.commitmentId);
  for (const [key, value] of Object.entries(format.options ?? {})) params.set(key, value);
  const query = params.toString();
  return query ? `${format.path}?${query}` : format.path;
}

/** The subject's calendar address: stable, whatever filters the page shows, so it can be subscribed to. */
function calendarPath(subject: DownloadSubject | undefined): string | undefined {
  if (subject?.commitmentId) {
    return `/calendar/commitments.ics?commitment=${encodeURIComponent(subject.commitmentId)}`;
  }
  if (subject?.pair) return `/calendar/pairs/${encodeURIComponent(subject.pair)}.ics`;
  if (subject?.theme) return `/calendar/themes/${encodeURIComponent(subject.theme)}.ics`;
  return undefined;
}

/** Download links for every export format of the view and, for a subject, its calendar feed. */
export function DownloadMenu({
  view,
  subject,
}: {
  view: CommitmentView;
  subject?: DownloadSubject;
}) {
  const calendar = calendarPath(subject);
  return (
    <details className="download-menu">
      <summary className="button-quiet">Download</summary>
      <div className="download-panel">
        <ul className="download-links" aria-label="Download formats">
          {FORMATS.map((format) => (
            <li key={format.label}>
              <a href={exportHref(format, view, subject)} download>
                {format.label}
              </a>{" "}
              <span className="download-hint">{format.hint}</span>
            </li>
          ))}
        </ul>
        {calendar && <CalendarSubscription path={calendar} />}
      </div>
    </details>
  );
}

function CalendarSubscription({ path }: { path: string }) {
  const inputId = useId();
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  // Rendered outside a browser (tests), the address stays relative.
  const url = typeof document === "undefined" ? path : new URL(path, document.baseURI).toString();
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopyState("copied"),
      () => setCopyState("failed"),
    );
  };
  return (
    <div className="calendar-subscription">
      <label htmlFor={inputId}>Subscribe to the deadlines in a calendar app</label>
      <div className="calendar-url">
        <input
          id={inputId}
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button-quiet" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" className="download-hint">
        {copyState === "copied" && "Address copied."}
        {copyState === "failed" && "Could not copy: select the address and copy it yourself."}
      </p>
    </div>
  );
}
