import { z } from "zod";
import { MAX_STATEMENT_CHARS, recordIdSchema } from "./inputs.ts";

const offsetSchema = z.number().int().min(0).max(MAX_STATEMENT_CHARS);

/**
 * A suggested passage of a statement, by its offsets (JavaScript string indices, as on a quote):
 * what an analyst dismisses from the suggestions, or restores.
 */
export const passageRefSchema = z
  .object({ statementId: recordIdSchema, start: offsetSchema, end: offsetSchema })
  .refine((passage) => passage.start < passage.end, {
    message: "The passage must end after it starts",
    path: ["end"],
  });
export type PassageRef = z.infer<typeof passageRefSchema>;
