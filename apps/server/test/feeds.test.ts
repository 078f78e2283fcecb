import { addDays, type SetStatusInput } from "@pledgewatch/domain";
import {
  deleteCommitment,
  seedDatabase,
  setCommitmentStatus,
  updateCommitment,
} from "@pledgewatch/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js } from "xml-js";
import { PUBLIC_ORIGIN, startTestServer, type TestServer } from "./test-server.ts";

/** The parts of an Atom document the tests read, as xml-js gives them (compact form). */
interface Text {
  _text?: string;
  _cdata?: string | string[];
}
interface Link {
  _attributes: { href: string; rel?: string };
}
interface AtomEntry {
  title: Text;
  id: Text;
  link: Link[];
  updated: Text;
  published: Text;
  content?: Text;
}
interface AtomFeed {
  id: Text;
  title: Text;
  link: Link[];
  entry?: AtomEntry[];
}

/** A CDATA section split by the writer (around "]]>") is still one text. */
const textOf = (node: Text | undefined): string =>
  node?._text ?? [node?._cdata ?? ""].flat().join("");

const NOTE = `<script>alert("pwned")</script> & more`;
const EVIDENCE_URL = "https://example.org/report?a=1&b=2";
const RISKY_TITLE = "Intelligence sharing with China: R&D <b>labs</b>";

