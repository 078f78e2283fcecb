import { z } from "zod";
import { recordIdSchema } from "./inputs.ts";
import { queryParameterError } from "./view-params.ts";

/**
 * Query parameters the exports take beside the view (view-params.ts): which commitment, if only
 * one, and how to shape the file.
 */
export const exportOptionsSchema = z.object({
  /** Only this commitment (still subject to the view's filters). */
  commitment: recordIdSchema.optional(),
  /** CSV: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  bom: z.stringbool({ error: "Use true or false" }).default(false),
  /** TimelineJS: group the events by the commitment's first theme or by its committing country. */
  group: z.enum(["theme", "country"]).default("theme"),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** Reads the export options; a bad one is an error naming its parameter, as for the view. */
export function parseExportOptions(params: URLSearchParams): ExportOptions {
  const raw = Object.fromEntries(
    Object.keys(exportOptionsSchema.shape).flatMap((key) => {
      const value = params.get(key);
      return value === null ? [] : [[key, value]];
    }),
  );
  const result = exportOptionsSchema.safeParse(raw);
  if (!result.success) throw queryParameterError(result.error);
  return result.data;
}
