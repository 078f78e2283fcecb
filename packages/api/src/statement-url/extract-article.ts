// Turns a fetched page into a statement for the analyst to check: the article's text as plain
// paragraphs (what quotes will point into) and what the page says about itself.
import { Readability } from "@mozilla/readability";
import { AppError, isPartialDate, type ExtractedStatement } from "@pledgewatch/domain";
import { parseHTML } from "linkedom";

/** Less than this is a caption or a cookie notice, not a statement. */
const MIN_ARTICLE_CHARS = 80;

/** Elements that start a paragraph of their own; everything else runs on inside one. */
const BLOCK_ELEMENTS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR UL".split(
    " ",
  ),
);
const CELL_ELEMENTS = new Set(["TD", "TH"]);
/** Boxes news sites put inside the story's own markup, which Readability would keep as text. */
const INLINE_CLUTTER =
  '[class~="ad"], [class~="ads"], [class*="advert"], [id^="ad-"], [class~="share"], [class~="social-share"]';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The parts of linkedom's DOM read here: the server is compiled without the DOM's types. */
interface PageNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<PageNode>;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface PageDocument {
  documentElement: PageNode | null;
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): ArrayLike<PageNode>;
}

const noArticle = () =>
  new AppError("FETCH_FAILED", "No article text was found on that page.", "url");

export function extractArticle(html: string, url: string): ExtractedStatement {
  // Typed by hand (see PageNode): the casts go through unknown because the web app compiles this
  // file with the DOM's types and the server without them.
  const { document } = parseHTML(html) as unknown as { document: PageDocument };
  // Readability rewrites the document it reads (and drops scripts), so read the page's own
  // metadata first.
  const fallback = pageMetadata(document);
  for (const clutter of Array.from(document.querySelectorAll(INLINE_CLUTTER))) clutter.remove();
  type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
  const article = new Readability<PageNode>(document as unknown as ReadabilityDocument, {
    serializer: (element) => element as unknown as PageNode,
  }).parse();
  const text = article?.content ? paragraphsOf(article.content).join("\n\n") : "";
  if (text.length < MIN_ARTICLE_CHARS) throw noArticle();
  return withoutEmpty({
    title: clean(article?.title) || fallback.title || new URL(url).hostname,
    text,
    url,
    publishedOn: toPartialDate(article?.publishedTime) ?? fallback.publishedOn,
    byline: clean(article?.byline)?.replace(/^by\s+/i, "") || fallback.byline,
    publisher: clean(article?.siteName) || fallback.publisher,
    language: languageTag(article?.lang) ?? languageTag(fallback.language),
  });
}

/** A text/plain page: its first line is the title; blank lines separate paragraphs. */
export function extractPlainText(body: string, url: string): ExtractedStatement {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map(collapseWhitespace)
    .filter(Boolean);
  const text = paragraphs.join("\n\n");
  if (text.length < MIN_ARTICLE_CHARS) throw noArticle();
  const firstLine = collapseWhitespace(body.trim().split("\n")[0] ?? "");
  return { title: firstLine.slice(0, 200) || new URL(url).hostname, text, url };
}

const collapseWhitespace = (value: string) => value.replace(/\s+/g, " ").trim();
const clean = (value: string | null | undefined) =>
  value ? collapseWhitespace(value) || undefined : undefined;

/** The text of block elements as paragraphs, whitespace collapsed inside each. */
function paragraphsOf(root: PageNode): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const endParagraph = () => {
    const paragraph = collapseWhitespace(current);
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: PageNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        current += child.textContent ?? "";
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child.tagName ?? "").toUpperCase();
        const isBlock = BLOCK_ELEMENTS.has(tag);
        if (isBlock) endParagraph();
        // A line break or a table cell separates words, never glues them.
        if (tag === "BR" || CELL_ELEMENTS.has(tag)) current += " ";
        walk(child);
        if (isBlock) endParagraph();
        if (CELL_ELEMENTS.has(tag)) current += " ";
      }
    }
  };
  walk(root);
  endParagraph();
  return paragraphs;
}

interface PageMetadata {
  title?: string;
  publishedOn?: string;
  byline?: string;
  publisher?: string;
  language?: string;
}

/** Open Graph and article meta tags, JSON-LD, and the first <time datetime>. */
function pageMetadata(document: PageDocument): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
      const content = clean(element?.getAttribute("content"));
      if (content) return content;
    }
    return undefined;
  };
  const linkedData = jsonLdObjects(document);
  const fromLinkedData = (read: (node: Record<string, unknown>) => unknown) =>
    linkedData.map((node) => nameOf(read(node))).find(Boolean);
  return {
    title:
      meta("og:title", "twitter:title") ??
      fromLinkedData((node) => node.headline) ??
      clean(document.querySelector("title")?.textContent),
    publishedOn: [
      meta("article:published_time", "date", "dc.date", "DC.date.issued"),
      fromLinkedData((node) => node.datePublished),
      document.querySelector("time[datetime]")?.getAttribute("datetime"),
    ]
      .map(toPartialDate)
      .find(Boolean),
    byline: meta("author", "article:author") ?? fromLinkedData((node) => node.author),
    publisher: meta("og:site_name") ?? fromLinkedData((node) => node.publisher),
    language: document.documentElement?.getAttribute("lang") ?? undefined,
  };
}

/** Every object in the page's JSON-LD blocks, through arrays and `@graph`. */
function jsonLdObjects(document: PageDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (value && typeof value === "object") {
      const node = value as Record<string, unknown>;
      objects.push(node);
      if (node["@graph"]) collect(node["@graph"]);
    }
  };
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    try {
      collect(JSON.parse(script.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common and only costs a fallback.
    }
  }
  return objects;
}

/** A JSON-LD value as text: a string, a `{ name }` object, or the first of a list of them. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === "object") return nameOf((value as { name?: unknown }).name);
  return undefined;
}

/**
 * An ISO date or timestamp keeps the date it was written with, the publisher's own day, rather
 * than moving to UTC; anything else Date can read becomes its UTC day.
 */
function toPartialDate(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const iso = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=$|[T\s])/.exec(trimmed)?.[1];
  if (iso) return isPartialDate(iso) ? iso : undefined;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function languageTag(value: string | null | undefined): string | undefined {
  const tag = value?.trim();
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : undefined;
}

/** Leaves out what the page did not give, rather than sending empty strings to the form. */
function withoutEmpty(statement: ExtractedStatement): ExtractedStatement {
  return Object.fromEntries(
    Object.entries(statement).filter(([, value]) => value !== undefined && value !== ""),
  ) as unknown as ExtractedStatement;
}
