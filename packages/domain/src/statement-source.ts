import { z } from "zod";
import { httpUrlSchema } from "./inputs.ts";

/** The address of a published statement, whose page the server fetches to fill the form. */
export const statementUrlInputSchema = z.object({ url: httpUrlSchema });
export type StatementUrlInput = z.infer<typeof statementUrlInputSchema>;

/**
 * What the server took from a web page, for the analyst to check before saving. `text` becomes the
 * statement's text, so quotes point into exactly this; `url` is where the page ended up after
 * redirects.
 */
export interface ExtractedStatement {
  title: string;
  text: string;
  url: string;
  publishedOn?: string;
  byline?: string;
  publisher?: string;
  language?: string;
}
