import { z } from "zod";
import { isPartialDate } from "./partial-date.ts";
import { ROLES } from "./roles.ts";
import { STATUSES } from "./status.ts";
import { COMMITMENT_KINDS, DIRECTIONS, STAGES, STATEMENT_KINDS } from "./vocabulary.ts";

/**
 * The zod schemas of single fields, apart from the vocabularies they check: a module that builds a
 * schema at import loads zod, and the browser's overview needs the vocabularies only.
 */

export const statusSchema = z.enum(STATUSES);
export const stageSchema = z.enum(STAGES);
export const directionSchema = z.enum(DIRECTIONS);
export const commitmentKindSchema = z.enum(COMMITMENT_KINDS);
export const statementKindSchema = z.enum(STATEMENT_KINDS);
export const roleSchema = z.enum(ROLES);

export const partialDateSchema = z
  .string()
  .trim()
  .refine(isPartialDate, { message: "Use a real date as YYYY, YYYY-MM or YYYY-MM-DD" });

export const fullDateSchema = z
  .string()
  .trim()
  .refine((value) => value.length === 10 && isPartialDate(value), {
    message: "Use a real date as YYYY-MM-DD",
  });
