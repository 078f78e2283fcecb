// Knight Lab TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html).
import type { ExportedCommitment, ExportedCommitmentWithHistory } from "@pledgewatch/db";
import { STAGE_LABELS, STATUS_LABELS, type ExportOptions } from "@pledgewatch/domain";
// TimelineJS renders headlines and texts as HTML: our text must arrive as text.
import { escapeHtml } from "../http/html.ts";
import { describeParties } from "./parties.ts";

/** TimelineJS dates: months are 1-based; a reduced-precision date simply leaves out month or day. */
export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
}

/** "2025" → { year }, "2025-06" → { year, month }, "2025-06-30" → { year, month, day }. */
export function timelineDate(partialDate: string): TimelineDate {
  const [year, month, day] = partialDate.split("-").map(Number);
  return {
    year: year as number,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
}

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
const link = (href: string, label: string) =>
  `<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`;

function groupOf(row: ExportedCommitment, group: ExportOptions["group"]): string {
  if (group === "country") return row.committingCountry.name;
  return row.themes[0]?.name ?? "No theme";
}

/**
 * A commitment's slides: its announcement, each status change and its deadline (whichever it has).
 * `pageUrl` is the commitment's page in Pledgewatch.
 */
export function timelineSlides(
  row: ExportedCommitmentWithHistory,
  group: ExportOptions["group"],
  pageUrl: string,
): TimelineSlide[] {
  const slide = (id: string, date: string, headline: string, html: string): TimelineSlide => ({
    start_date: timelineDate(date),
    text: { headline: escapeHtml(headline), text: html + link(pageUrl, "Open in Pledgewatch") },
    group: escapeHtml(groupOf(row, group)),
    unique_id: `${row.id}-${id}`,
  });
  const slides: TimelineSlide[] = [];
  if (row.announcedOn) {
    slides.push(
      slide(
        "announced",
        row.announcedOn,
        `Announced: ${row.title}`,
        paragraph(`${describeParties(row)} (${STAGE_LABELS[row.stage].toLowerCase()}).`) +
          (row.description ? paragraph(row.description) : ""),
      ),
    );
  }
  for (const event of row.statusEvents) {
    const change = event.fromStatus
      ? `${STATUS_LABELS[event.fromStatus]} → ${STATUS_LABELS[event.toStatus]}.`
      : `${STATUS_LABELS[event.toStatus]}.`;
    slides.push(
      slide(
        event.id,
        event.occurredOn,
        `${STATUS_LABELS[event.toStatus]}: ${row.title}`,
        paragraph(change) +
          (event.note ? paragraph(event.note) : "") +
          (event.evidenceUrl ? link(event.evidenceUrl, "Evidence") : ""),
      ),
    );
  }
  if (row.targetOn) {
    const now = `Status now: ${STATUS_LABELS[row.status]}${row.overdue ? " (overdue)" : ""}.`;
    slides.push(
      slide(
        "deadline",
        row.targetOn,
        `Deadline: ${row.title}`,
        paragraph(`Due ${row.targetOn}. ${now}`),
      ),
    );
  }
  return slides;
}

/** The title slide: what the timeline is about, with a link to the same view in Pledgewatch. */
export function timelineTitle(subject: string, viewUrl: string) {
  return {
    text: {
      headline: escapeHtml(subject),
      text: link(viewUrl, "The same commitments in Pledgewatch"),
    },
  };
}
