import { createCaller, createContextInner } from "@pledgewatch/api";
import { seedReferenceData } from "@pledgewatch/db";
import {
  createTestDatabase,
  insertBulkCommitments,
  testProviders,
  type TestDatabase,
} from "@pledgewatch/db/testing";
import type { CommitmentListInput } from "@pledgewatch/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitmentCellsInDatabase, exportValidators, parseCsv } from "./export-expectations.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

const COUNT = 10_000;

describe.each(testProviders)("exports of %s with 10,000 generated commitments", (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  const get = async (path: string) => (await fetch(`${server.url}${path}`)).text();

  /** The list's ids, page by page through its own cursor: what the dashboard shows. */
  async function listIds(view: Partial<CommitmentListInput>): Promise<string[]> {
    const caller = createCaller(createContextInner({ db: database.db }));
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.commitment.list({ ...view, limit: 500, cursor });
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return ids;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
    await insertBulkCommitments(database.db, COUNT);
    server = await startTestServer(database.db);
  });
  afterAll(async () => {
    server?.close();
    await database?.drop();
  });

  it("exports every commitment cell for cell as stored, in the list's order", async () => {
    const rows = parseCsv(await get("/export/commitments.csv"));
    expect(rows).toHaveLength(COUNT);
    const inDatabase = await commitmentCellsInDatabase(database.db);
    for (const row of rows) expect(row).toEqual(inDatabase.get(row.id as string));
    // The default order is the latest change first: the generator spaces them a minute apart.
    expect(rows[0]?.id).toBe("bulk009999");
    expect(rows.at(-1)?.id).toBe("bulk000000");
    expect(rows.map((row) => row.id)).toEqual(await listIds({}));
  });

  it("follows the list's order in a date sort that a quarter of the rows lack", async () => {
    // Descending by deadline, the 2,500 rows without one come last: batches of 500 then resume
    // from cursors on both sides of that gap.
    const lines = (await get("/export/commitments.jsonl?sort=targetOn&order=desc")).trimEnd();
    const exported = lines
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; target_on: string | null });
    expect(exported.filter((row) => row.target_on === null)).toHaveLength(2_500);
    expect(exported.map((row) => row.id)).toEqual(
      await listIds({ sort: "targetOn", order: "desc" }),
    );
  });

  it("exports exactly a filtered list", async () => {
    const query = "countries=KE&statuses=stalled,fulfilled,in_progress&sort=title&order=asc";
    const rows = parseCsv(await get(`/export/commitments.csv?${query}`));
    const listed = await listIds({
      countries: ["KE"],
      statuses: ["stalled", "fulfilled", "in_progress"],
      sort: "title",
      order: "asc",
    });
    expect(listed.length).toBeGreaterThan(500);
    expect(rows.map((row) => row.id)).toEqual(listed);
  });

  it("exports every status event, by commitment then date", async () => {
    const rows = parseCsv(await get("/export/status-events.csv"));
    expect(rows).toHaveLength(await database.db.statusEvent.count());
    // Generated: no events for every 6th status (not assessed); one or two for the others.
    expect(rows.length).toBeGreaterThan(COUNT * 0.8);
    const order = new Map((await listIds({})).map((id, index) => [id, index]));
    const position = (row: Record<string, string>) =>
      order.get(row.commitment_id as string) as number;
    for (const [index, row] of rows.entries()) {
      const previous = rows[index - 1];
      if (!previous) continue;
      const step = position(row) - position(previous);
      expect(
        step > 0 || (step === 0 && (previous.occurred_on as string) <= (row.occurred_on as string)),
      ).toBe(true);
    }
  });

  it("gives the same commitments as JSON Lines, each valid under the schema", async () => {
    const lines = (await get("/export/commitments.jsonl")).trimEnd().split("\n");
    expect(lines).toHaveLength(COUNT);
    const { commitment } = exportValidators();
    for (const line of lines) {
      if (!commitment(JSON.parse(line))) expect.fail(JSON.stringify(commitment.errors));
    }
  });
});
