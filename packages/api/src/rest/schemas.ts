// What the REST endpoints return. tRPC checks every response against these, and TypeScript checks
// that the database functions return what they promise, so the OpenAPI document cannot drift.
import {
  commitmentKindSchema,
  directionSchema,
  stageSchema,
  statementKindSchema,
  statusSchema,
} from "@pledgewatch/domain";
import { z } from "zod";

const id = z.string().meta({ description: "The record's id." });
const partialDate = z
  .string()
  .nullable()
  .meta({ description: "ISO 8601 date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD." });
/** Sent as an ISO 8601 timestamp string (UTC). */
const timestamp = z.date().meta({ override: { type: "string", format: "date-time" } });
const count = z.number().int().min(0);

const countryRef = z.object({
  id: z.string().meta({ description: "ISO 3166-1 alpha-2 code." }),
  name: z.string(),
});
const themeRef = z.object({ slug: z.string(), name: z.string() });
const statusCounts = z
  .record(statusSchema, count)
  .meta({ description: "How many commitments are in each status; every status is present." });

const followUpFlags = {
  overdue: z.boolean().meta({ description: "Deadline passed, neither fulfilled nor broken." }),
  stale: z.boolean().meta({
    description: "Open, with no status change (or, without any, no announcement) for 180 days.",
  }),
};

const commitmentFields = {
  id,
  title: z.string(),
  kind: commitmentKindSchema,
  direction: directionSchema,
  stage: stageSchema,
  status: statusSchema,
  progress: z
    .number()
    .int()
    .nullable()
    .meta({ description: "0–100; null until someone assesses it (never read as 0)." }),
  announcedOn: partialDate,
  targetOn: partialDate.meta({ description: "The deadline; a year runs to its 31 December." }),
  lastEventOn: partialDate.meta({ description: "The day of the latest status change." }),
  parentId: z.string().nullable().meta({ description: "The initiative this is part of." }),
  counterpartOther: z
    .string()
    .nullable()
    .meta({ description: "Non-state counterparts, such as a forum." }),
  version: z.number().int(),
  updatedAt: timestamp,
  committingCountry: countryRef,
  counterparts: z.array(countryRef),
  themes: z.array(themeRef),
  ...followUpFlags,
};

export const commitmentPageSchema = z.object({
  items: z.array(
    z.object({
      ...commitmentFields,
      quotes: z.array(
        z.object({
          id,
          statementId: z.string(),
          start: count,
          end: count,
          text: z.string().meta({ description: "The exact words, statement.text[start:end]." }),
        }),
      ),
    }),
  ),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: "Pass as cursor for the next page; null on the last page." }),
});

const titled = z.object({ id, title: z.string() });

export const commitmentDetailSchema = z.object({
  ...commitmentFields,
  description: z.string().nullable(),
  progressExplicit: z
    .boolean()
    .meta({ description: "An initiative's progress was set by hand, not rolled up." }),
  rolledUpProgress: z
    .number()
    .int()
    .nullable()
    .meta({ description: "The rounded mean progress of the assessed parts of an initiative." }),
  startedOn: partialDate,
  completedOn: partialDate,
  externalId: z.string().nullable(),
  createdAt: timestamp,
  parent: titled.nullable(),
  children: z.array(
    z.object({
      id,
      title: z.string(),
      kind: commitmentKindSchema,
      status: statusSchema,
      progress: z.number().int().nullable(),
    }),
  ),
  quotes: z.array(z.object({ id, start: count, end: count, text: z.string(), statement: titled })),
  statusEvents: z
    .array(
      z.object({
        id,
        fromStatus: statusSchema
          .nullable()
          .meta({ description: "The status in effect before; null reads as not_assessed." }),
        toStatus: statusSchema,
        occurredOn: z.string().meta({ description: "The day it happened (YYYY-MM-DD)." }),
        note: z.string().nullable(),
        evidenceUrl: z.string().nullable(),
        evidenceStatementId: z.string().nullable(),
        evidenceStatement: titled.nullable(),
        recordedAt: timestamp,
        recordedBy: z.object({ id, name: z.string() }).nullable(),
      }),
    )
    .meta({ description: "The status history, by the day each change happened." }),
});

const statementFields = {
  id,
  title: z.string(),
  kind: statementKindSchema,
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: partialDate,
  byline: z.string().nullable(),
  eventName: z.string().nullable(),
  eventLocation: z.string().nullable(),
  eventOn: partialDate,
  speakerName: z.string().nullable(),
  speakerTitle: z.string().nullable(),
  speakerOrganisation: z.string().nullable(),
  speakerCountry: countryRef.nullable(),
  language: z.string().meta({ description: "BCP 47 language tag of the text." }),
  version: z.number().int(),
  createdAt: timestamp,
};

export const statementPageSchema = z.object({
  items: z.array(
    z.object({
      ...statementFields,
      quoteCount: count.meta({ description: "Quotes of live commitments taken from it." }),
    }),
  ),
  nextCursor: commitmentPageSchema.shape.nextCursor,
});

export const statementDetailSchema = z.object({
  ...statementFields,
  text: z.string(),
  textSha256: z.string().meta({ description: "sha256 of the text, hex." }),
  retrievedAt: timestamp.nullable(),
  updatedAt: timestamp,
  quotes: z.array(
    z.object({
      id,
      start: count,
      end: count,
      text: z.string(),
      commitment: z.object({ id, title: z.string(), status: statusSchema }),
    }),
  ),
});

export const headlineStatsSchema = z.object({
  total: count,
  byStatus: statusCounts,
  fulfilledPercent: z.number().nullable().meta({
    description:
      "Fulfilled ÷ assessed (every status but not_assessed), one decimal; null when none is assessed.",
  }),
  inProgress: count,
  overdue: count,
  stale: count,
  notAssessed: count,
});

const matrixRow = z.object({
  id: z.string(),
  label: z.string(),
  counts: statusCounts,
  total: count,
});

export const statusMatrixSchema = z.array(matrixRow);

export const pairMatrixSchema = z.array(
  matrixRow.extend({
    id: z.string().meta({ description: "Both country codes in alphabetical order: CN-KE." }),
    countries: z.array(countryRef),
  }),
);

export const countriesSchema = z.array(
  countryRef.extend({
    involved: z.boolean().meta({ description: "In at least one commitment." }),
  }),
);

export const themesSchema = z.array(themeRef.extend({ definition: z.string() }));

/** Every error the REST API and the feeds answer with. */
export const restErrorSchema = z.object({
  message: z.string().meta({ description: "What went wrong, for people." }),
  code: z.string().meta({
    description:
      "BAD_REQUEST, NOT_FOUND, METHOD_NOT_SUPPORTED, TOO_MANY_REQUESTS or INTERNAL_SERVER_ERROR.",
  }),
  field: z
    .string()
    .meta({ description: "The query or path parameter at fault, when there is one." })
    .optional(),
});
export type RestError = z.infer<typeof restErrorSchema>;
