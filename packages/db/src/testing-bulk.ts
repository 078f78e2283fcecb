// Many deterministic commitments fast, for tests of size (exports, memory): createMany in batches,
// with counterparts, themes, quotes and status events. Needs the reference data (seedReferenceData).
import { STAGES, STATUSES, THEMES, type Status } from "@pledgewatch/domain";
import type { Db } from "./client.ts";
import { sha256 } from "./seed/seed.ts";

const COUNTRIES = ["KE", "CN", "US", "FR", "IN", "BR", "ZA", "NG", "JP", "DE"];
const SENTENCES = Array.from(
  { length: 50 },
  (_, k) => `Sentence ${k}: the parties will cooperate on matter ${k}, as agreed.`,
);
const BATCH_SIZE = 1_000;
const START = Date.UTC(2024, 0, 1);

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
const pad = (n: number) => String(n).padStart(2, "0");

/** A reduced-precision date: a year, a month or a day, depending on `precision` (0, 1, 2). */
function partialDate(year: number, seed: number, precision: number): string {
  const month = `${year}-${pad(1 + (seed % 12))}`;
  if (precision === 0) return String(year);
  return precision === 1 ? month : `${month}-${pad(1 + (seed % 28))}`;
}

interface GeneratedEvent {
  id: string;
  fromStatus: Status;
  toStatus: Status;
  occurredOn: string;
}

/** The status history that leads to `status`: none, one event, or through in_progress. */
function eventsLeadingTo(id: string, i: number, status: Status): GeneratedEvent[] {
  if (status === "not_assessed") return [];
  const year = 2022 + (i % 3);
  const first = `${year}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
  if (status === "in_progress" || i % 2 === 1) {
    return [{ id: `${id}-e1`, fromStatus: "not_assessed", toStatus: status, occurredOn: first }];
  }
  return [
    { id: `${id}-e1`, fromStatus: "not_assessed", toStatus: "in_progress", occurredOn: first },
    {
      id: `${id}-e2`,
      fromStatus: "in_progress",
      toStatus: status,
      occurredOn: `${year + 1}-06-30`,
    },
  ];
}

function generate(prefix: string, i: number, statementId: string, offsets: number[]) {
  const id = `${prefix}${String(i).padStart(6, "0")}`;
  const status = pick(STATUSES, i);
  const events = eventsLeadingTo(id, i, status);
  const committing = pick(COUNTRIES, i);
  const counterparts = [pick(COUNTRIES, i + 1 + (i % 3))];
  if (i % 4 === 0) counterparts.push(pick(COUNTRIES, i + 5));
  const themes = [pick(THEMES, i).slug];
  if (i % 3 === 0 && THEMES.length > 1) themes.push(pick(THEMES, i + 2).slug);
  const quoteIndexes = i % 10 === 0 ? [i % 50, (i + 7) % 50] : [i % 50];
  const at = new Date(START + i * 60_000);
  const lastEventOn = events.at(-1)?.occurredOn ?? null;

  const titles = [
    `Commitment ${i}: training and equipment for border units`,
    `Provide "patrol boats", radios; and training #${i}`,
    `Coopération maritime ${i} — 海上安全 — sécurité`,
  ];
  const descriptions = [
    null,
    `Generated description ${i}. ${"The parties agreed to review progress every year. ".repeat(3)}`,
    `Line one of ${i}\nLine two, with a comma and "quotes"`,
  ];
  const commitment = {
    id,
    title: pick(titles, i % 7 === 0 ? 1 : i % 13 === 0 ? 2 : 0),
    description: pick(descriptions, i % 5 === 0 ? 0 : i % 11 === 0 ? 2 : 1),
    kind: i % 50 === 0 ? ("initiative" as const) : ("commitment" as const),
    parentId: [1, 2, 3].includes(i % 50)
      ? `${prefix}${String(i - (i % 50)).padStart(6, "0")}`
      : null,
    committingCountryId: committing,
    counterpartOther: i % 17 === 0 ? "Global Public Security Cooperation Forum" : null,
    direction: i % 2 === 0 ? ("unilateral" as const) : ("mutual" as const),
    stage: pick(STAGES, i),
    status,
    progress: status === "not_assessed" ? null : (i * 37) % 101,
    announcedOn: partialDate(2019 + (i % 5), i, i % 3),
    targetOn: i % 4 === 0 ? null : partialDate(2022 + (i % 6), i + 3, (i >> 1) % 3),
    startedOn: i % 9 === 0 ? "2022-02" : null,
    completedOn: status === "fulfilled" ? lastEventOn : null,
    lastEventOn,
    externalId: i % 2 === 0 ? `${prefix}-ext-${i}` : null,
    createdAt: at,
    updatedAt: at,
  };
  return {
    commitment,
    counterparts: counterparts.map((countryId) => ({ commitmentId: id, countryId })),
    themes: themes.map((themeSlug) => ({ commitmentId: id, themeSlug })),
    quotes: quoteIndexes.map((k) => ({
      commitmentId: id,
      statementId,
      start: offsets[k] as number,
      end: (offsets[k] as number) + (SENTENCES[k] as string).length,
      text: SENTENCES[k] as string,
    })),
    events: events.map((event, n) => ({
      ...event,
      commitmentId: id,
      note: n === 0 ? `Reported in the press (${i}).` : null,
      evidenceUrl: event.toStatus === "in_progress" ? null : `https://example.org/evidence/${i}`,
      recordedAt: new Date(at.getTime() + (n + 1) * 1_000),
    })),
  };
}

/**
 * Inserts `count` deterministic commitments with ids `<prefix>000000`, `<prefix>000001`, … quoted
 * from one statement of their own. Returns the statement's id.
 */
export async function insertBulkCommitments(
  db: Db,
  count: number,
  { prefix = "bulk" }: { prefix?: string } = {},
): Promise<string> {
  const text = [`Generated statement ${prefix}.`, ...SENTENCES].join(" ");
  const offsets = SENTENCES.map((sentence) => text.indexOf(sentence));
  const statement = await db.statement.create({
    data: {
      title: `Generated statement (${prefix})`,
      kind: "joint_statement",
      url: `https://example.org/statements/${prefix}`,
      text,
      textSha256: sha256(text),
    },
    select: { id: true },
  });
  for (let from = 0; from < count; from += BATCH_SIZE) {
    const rows = Array.from({ length: Math.min(BATCH_SIZE, count - from) }, (_, k) =>
      generate(prefix, from + k, statement.id, offsets),
    );
    await db.commitment.createMany({ data: rows.map((row) => row.commitment) });
    await db.commitmentCounterpart.createMany({ data: rows.flatMap((row) => row.counterparts) });
    await db.commitmentTheme.createMany({ data: rows.flatMap((row) => row.themes) });
    await db.quote.createMany({ data: rows.flatMap((row) => row.quotes) });
    await db.statusEvent.createMany({ data: rows.flatMap((row) => row.events) });
  }
  return statement.id;
}
