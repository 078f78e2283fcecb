import { DEFAULT_STALE_DAYS } from "./follow-up.ts";
import type { Status } from "./status.ts";
import type { CommitmentKind, Direction, Stage } from "./vocabulary.ts";

/**
 * What the exports contain. A JSON export object and a CSV row carry the same fields under the same
 * stable snake_case names; the CSV import reads these columns back, so a name never changes.
 */

/** A passage of a statement that states the commitment (`text` = statement text from start to end). */
export interface CommitmentExportQuote {
  statement_id: string;
  start: number;
  end: number;
  text: string;
}

/** One commitment as the exports give it. */
export interface CommitmentExport {
  id: string;
  external_id: string | null;
  title: string;
  kind: CommitmentKind;
  parent_id: string | null;
  committing_country: string;
  counterpart_countries: string[];
  counterpart_other: string | null;
  direction: Direction;
  themes: string[];
  stage: Stage;
  status: Status;
  progress: number | null;
  announced_on: string | null;
  target_on: string | null;
  started_on: string | null;
  completed_on: string | null;
  last_event_on: string | null;
  overdue: boolean;
  stale: boolean;
  statement_id: string | null;
  statement_title: string | null;
  statement_url: string | null;
  quotes: CommitmentExportQuote[];
  description: string | null;
  updated_at: string;
  dashboard_url: string;
}

/** One status change of a commitment, as the status-history export gives it. */
export interface StatusEventExport {
  commitment_id: string;
  external_id: string | null;
  title: string;
  event_id: string;
  from_status: Status | null;
  to_status: Status;
  occurred_on: string;
  note: string | null;
  evidence_url: string | null;
  evidence_statement_id: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface ExportColumn {
  name: string;
  description: string;
}

// Written as records so the compiler insists every field has a description; key order is column order.
const COMMITMENT_COLUMN_DESCRIPTIONS: Record<keyof CommitmentExport, string> = {
  id: "Pledgewatch's id of the commitment; stable, use it to join with the status history.",
  external_id:
    "The id in the analyst's own spreadsheet (the CSV import matches on it); may be empty.",
  title: "What was promised, in a few words.",
  kind: "`commitment`, or `initiative` for one that groups other commitments.",
  parent_id: "The id of the initiative this commitment belongs to; empty if none.",
  committing_country: "ISO 3166-1 alpha-2 code of the country that made the commitment.",
  counterpart_countries: "ISO codes of the counterpart countries, sorted, separated by `;`.",
  counterpart_other: "A non-state counterpart, such as a forum; may be empty.",
  direction: "`unilateral` (one side promises) or `mutual` (both sides do).",
  themes: "Theme slugs (see /about), sorted, separated by `;`.",
  stage: "`aspiration`, `pledge`, `agreement` or `programme`.",
  status:
    "Current status: `not_assessed`, `in_progress`, `stalled`, `partially_fulfilled`, `fulfilled` or `broken`.",
  progress:
    "0–100 when assessed (an initiative's is rolled up from its parts); empty when not assessed.",
  announced_on: "When it was announced: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.",
  target_on: "The deadline, same format; a year or month runs to its last day.",
  started_on: "When work started, same format.",
  completed_on: "When it was completed, same format.",
  last_event_on: "Date (YYYY-MM-DD) of the latest status change; empty if none.",
  overdue: "`true` when the deadline has passed and the status is not final, on the export day.",
  stale: `\`true\` when not final and nothing has happened for ${DEFAULT_STALE_DAYS} days, on the export day.`,
  statement_id:
    "The statement of the first quote (quotes are ordered by statement, then position).",
  statement_title: "That statement's title.",
  statement_url: "That statement's web address; may be empty.",
  quotes:
    'Every quote as a JSON array of {"statement_id","start","end","text"} (start and end are offsets in the statement text); empty if none.',
  description: "Longer description; may contain line breaks.",
  updated_at: "When the record last changed (ISO 8601, UTC).",
  dashboard_url: "The commitment's page in Pledgewatch.",
};

const STATUS_EVENT_COLUMN_DESCRIPTIONS: Record<keyof StatusEventExport, string> = {
  commitment_id: "Pledgewatch's id of the commitment.",
  external_id: "The commitment's id in the analyst's own spreadsheet; may be empty.",
  title: "The commitment's title.",
  event_id: "Pledgewatch's id of this status change.",
  from_status: "Status before the change; may be empty.",
  to_status: "Status after the change.",
  occurred_on: "When the change happened (YYYY-MM-DD); may be earlier than when it was recorded.",
  note: "The analyst's note; may be empty.",
  evidence_url: "Web address of the evidence; may be empty.",
  evidence_statement_id: "A logged statement given as evidence; may be empty.",
  recorded_by: "Name of the account that recorded the change; empty if that account is gone.",
  recorded_at: "When it was recorded (ISO 8601, UTC).",
};

const columnsOf = (descriptions: Record<string, string>): ExportColumn[] =>
  Object.entries(descriptions).map(([name, description]) => ({ name, description }));

/** The commitments CSV's columns, in order (the JSON export objects have the same fields). */
export const COMMITMENT_EXPORT_COLUMNS: readonly ExportColumn[] = columnsOf(
  COMMITMENT_COLUMN_DESCRIPTIONS,
);

/** The status-history CSV's columns, in order. */
export const STATUS_EVENT_EXPORT_COLUMNS: readonly ExportColumn[] = columnsOf(
  STATUS_EVENT_COLUMN_DESCRIPTIONS,
);

type ExportValue = string | number | boolean | null | string[] | CommitmentExportQuote[];

/** One field as a CSV cell: lists of codes joined by ";" (codes never hold one), quotes as JSON. */
function toCell(value: ExportValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) {
    if (value.length === 0) return "";
    return value.every((item) => typeof item === "string")
      ? value.join(";")
      : JSON.stringify(value);
  }
  return String(value);
}

/** An export record as CSV cells, keyed by column name. */
export function toCsvCells(record: CommitmentExport | StatusEventExport): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([name, value]) => [name, toCell(value as ExportValue)]),
  );
}
