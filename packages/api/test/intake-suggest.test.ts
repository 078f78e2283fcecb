import { createTestDatabase, testProviders, type TestDatabase } from "@pledgewatch/db/testing";
import { seedReferenceData } from "@pledgewatch/db";
import { suggestCommitments } from "@pledgewatch/intake";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "../src/index.ts";
import { createPledgeStatement, TRAINING, INTELLIGENCE, TEXT } from "./intake-fixture.ts";

type Caller = ReturnType<typeof createCaller>;
type Candidate = Awaited<ReturnType<Caller["intake"]["suggest"]>>["candidates"][number];

/** The candidate whose quote carries `sentence`'s promise (the extractor may trim the quote). */
const candidateFor = (candidates: Candidate[], sentence: string) =>
  candidates.find((candidate) => sentence.includes(candidate.quote));

describe.each(testProviders)("intake.suggest on %s", (provider) => {
  let database: TestDatabase;
  let analyst: Caller;
  let viewer: Caller;
  let anonymous: Caller;
  let statementId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedReferenceData(database.db);
    const user = (id: string, role: "analyst" | "viewer") =>
      database.db.user.create({
        data: { id, email: `${role}@example.org`, name: role, role },
      });
    const analystUser = { ...(await user("u-analyst", "analyst")), role: "analyst" as const };
    const viewerUser = { ...(await user("u-viewer", "viewer")), role: "viewer" as const };
    analyst = createCaller(createContextInner({ db: database.db, user: analystUser }));
    viewer = createCaller(createContextInner({ db: database.db, user: viewerUser }));
    anonymous = createCaller(createContextInner({ db: database.db }));
    statementId = await createPledgeStatement(analyst);
  });
  afterAll(() => database?.drop());

  it("is refused to visitors and readers: suggestions are for logging", async () => {
    await expect(anonymous.intake.suggest({ id: statementId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(viewer.intake.suggest({ id: statementId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("suggests each pledge with a quote that is exactly its slice of the text", async () => {
    const { candidates } = await analyst.intake.suggest({ id: statementId });
    for (const candidate of candidates) {
      expect(candidate.quote).toBe(TEXT.slice(candidate.start, candidate.end));
    }
    expect(candidateFor(candidates, TRAINING)).toBeDefined();
    expect(candidateFor(candidates, INTELLIGENCE)).toBeDefined();
  });

  it("stops suggesting a passage once a commitment quotes it, and keeps the others", async () => {
    const before = await analyst.intake.suggest({ id: statementId });
    const training = candidateFor(before.candidates, TRAINING)!;
    await analyst.commitment.create({
      title: "Maritime security training for the Somali Coast Guard",
      committingCountryId: "KE",
      counterpartCountryIds: ["SO"],
      direction: "unilateral",
      stage: "pledge",
      themes: ["maritime-security", "training"],
      quotes: [{ statementId, start: training.start, end: training.end, text: training.quote }],
    });

    const after = await analyst.intake.suggest({ id: statementId });
    expect(candidateFor(after.candidates, TRAINING)).toBeUndefined();
    const overlapping = after.candidates.filter(
      (candidate) => candidate.start < training.end && candidate.end > training.start,
    );
    expect(overlapping).toEqual([]);
    expect(candidateFor(after.candidates, INTELLIGENCE)).toBeDefined();
  });

  it("reads a statement of 200,000 characters, in slices, as the extractor reads it at once", async () => {
    const paragraph = `${TRAINING} Officials praised the talks. ${INTELLIGENCE}`;
    const text = Array.from(
      { length: Math.ceil(200_000 / (paragraph.length + 2)) },
      () => paragraph,
    )
      .join("\n\n")
      .slice(0, 200_000);
    const { id } = await analyst.statement.create({
      title: "A long record of talks",
      kind: "communique",
      speakerCountryId: "KE",
      text,
    });
    const { candidates } = await analyst.intake.suggest({ id });
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates).toEqual(suggestCommitments(text, { speakerCountryId: "KE" }));
  });

  it("answers an unknown statement with NOT_FOUND", async () => {
    await expect(analyst.intake.suggest({ id: "no-such-statement" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      cause: { field: "id" },
    });
  });
});
