import type { ExtractedStatement, StatementInput } from "@pledgewatch/domain";

/** The form fields a fetched page fills, with their labels for the notice. */
export const PAGE_FIELDS = {
  title: "Title",
  text: "Full text",
  publisher: "Publisher",
  url: "Web address",
  publishedOn: "Published",
  byline: "Byline",
  language: "Language",
} as const satisfies Partial<Record<keyof StatementInput & keyof ExtractedStatement, string>>;
export type PageField = keyof typeof PAGE_FIELDS;

export interface PageFill {
  /** What to put in the form now. */
  values: Partial<Pick<StatementInput, PageField>>;
  /** Fields the analyst typed something else into, kept unless they choose the page's. */
  kept: PageField[];
}

/**
 * Fills the fields the page gives, except those the analyst typed into (`isTyped`): nothing typed
 * is lost. Values an earlier fetch put in are not typed, so a second fetch replaces them.
 */
export function fillFromPage(
  page: ExtractedStatement,
  current: Partial<StatementInput>,
  isTyped: (field: PageField) => boolean,
): PageFill {
  const fill: PageFill = { values: {}, kept: [] };
  for (const field of Object.keys(PAGE_FIELDS) as PageField[]) {
    const value = page[field];
    if (value === undefined) continue;
    const typed = current[field];
    if (isTyped(field) && typed && typed !== value) fill.kept.push(field);
    else fill.values[field] = value;
  }
  return fill;
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
