// Run by global-setup.ts under tsx: `DATABASE_URL=file:… node --import tsx e2e/fixture.ts`.
// Adds to the seed statement a small, hand-checkable set of commitments with status events, so
// the charts have more than one status and the lists have something overdue.
import { createCommitment, createDb, seedDatabase, setCommitmentStatus } from "@pledgewatch/db";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is required");
const db = createDb(url);

const actor = await db.user.findUniqueOrThrow({
  where: { email: "admin@example.org" },
  select: { id: true },
});
await seedDatabase(db);

/** A commitment's current version, which every status change must quote. */
const versionOf = async (id: string) =>
  (await db.commitment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function setStatus(
  id: string,
  to: "in_progress" | "stalled" | "partially_fulfilled" | "fulfilled" | "broken",
  occurredOn: string,
  evidenceUrl?: string,
) {
  await setCommitmentStatus(
    db,
    { id, version: await versionOf(id), to, occurredOn, evidenceUrl, note: `Fixture: ${to}` },
    actor.id,
  );
}

// A second country pair (KE–US): one overdue, one fulfilled, one due soon.
const overdue = await createCommitment(
  db,
  {
    title: "Joint counter-terrorism training for Kenyan police units",
    kind: "commitment",
    committingCountryId: "US",
    counterpartCountryIds: ["KE"],
    direction: "unilateral",
    stage: "agreement",
    themes: ["training", "counter-terrorism"],
    announcedOn: "2024-05-23",
    targetOn: "2025-06-30",
    quotes: [],
  },
  actor.id,
);
await setStatus(overdue.id, "in_progress", "2024-09-02", "https://example.org/evidence/training");

const fulfilled = await createCommitment(
  db,
  {
    title: "Deliver patrol helicopters to the Kenya Defence Forces",
    kind: "commitment",
    committingCountryId: "US",
    counterpartCountryIds: ["KE"],
    direction: "unilateral",
    stage: "pledge",
    themes: ["equipment"],
    announcedOn: "2024-05",
    targetOn: "2025-12",
    quotes: [],
  },
  actor.id,
);
await setStatus(fulfilled.id, "in_progress", "2024-08-15", "https://example.org/evidence/order");
await setStatus(fulfilled.id, "fulfilled", "2025-03-10", "https://example.org/evidence/delivery");

const broken = await createCommitment(
  db,
  {
    title: "Shared maritime domain awareness centre in Mombasa",
    kind: "commitment",
    committingCountryId: "KE",
    counterpartCountryIds: ["US"],
    direction: "mutual",
    stage: "aspiration",
    themes: ["maritime-security"],
    announcedOn: "2024-05-23",
    targetOn: "2025",
    quotes: [],
  },
  actor.id,
);
await setStatus(broken.id, "broken", "2025-11-20", "https://example.org/evidence/cancelled");

// Seed commitments (Kenya–China) moved on from not assessed.
const seedId = async (title: string) =>
  (await db.commitment.findFirstOrThrow({ where: { title }, select: { id: true } })).id;
await setStatus(
  await seedId("Intelligence sharing with China"),
  "stalled",
  "2025-02-01",
  "https://example.org/evidence/intelligence",
);
await setStatus(
  await seedId(
    "Chinese technical training for Kenyan police on large-scale infrastructure security",
  ),
  "partially_fulfilled",
  "2024-11-05",
  "https://example.org/evidence/infrastructure-training",
);

await db.$disconnect();
