// iCalendar (RFC 5545) of deadlines, written by ical-generator.
import type { ExportedCommitment } from "@pledgewatch/db";
import { lastDayOf, STATUS_LABELS } from "@pledgewatch/domain";
import ical, { foldLines, ICalEvent } from "ical-generator";
import { describeParties } from "./parties.ts";

/** Calendar apps re-read a subscribed calendar this often (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 6 * 60 * 60;

export interface CalendarInfo {
  name: string;
  /** The calendar's own address, the one to subscribe to. */
  url: string;
  /** Host part of the event UIDs, so they are globally unique and stable per commitment. */
  uidDomain: string;
  pageUrl(commitmentId: string): string;
}

/** One all-day event on the deadline's last day: a deadline of "2025" falls on 2025-12-31. */
function deadlineEvent(row: ExportedCommitment & { targetOn: string }, info: CalendarInfo) {
  const pageUrl = info.pageUrl(row.id);
  return {
    id: `commitment-${row.id}@${info.uidDomain}`,
    // A date-only string is read as UTC midnight, so the all-day date never shifts by time zone.
    start: lastDayOf(row.targetOn),
    allDay: true,
    stamp: row.updatedAt,
    lastModified: row.updatedAt,
    summary: `Deadline: ${row.title}`,
    description: [
      `${describeParties(row)}.`,
      `Deadline as stated: ${row.targetOn}. Status: ${STATUS_LABELS[row.status]}${row.overdue ? " (overdue)" : ""}.`,
      pageUrl,
    ].join("\n"),
    url: pageUrl,
    categories: row.themes.map((theme) => ({ name: theme.name })),
  };
}

/**
 * The calendar as text chunks: its header, one event per commitment with a deadline as the rows
 * arrive, its end. Every line is ical-generator's own output; only the concatenation is streamed,
 * since the library renders a whole calendar at once (it folds line by line, so folding each
 * chunk gives the same text).
 */
export async function* calendarChunks(
  rows: AsyncIterable<ExportedCommitment>,
  info: CalendarInfo,
): AsyncGenerator<string> {
  const calendar = ical({
    name: info.name,
    url: info.url,
    source: info.url,
    ttl: REFRESH_SECONDS,
    prodId: { company: "Pledgewatch", product: "Deadlines", language: "EN" },
  });
  const end = "END:VCALENDAR";
  yield calendar.toString().slice(0, -end.length);
  for await (const row of rows) {
    const { targetOn } = row;
    if (targetOn === null) continue;
    yield foldLines(new ICalEvent(deadlineEvent({ ...row, targetOn }, info), calendar).toString());
  }
  yield end;
}
