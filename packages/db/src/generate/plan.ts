// The shape of a generated dataset, decided before any text: which statement each commitment comes
// from, initiatives and their children, final statuses and how many status events each commitment
// gets. Deciding these first lets the exact number of events be honoured.
import { STATUSES, type Status } from "@pledgewatch/domain";
import type { Random } from "./random.ts";

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Statements are dated in this range; status events happen up to LAST_EVENT_DAY. */
export const FIRST_DAY = dayNumber("2006-01-01");
export const LAST_STATEMENT_DAY = dayNumber("2026-06-30");
export const LAST_EVENT_DAY = dayNumber("2026-10-31");

/** How many commitments a statement gives (mean about 3.6). */
const COMMITMENTS_PER_STATEMENT = { 1: 25, 2: 20, 3: 17, 4: 13, 5: 9, 6: 7, 8: 5, 10: 3, 14: 1 };
const INITIATIVE_SHARE = 0.3;
const CHILD_SHARE = 0.85;
/** A single commitment's share of the events is drawn from a Pareto tail, capped. */
const EVENT_WEIGHT_TAIL = 1.2;
const EVENT_WEIGHT_CAP = 60;

export interface PlannedStatement {
  day: number;
  first: number;
  count: number;
}

export interface PlannedCommitment {
  statement: number;
  day: number;
  isInitiative: boolean;
  /** Index of its initiative, or -1. */
  parent: number;
  status: Status;
  events: number;
}

/** 0 for the newest statement day, 1 for the oldest. */
const ageOf = (day: number) => (LAST_STATEMENT_DAY - day) / (LAST_STATEMENT_DAY - FIRST_DAY);

/** Older commitments more often reached a verdict. */
function drawStatus(random: Random, age: number): Status {
  return random.weighted<Status>({
    not_assessed: 14,
    in_progress: 32 - 18 * age,
    stalled: 12,
    partially_fulfilled: 13,
    fulfilled: 15 + 14 * age,
    broken: 9 + 6 * age,
  });
}

function planStatements(random: Random, commitments: number) {
  const statements: PlannedStatement[] = [];
  const planned: PlannedCommitment[] = [];
  while (planned.length < commitments) {
    const wanted = Number(random.weighted(COMMITMENTS_PER_STATEMENT));
    const count = Math.min(wanted, commitments - planned.length);
    // More statements in recent years: the density grows linearly over the period.
    const day =
      FIRST_DAY + Math.floor(Math.sqrt(random.next()) * (LAST_STATEMENT_DAY - FIRST_DAY + 1));
    const first = planned.length;
    statements.push({ day, first, count });
    const withInitiative = count >= 3 && random.chance(INITIATIVE_SHARE);
    for (let k = 0; k < count; k += 1) {
      const isInitiative = withInitiative && k === 0;
      const parent = withInitiative && k > 0 && random.chance(CHILD_SHARE) ? first : -1;
      planned.push({
        statement: statements.length - 1,
        day,
        isInitiative,
        parent,
        status: drawStatus(random, ageOf(day)),
        events: 0,
      });
    }
  }
  return { statements, planned };
}

/**
 * Nobody assessed the parts of an initiative nobody assessed; and there cannot be more assessed
 * commitments than events (each has at least one), so the last ones stay not assessed.
 */
function fitStatusesToEvents(planned: PlannedCommitment[], events: number) {
  for (const commitment of planned) {
    if (commitment.parent >= 0 && planned[commitment.parent]?.status === "not_assessed") {
      commitment.status = "not_assessed";
    }
  }
  let assessed = planned.filter((commitment) => commitment.status !== "not_assessed").length;
  for (const demoteInitiatives of [false, true]) {
    for (let i = planned.length - 1; i >= 0 && assessed > events; i -= 1) {
      const commitment = planned[i] as PlannedCommitment;
      if (commitment.status === "not_assessed" || commitment.isInitiative !== demoteInitiatives) {
        continue;
      }
      commitment.status = "not_assessed";
      assessed -= 1;
    }
  }
  if (events > 0 && assessed === 0) {
    const first = planned[0];
    if (!first) throw new RangeError("Status events need at least one commitment.");
    first.status = "in_progress";
  }
}

/**
 * Gives every assessed commitment one event, then spreads the rest by heavy-tailed weights (older
 * commitments have longer histories). Events fall on distinct days between the statement and
 * LAST_EVENT_DAY, which caps each commitment's count.
 */
function allocateEvents(random: Random, planned: PlannedCommitment[], events: number) {
  const assessed = planned.filter((commitment) => commitment.status !== "not_assessed");
  const weights = assessed.map(
    (commitment) =>
      Math.min((1 - random.next()) ** (-1 / EVENT_WEIGHT_TAIL), EVENT_WEIGHT_CAP) *
      (0.3 + ageOf(commitment.day)),
  );
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const extra = events - assessed.length;
  const capOf = (commitment: PlannedCommitment) => LAST_EVENT_DAY - commitment.day + 1;
  let left = extra;
  assessed.forEach((commitment, i) => {
    const share = Math.floor(((weights[i] as number) / totalWeight) * extra);
    commitment.events = 1 + Math.min(share, capOf(commitment) - 1);
    left -= commitment.events - 1;
  });
  while (left > 0) {
    const before = left;
    for (const commitment of assessed) {
      if (left === 0) break;
      if (commitment.events < capOf(commitment)) {
        commitment.events += 1;
        left -= 1;
      }
    }
    if (left === before) {
      throw new RangeError(`${events} status events do not fit in ${planned.length} commitments.`);
    }
  }
}

export function planDataset(random: Random, size: { commitments: number; events: number }) {
  const { statements, planned } = planStatements(random, size.commitments);
  fitStatusesToEvents(planned, size.events);
  allocateEvents(random, planned, size.events);
  return { statements, planned };
}

export const ASSESSED_STATUSES = STATUSES.filter((status) => status !== "not_assessed");
