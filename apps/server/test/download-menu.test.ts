// Every link the web app's download menu renders is an export the server serves.
import { seedDatabase } from "@pledgewatch/db";
import { createTestDatabase, type TestDatabase } from "@pledgewatch/db/testing";
import type { CommitmentView } from "@pledgewatch/domain";
import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "./export-expectations.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

interface DownloadSubject {
  pair?: string;
  theme?: string;
  commitmentId?: string;
}
// Loaded by path: the web app's own tsconfig type-checks the component (JSX, DOM); here it is rendered.
const MENU = "../../web/src/features/exports/download-menu.tsx";
const { DownloadMenu } = (await import(MENU)) as {
  DownloadMenu: FunctionComponent<{ view: CommitmentView; subject?: DownloadSubject }>;
};

/** The menu's link addresses and the calendar address it offers to copy. */
function renderMenu(view: CommitmentView, subject?: DownloadSubject) {
  const html = renderToStaticMarkup(createElement(DownloadMenu, { view, subject }));
  const unescape = (value: string) => value.replaceAll("&amp;", "&");
  return {
    links: [...html.matchAll(/<a href="([^"]+)" download="">/g)].map((m) =>
      unescape(m[1] as string),
    ),
    calendar: /<input[^>]* value="([^"]+)"/.exec(html)?.[1],
  };
}

describe("download menu", () => {
  let database: TestDatabase;
  let server: TestServer;
  let someId: string;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seedDatabase(database.db);
    someId = (
      await database.db.commitment.findFirstOrThrow({
        where: { externalId: "seed:ke-cn-2023:bilateral-relations" },
      })
    ).id;
    server = await startTestServer(database.db);
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("links every format of the view, each one served as a download", async () => {
    const { links, calendar } = renderMenu({ countries: ["KE"], sort: "title", order: "asc" });
    expect(links).toEqual([
      "/export/commitments.csv?countries=KE&sort=title&order=asc",
      "/export/commitments.csv?countries=KE&sort=title&order=asc&bom=true",
      "/export/status-events.csv?countries=KE&sort=title&order=asc",
      "/export/commitments.jsonl?countries=KE&sort=title&order=asc",
      "/export/commitments.json?countries=KE&sort=title&order=asc",
      "/export/timeline.json?countries=KE&sort=title&order=asc",
      "/calendar/commitments.ics?countries=KE&sort=title&order=asc",
    ]);
    expect(calendar).toBeUndefined();
    for (const link of links) {
      const response = await fetch(`${server.url}${link}`);
      expect(response.status, link).toBe(200);
      expect(response.headers.get("content-disposition"), link).toMatch(/^attachment; filename="/);
    }
  });

  it("narrows the exports to the page's subject and offers its stable calendar address", async () => {
    const pair = renderMenu({ statuses: ["stalled"] }, { pair: "CN-KE" });
    expect(pair.links[0]).toBe("/export/commitments.csv?pair=CN-KE&statuses=stalled");
    expect(pair.calendar).toBe("/calendar/pairs/CN-KE.ics");
    const theme = renderMenu({}, { theme: "maritime-security" });
    expect(theme.links[0]).toBe("/export/commitments.csv?themes=maritime-security");
    expect(theme.calendar).toBe("/calendar/themes/maritime-security.ics");
    const one = renderMenu({}, { commitmentId: someId });
    expect(one.calendar).toBe(`/calendar/commitments.ics?commitment=${someId}`);
    const rows = parseCsv(await (await fetch(`${server.url}${one.links[0]}`)).text());
    expect(rows.map((row) => row.id)).toEqual([someId]);
    for (const path of [pair.calendar, theme.calendar, one.calendar]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get("content-type"), path).toBe("text/calendar; charset=utf-8");
    }
  });
});
