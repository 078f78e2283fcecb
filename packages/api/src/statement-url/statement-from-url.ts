import type { ExtractedStatement } from "@pledgewatch/domain";
import { extractArticle, extractPlainText } from "./extract-article.ts";
import { fetchPage, type FetchPageOptions } from "./fetch-page.ts";

/** Fetches the page at `url` and takes its statement: the article's text and metadata. */
export async function statementFromUrl(
  url: string,
  options: FetchPageOptions = {},
): Promise<ExtractedStatement> {
  const page = await fetchPage(url, options);
  return page.kind === "html"
    ? extractArticle(page.body, page.url)
    : extractPlainText(page.body, page.url);
}
