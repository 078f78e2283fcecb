// Atom feeds of status changes, for feed readers and newsroom alerts: per country pair, theme,
// commitment, and for any filtered view of the list (the dashboard's query string).
import type http from "node:http";
import {
  latestStatusChanges,
  latestStatusChangesOf,
  type Db,
  type StatusChange,
} from "@pledgewatch/db";
import {
  AppError,
  commitmentFilterOfView,
  isCountryCode,
  listCountries,
  parseCommitmentViewStrictly,
  serialiseCommitmentView,
  STATUS_LABELS,
  THEMES,
} from "@pledgewatch/domain";
import { Feed } from "feed";
import { escapeHtml } from "./html.ts";
import { sendError, sendUnexpectedError } from "./responses.ts";

export interface FeedOptions {
  db: Db;
  /** The address users open: feed and entry links point there. */
  publicOrigin: string;
}

export const isFeedRequest = (url: string | undefined): boolean =>
  url?.startsWith("/feeds/") ?? false;

/** What one feed is about: its title, where it lives, the page it follows, and its changes. */
interface FeedSubject {
  title: string;
  /** Path of the feed itself (with its query), which is also its Atom id. */
  selfPath: string;
  /** The dashboard page showing the same commitments. */
  pagePath: string;
  changes: StatusChange[];
}

const notFound = (what: string) => new AppError("NOT_FOUND", `No such ${what}.`);

async function pairFeed(db: Db, pairId: string): Promise<FeedSubject> {
  const codes = pairId.toUpperCase().split("-");
  const [first, second] = codes.sort();
  if (codes.length !== 2 || !first || !second || first === second) throw notFound("country pair");
  if (!isCountryCode(first) || !isCountryCode(second)) throw notFound("country pair");
  const names = new Map(listCountries().map((country) => [country.id, country.name]));
  const pair = `${first}-${second}`;
  return {
    title: `${names.get(first)} – ${names.get(second)}`,
    selfPath: `/feeds/pairs/${pair}.atom`,
    pagePath: `/pairs/${pair}`,
    changes: await latestStatusChanges(db, commitmentFilterOfView({ pair: [first, second] })),
  };
}

async function themeFeed(db: Db, slug: string): Promise<FeedSubject> {
  const theme = THEMES.find((candidate) => candidate.slug === slug);
  if (!theme) throw notFound("theme");
  return {
    title: theme.name,
    selfPath: `/feeds/themes/${slug}.atom`,
    pagePath: `/themes/${slug}`,
    changes: await latestStatusChanges(db, commitmentFilterOfView({ themes: [slug] })),
  };
}

async function commitmentFeed(db: Db, id: string): Promise<FeedSubject> {
  const { commitment, changes } = await latestStatusChangesOf(db, id);
  return {
    title: commitment.title,
    selfPath: `/feeds/commitments/${encodeURIComponent(commitment.id)}.atom`,
    pagePath: `/commitments/${encodeURIComponent(commitment.id)}`,
    changes,
  };
}

async function viewFeed(db: Db, params: URLSearchParams): Promise<FeedSubject> {
  const view = parseCommitmentViewStrictly(params);
  const query = serialiseCommitmentView(view).toString();
  const search = query ? `?${query}` : "";
  return {
    title: query ? "Selected commitments" : "All commitments",
    selfPath: `/feeds/commitments.atom${search}`,
    pagePath: `/commitments${search}`,
    changes: await latestStatusChanges(db, commitmentFilterOfView(view)),
  };
}

const ROUTES: [RegExp, (db: Db, match: string, url: URL) => Promise<FeedSubject>][] = [
  [/^\/feeds\/commitments\.atom$/, (db, _, url) => viewFeed(db, url.searchParams)],
  [/^\/feeds\/pairs\/([^/]+)\.atom$/, pairFeed],
  [/^\/feeds\/themes\/([^/]+)\.atom$/, themeFeed],
  [/^\/feeds\/commitments\/([^/]+)\.atom$/, commitmentFeed],
];

function feedSubject(db: Db, url: URL): Promise<FeedSubject> {
  for (const [pattern, subjectOf] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (match) return subjectOf(db, match[1] ?? "", url);
  }
  throw notFound("feed");
}

/** Note and evidence as HTML: every value escaped, since Atom readers render it. */
function entryContent(change: StatusChange, origin: string): string | undefined {
  const parts: string[] = [];
  if (change.note) parts.push(`<p>${escapeHtml(change.note)}</p>`);
  if (change.evidenceUrl) {
    const url = escapeHtml(change.evidenceUrl);
    parts.push(`<p>Evidence: <a href="${url}">${url}</a></p>`);
  }
  if (change.evidenceStatement) {
    const { id, title } = change.evidenceStatement;
    const href = escapeHtml(`${origin}/statements/${encodeURIComponent(id)}`);
    parts.push(`<p>Evidence: <a href="${href}">${escapeHtml(title)}</a></p>`);
  }
  return parts.length > 0 ? parts.join("\n") : undefined;
}

function renderAtom(subject: FeedSubject, origin: string): string {
  const selfUrl = `${origin}${subject.selfPath}`;
  const newestRecord = subject.changes
    .map((change) => change.recordedAt.getTime())
    .reduce((a, b) => Math.max(a, b), 0);
  const feed = new Feed({
    title: `Pledgewatch status changes: ${subject.title}`,
    description: `The latest status changes of commitments (${subject.title}), by the day they happened.`,
    id: selfUrl,
    link: `${origin}${subject.pagePath}`,
    feed: selfUrl,
    updated: newestRecord > 0 ? new Date(newestRecord) : new Date(),
    generator: "Pledgewatch",
    copyright: "",
    author: { name: "Pledgewatch" },
  });
  for (const change of subject.changes) {
    const page = `${origin}/commitments/${encodeURIComponent(change.commitment.id)}`;
    const from = STATUS_LABELS[change.fromStatus ?? "not_assessed"];
    const happened = new Date(`${change.occurredOn}T00:00:00Z`);
    feed.addItem({
      // The feed library marks titles as HTML: a title's own "<" or "&" must stay text.
      title: escapeHtml(`${change.commitment.title}: ${from} → ${STATUS_LABELS[change.toStatus]}`),
      id: `${page}#status-change-${change.id}`,
      link: page,
      date: happened,
      published: happened,
      content: entryContent(change, origin),
    });
  }
  return feed.atom1();
}

export function createFeedHandler(options: FeedOptions) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      const error = { message: "Feeds are read with GET.", code: "METHOD_NOT_SUPPORTED" };
      return sendError(res, 405, error, { allow: "GET, HEAD" });
    }
    const url = new URL(req.url ?? "/", options.publicOrigin);
    try {
      const subject = await feedSubject(options.db, url);
      res.writeHead(200, {
        "content-type": "application/atom+xml; charset=utf-8",
        // Public data: web-based feed readers may fetch it from their own origin.
        "access-control-allow-origin": "*",
        "cache-control": "public, max-age=300",
      });
      res.end(renderAtom(subject, options.publicOrigin));
    } catch (error) {
      if (!(error instanceof AppError)) return sendUnexpectedError(res, "Feed", error);
      const [status, code] = error.code === "NOT_FOUND" ? [404, "NOT_FOUND"] : [400, "BAD_REQUEST"];
      sendError(res, status, {
        message: error.message,
        code,
        ...(error.field ? { field: error.field } : {}),
      });
    }
  };
}
