import { z } from "zod";
import { isCountryCode } from "./country-codes.ts";
import {
  commitmentKindSchema,
  directionSchema,
  fullDateSchema,
  partialDateSchema,
  stageSchema,
  statementKindSchema,
  statusSchema,
} from "./field-schemas.ts";
import { THEMES } from "./themes.ts";

export const MAX_STATEMENT_CHARS = 500_000;

/** Free text of at most `max` characters, refused with a message people can act on. */
const boundedText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters`);
const optionalText = (max: number) => boundedText(max).optional();
/** In an update: absent leaves the field as it is, null clears it. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const clearableText = (max: number) => clearable(boundedText(max));

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { message: "Use an ISO 3166-1 alpha-2 country code, such as KE" });

export const themeSlugSchema = z.enum(THEMES.map((theme) => theme.slug) as [string, ...string[]], {
  message: "Unknown theme",
});

export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  message: "Use a full web address starting with http:// or https://",
});

/** A record id as the database issues them (cuid), or a seed's own id. */
export const recordIdSchema = z.string().trim().min(1).max(64);

/** Optimistic concurrency: the version the client read; a stale one is refused with CONFLICT. */
export const versionSchema = z.number().int().min(1);

/** How many rows a page holds, at most `max`. */
export const pageLimitSchema = (max: number, byDefault: number) =>
  z.number().int().min(1).max(max).default(byDefault);
/** The opaque `nextCursor` the previous page returned. */
export const pageCursorSchema = z.string().min(1).max(500).optional();

export const recordRefSchema = z.object({ id: recordIdSchema });
export type RecordRef = z.infer<typeof recordRefSchema>;

const statementFieldsSchema = z.object({
  title: boundedText(500).min(1, "Give the statement a title"),
  kind: statementKindSchema,
  publisher: optionalText(200),
  url: httpUrlSchema.optional(),
  publishedOn: partialDateSchema.optional(),
  byline: optionalText(200),
  eventName: optionalText(300),
  eventLocation: optionalText(200),
  eventOn: partialDateSchema.optional(),
  speakerName: optionalText(200),
  speakerTitle: optionalText(300),
  speakerOrganisation: optionalText(300),
  speakerCountryId: countryCodeSchema.optional(),
  language: z.string().trim().min(2).max(35),
  text: z
    .string()
    .min(1, "Paste the statement's text")
    .max(
      MAX_STATEMENT_CHARS,
      `A statement can hold at most ${MAX_STATEMENT_CHARS.toLocaleString("en")} characters`,
    ),
});

export const statementInputSchema = statementFieldsSchema.extend({
  language: statementFieldsSchema.shape.language.default("en"),
});
export type StatementInput = z.input<typeof statementInputSchema>;
export type StatementData = z.infer<typeof statementInputSchema>;

/** Only the fields given change; `null` clears an optional one. */
export const statementUpdateSchema = statementFieldsSchema.partial().extend({
  id: recordIdSchema,
  version: versionSchema,
  publisher: clearableText(200),
  url: clearable(httpUrlSchema),
  publishedOn: clearable(partialDateSchema),
  byline: clearableText(200),
  eventName: clearableText(300),
  eventLocation: clearableText(200),
  eventOn: clearable(partialDateSchema),
  speakerName: clearableText(200),
  speakerTitle: clearableText(300),
  speakerOrganisation: clearableText(300),
  speakerCountryId: clearable(countryCodeSchema),
});
export type StatementUpdate = z.infer<typeof statementUpdateSchema>;

export const statementListInputSchema = z
  .object({
    /** Matched in the title, the speaker's name and the event's name. */
    search: z.string().trim().min(1).max(200).optional(),
    limit: pageLimitSchema(200, 50),
    cursor: pageCursorSchema,
  })
  .prefault({});
export type StatementListInput = z.infer<typeof statementListInputSchema>;

/** A passage of a statement, as JavaScript string offsets plus the text, checked on write. */
export const quoteInputSchema = z.object({
  statementId: recordIdSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1).max(20_000),
});
export type QuoteInput = z.infer<typeof quoteInputSchema>;

const commitmentFieldsSchema = z.object({
  title: boundedText(300).min(1, "Give the commitment a short title"),
  description: optionalText(5_000),
  kind: commitmentKindSchema,
  parentId: recordIdSchema.optional(),
  committingCountryId: countryCodeSchema,
  counterpartCountryIds: z.array(countryCodeSchema).max(50),
  counterpartOther: optionalText(300),
  direction: directionSchema,
  stage: stageSchema,
  themes: z.array(themeSlugSchema).max(THEMES.length),
  announcedOn: partialDateSchema.optional(),
  targetOn: partialDateSchema.optional(),
  externalId: optionalText(200),
});
const commitmentFields = commitmentFieldsSchema.shape;

/** The commitment's own fields, as the seed and imports give them (no quotes). */
export const commitmentInputSchema = commitmentFieldsSchema.extend({
  kind: commitmentFields.kind.default("commitment"),
  counterpartCountryIds: commitmentFields.counterpartCountryIds.default([]),
  themes: commitmentFields.themes.default([]),
});
export type CommitmentInput = z.input<typeof commitmentInputSchema>;

const quotesSchema = z.array(quoteInputSchema).max(50);

export const commitmentCreateSchema = commitmentInputSchema.extend({
  quotes: quotesSchema.default([]),
});
export type CommitmentCreate = z.infer<typeof commitmentCreateSchema>;

/** 0–100, or null for "not assessed". */
export const progressSchema = z.number().int().min(0).max(100).nullable();

/**
 * Only the fields given change; `null` clears an optional one. Lists (counterparts, themes,
 * quotes) are replaced whole. Progress set on an initiative overrides its roll-up; `null` on an
 * initiative returns it to the roll-up.
 */
export const commitmentUpdateSchema = commitmentFieldsSchema.partial().extend({
  id: recordIdSchema,
  version: versionSchema,
  description: clearableText(5_000),
  parentId: clearable(recordIdSchema),
  counterpartOther: clearableText(300),
  announcedOn: clearable(partialDateSchema),
  targetOn: clearable(partialDateSchema),
  externalId: clearableText(200),
  quotes: quotesSchema.optional(),
  progress: progressSchema.optional(),
});
export type CommitmentUpdate = z.infer<typeof commitmentUpdateSchema>;

/** A status change: when it happened (may be back-dated, never in the future) and its evidence. */
export const setStatusInputSchema = z.object({
  id: recordIdSchema,
  version: versionSchema,
  to: statusSchema,
  occurredOn: fullDateSchema,
  note: optionalText(5_000),
  evidenceUrl: httpUrlSchema.optional(),
  evidenceStatementId: recordIdSchema.optional(),
});
export type SetStatusInput = z.infer<typeof setStatusInputSchema>;
