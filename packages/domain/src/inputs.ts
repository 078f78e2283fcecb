import { z } from "zod";
import { isCountryCode } from "./countries.ts";
import { partialDateSchema } from "./partial-date.ts";
import { THEMES } from "./themes.ts";
import {
  commitmentKindSchema,
  directionSchema,
  stageSchema,
  statementKindSchema,
} from "./vocabulary.ts";

const MAX_STATEMENT_CHARS = 500_000;

const optionalText = (max: number) => z.string().trim().max(max).optional();

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

export const statementInputSchema = z.object({
  title: z.string().trim().min(1, "Give the statement a title").max(500),
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
  language: z.string().trim().min(2).max(35).default("en"),
  text: z
    .string()
    .min(1, "Paste the statement's text")
    .max(
      MAX_STATEMENT_CHARS,
      `A statement can hold at most ${MAX_STATEMENT_CHARS.toLocaleString("en")} characters`,
    ),
});
export type StatementInput = z.input<typeof statementInputSchema>;

export const commitmentInputSchema = z.object({
  title: z.string().trim().min(1, "Give the commitment a short title").max(300),
  description: optionalText(5_000),
  kind: commitmentKindSchema.default("commitment"),
  committingCountryId: countryCodeSchema,
  counterpartCountryIds: z.array(countryCodeSchema).max(50).default([]),
  counterpartOther: optionalText(300),
  direction: directionSchema,
  stage: stageSchema,
  themes: z.array(themeSlugSchema).max(THEMES.length).default([]),
  announcedOn: partialDateSchema.optional(),
  targetOn: partialDateSchema.optional(),
  externalId: optionalText(200),
});
export type CommitmentInput = z.input<typeof commitmentInputSchema>;