describe.each(testProviders)("Atom feeds on %s", (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  const ids: Record<"sharing" | "training" | "climate" | "management", string> = {
    sharing: "",
    training: "",
    climate: "",
    management: "",
  };
  let statementId: string;
  let statementTitle: string;

  async function setStatus(id: string, change: Omit<SetStatusInput, "id" | "version">) {
    const { version } = await database.db.commitment.findUniqueOrThrow({ where: { id } });
    await setCommitmentStatus(database.db, { id, version, ...change }, "analyst");
  }

  async function feed(path: string): Promise<AtomFeed> {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const document = xml2js(await response.text(), {
      compact: true,
      alwaysArray: ["entry", "link"],
    }) as { feed: AtomFeed };
    return document.feed;
  }

  const entryTitles = (atom: AtomFeed) => (atom.entry ?? []).map((entry) => textOf(entry.title));

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDatabase(database.db);
    const { db } = database;
    await db.user.create({
      data: { id: "analyst", email: "analyst@example.org", name: "Ann Analyst", role: "analyst" },
    });
    const byExternalId = async (suffix: string) =>
      (
        await db.commitment.findUniqueOrThrow({
          where: { externalId: `seed:ke-cn-2023:${suffix}` },
        })
      ).id;
    ids.sharing = await byExternalId("intelligence-sharing");
    ids.training = await byExternalId("training-expansion");
    ids.climate = await byExternalId("climate-migration-cross-border");
    ids.management = await byExternalId("security-management");
    ({ id: statementId, title: statementTitle } = await db.statement.findFirstOrThrow());

    const { version } = await db.commitment.findUniqueOrThrow({ where: { id: ids.sharing } });
    await updateCommitment(db, { id: ids.sharing, version, title: RISKY_TITLE }, "analyst");
    await setStatus(ids.sharing, {
      to: "in_progress",
      occurredOn: "2024-03-01",
      note: NOTE,
      evidenceUrl: EVIDENCE_URL,
    });
    await setStatus(ids.climate, { to: "in_progress", occurredOn: "2024-04-01" });
    await setStatus(ids.training, {
      to: "in_progress",
      occurredOn: "2024-05-10",
      evidenceStatementId: statementId,
    });
    await setStatus(ids.sharing, {
      to: "fulfilled",
      occurredOn: "2024-06-01",
      evidenceUrl: "https://example.org/delivered",
    });
    server = await startTestServer(db);
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  const TRAINING_TITLE =
    "Expand the training programme to transnational crime and maritime security";
  const CLIMATE_TITLE = "Cross-border cooperation on drought and climate-induced migration";
  // Entry titles are HTML (type="html"): the commitment title's own markup is escaped.
  const SHARING_TITLE_HTML = "Intelligence sharing with China: R&amp;D &lt;b&gt;labs&lt;/b&gt;";

  it("lists a pair's status changes newest first, with links and stable ids", async () => {
    const atom = await feed("/feeds/pairs/CN-KE.atom");
    expect(textOf(atom.id)).toBe(`${PUBLIC_ORIGIN}/feeds/pairs/CN-KE.atom`);
    expect(textOf(atom.title)).toBe("Pledgewatch status changes: China – Kenya");
    expect(atom.link.map((link) => link._attributes)).toEqual([
      { rel: "alternate", href: `${PUBLIC_ORIGIN}/pairs/CN-KE` },
      { rel: "self", href: `${PUBLIC_ORIGIN}/feeds/pairs/CN-KE.atom` },
    ]);
    // The climate commitment has no country counterpart, so it is in no pair.
    expect(entryTitles(atom)).toEqual([
      `${SHARING_TITLE_HTML}: In progress → Fulfilled`,
      `${TRAINING_TITLE}: Not assessed → In progress`,
      `${SHARING_TITLE_HTML}: Not assessed → In progress`,
    ]);
    const entries = atom.entry ?? [];
    expect(entries.map((entry) => textOf(entry.updated))).toEqual([
      "2024-06-01T00:00:00.000Z",
      "2024-05-10T00:00:00.000Z",
      "2024-03-01T00:00:00.000Z",
    ]);
    expect(entries.map((entry) => textOf(entry.published))).toEqual(
      entries.map((entry) => textOf(entry.updated)),
    );
    expect(entries.map((entry) => entry.link[0]?._attributes.href)).toEqual([
      `${PUBLIC_ORIGIN}/commitments/${ids.sharing}`,
      `${PUBLIC_ORIGIN}/commitments/${ids.training}`,
      `${PUBLIC_ORIGIN}/commitments/${ids.sharing}`,
    ]);

    const events = await database.db.statusEvent.findMany({
      where: { commitmentId: ids.sharing },
      orderBy: { occurredOn: "desc" },
    });
    expect(textOf(entries[0]?.id)).toBe(
      `${PUBLIC_ORIGIN}/commitments/${ids.sharing}#status-change-${events[0]?.id}`,
    );
    const again = await feed("/feeds/pairs/CN-KE.atom");
    expect((again.entry ?? []).map((entry) => textOf(entry.id))).toEqual(
      entries.map((entry) => textOf(entry.id)),
    );
  });

  it("serves a pair in either order and case under its canonical address", async () => {
    for (const pair of ["KE-CN", "ke-cn"]) {
      const atom = await feed(`/feeds/pairs/${pair}.atom`);
      expect(textOf(atom.id)).toBe(`${PUBLIC_ORIGIN}/feeds/pairs/CN-KE.atom`);
      expect(entryTitles(atom)).toHaveLength(3);
    }
  });

  it("escapes notes, evidence links and titles instead of passing markup through", async () => {
    const atom = await feed(`/feeds/commitments/${ids.sharing}.atom`);
    const [fulfilled, started] = atom.entry ?? [];
    const content = textOf(started?.content);
    expect(content).toBe(
      [
        "<p>&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; more</p>",
        '<p>Evidence: <a href="https://example.org/report?a=1&amp;b=2">https://example.org/report?a=1&amp;b=2</a></p>',
      ].join("\n"),
    );
    expect(content).not.toContain("<script");
    expect(textOf(fulfilled?.content)).toBe(
      '<p>Evidence: <a href="https://example.org/delivered">https://example.org/delivered</a></p>',
    );
    // The feed's own title is XML text, not HTML: the title comes back exactly.
    expect(textOf(atom.title)).toBe(`Pledgewatch status changes: ${RISKY_TITLE}`);
  });

  it("links a statement given as evidence to its page", async () => {
    const atom = await feed(`/feeds/commitments/${ids.training}.atom`);
    expect(entryTitles(atom)).toEqual([`${TRAINING_TITLE}: Not assessed → In progress`]);
    expect(textOf(atom.entry?.[0]?.content)).toBe(
      `<p>Evidence: <a href="${PUBLIC_ORIGIN}/statements/${statementId}">${statementTitle}</a></p>`,
    );
  });

  it("lists a theme's status changes", async () => {
    const sharing = await feed("/feeds/themes/intelligence-sharing.atom");
    expect(textOf(sharing.title)).toBe("Pledgewatch status changes: Intelligence sharing");
    expect(entryTitles(sharing)).toEqual([
      `${SHARING_TITLE_HTML}: In progress → Fulfilled`,
      `${SHARING_TITLE_HTML}: Not assessed → In progress`,
    ]);
    const climate = await feed("/feeds/themes/climate-migration-security.atom");
    expect(entryTitles(climate)).toEqual([`${CLIMATE_TITLE}: Not assessed → In progress`]);
    const unused = await feed("/feeds/themes/cybersecurity.atom");
    expect(unused.entry).toBeUndefined();
  });

  it("takes any view of the list in the dashboard's query format", async () => {
    const all = await feed("/feeds/commitments.atom");
    expect(entryTitles(all)).toEqual([
      `${SHARING_TITLE_HTML}: In progress → Fulfilled`,
      `${TRAINING_TITLE}: Not assessed → In progress`,
      `${CLIMATE_TITLE}: Not assessed → In progress`,
      `${SHARING_TITLE_HTML}: Not assessed → In progress`,
    ]);
    // Commitments now in progress: their whole history, not only the events that led there.
    const inProgress = await feed("/feeds/commitments.atom?statuses=in_progress&sort=title");
    expect(entryTitles(inProgress)).toEqual([
      `${TRAINING_TITLE}: Not assessed → In progress`,
      `${CLIMATE_TITLE}: Not assessed → In progress`,
    ]);
    expect(inProgress.link.map((link) => link._attributes.href)).toEqual([
      `${PUBLIC_ORIGIN}/commitments?statuses=in_progress&sort=title`,
      `${PUBLIC_ORIGIN}/feeds/commitments.atom?statuses=in_progress&sort=title`,
    ]);
  });

  it("answers a bad view parameter with 400 naming it", async () => {
    for (const [query, field] of [
      ["statuses=bogus", "statuses"],
      ["pair=CN", "pair"],
      ["announcedFrom=2023-13", "announcedFrom"],
    ] as const) {
      const response = await fetch(`${server.url}/feeds/commitments.atom?${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({ message: expect.stringContaining(field), code: "BAD_REQUEST", field });
    }
  });

  it("answers 404 for an unknown pair, theme, commitment or feed, and 405 for a POST", async () => {
    for (const path of [
      "/feeds/pairs/XX-KE.atom",
      "/feeds/pairs/KE-KE.atom",
      "/feeds/pairs/KE.atom",
      "/feeds/themes/policing.atom",
      "/feeds/commitments/no-such-id.atom",
      "/feeds/everything.atom",
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { code: string }).code).toBe("NOT_FOUND");
    }
    const post = await fetch(`${server.url}/feeds/commitments.atom`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("drops a deleted commitment from every feed", async () => {
    await deleteCommitment(database.db, ids.climate, "analyst");
    const response = await fetch(`${server.url}/feeds/commitments/${ids.climate}.atom`);
    expect(response.status).toBe(404);
    const all = await feed("/feeds/commitments.atom");
    expect(entryTitles(all)).not.toContain(`${CLIMATE_TITLE}: Not assessed → In progress`);
    expect(entryTitles(all)).toHaveLength(3);
  });

  it("carries the latest 50 changes", async () => {
    // 55 changes on one commitment, a day apart, before every other event.
    for (let day = 0; day < 55; day += 1) {
      await setStatus(ids.management, {
        to: day % 2 === 0 ? "in_progress" : "stalled",
        occurredOn: addDays("2020-01-01", day),
      });
    }
    const atom = await feed(`/feeds/commitments/${ids.management}.atom`);
    const dates = (atom.entry ?? []).map((entry) => textOf(entry.updated).slice(0, 10));
    expect(dates).toHaveLength(50);
    expect(dates[0]).toBe(addDays("2020-01-01", 54));
    expect(dates.at(-1)).toBe(addDays("2020-01-01", 5));
    const pair = await feed("/feeds/pairs/CN-KE.atom");
    expect(entryTitles(pair)).toHaveLength(50);
    expect(entryTitles(pair)[0]).toBe(`${SHARING_TITLE_HTML}: In progress → Fulfilled`);
  });
});
