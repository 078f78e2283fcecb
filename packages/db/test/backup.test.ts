import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BackupError,
  deleteCommitment,
  dismissPassage,
  restoreBackup,
  seedDatabase,
  seedReferenceData,
  setCommitmentStatus,
  writeBackup,
  type Db,
} from "../src/index.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

const PASSWORD_HASH = "3f1c0a9e5b7d2c4e:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d";
const SECRET_TOKEN = "oauth-access-token-secret";

/** More rows than one batch (1000) holds, so reads and inserts cross batch boundaries. */
const FILLER_COMMITMENTS = 1100;

/**
 * The seed (a statement, 16 commitments, two initiatives with children), plus what a year of use
 * adds: accounts, a status change, a soft delete, a session, enough commitments for several
 * batches, and an initiative whose child comes first in the file, a batch before it.
 */
async function fillDatabase(db: Db): Promise<void> {
  await seedDatabase(db);
  // Milliseconds that are not zero, so that lost precision would show.
  const at = (iso: string) => new Date(iso);
  await db.user.create({
    data: {
      id: "user-Analyst-1",
      name: "Amina Analyst",
      email: "amina@example.org",
      emailVerified: true,
      role: "analyst",
      createdAt: at("2024-02-03T04:05:06.789Z"),
      updatedAt: at("2024-03-04T05:06:07.001Z"),
    },
  });
  await db.user.create({
    data: {
      id: "user-Banned-2",
      name: "Ben Banned",
      email: "ben@example.org",
      banned: true,
      banReason: "spam",
      banExpires: at("2031-01-01T00:00:00.999Z"),
    },
  });
  await db.account.createMany({
    data: [
      {
        id: "account-1",
        accountId: "user-Analyst-1",
        providerId: "credential",
        userId: "user-Analyst-1",
        password: PASSWORD_HASH,
      },
      {
        id: "account-2",
        accountId: "gh-42",
        providerId: "github",
        userId: "user-Banned-2",
        accessToken: SECRET_TOKEN,
        accessTokenExpiresAt: at("2030-05-06T07:08:09.010Z"),
      },
    ],
  });
  await db.session.create({
    data: {
      id: "session-1",
      token: "session-token",
      userId: "user-Analyst-1",
      expiresAt: at("2030-01-01T00:00:00.000Z"),
    },
  });

  const [first, second] = await db.commitment.findMany({
    where: { kind: "commitment" },
    orderBy: { externalId: "asc" },
    take: 2,
  });
  await setCommitmentStatus(
    db,
    {
      id: first!.id,
      version: first!.version,
      to: "in_progress",
      occurredOn: "2024-06-01",
      note: "Training began — «first cohort»",
      evidenceUrl: "https://example.org/news/training",
    },
    "user-Analyst-1",
  );
  await deleteCommitment(db, second!.id, "user-Analyst-1");
  const statement = await db.statement.findFirstOrThrow({ select: { id: true } });
  await dismissPassage(db, { statementId: statement.id, start: 0, end: 10 }, "user-Analyst-1");

  const created = at("2024-07-01T10:00:00.123Z");
  const commitment = {
    committingCountryId: "KE",
    direction: "mutual",
    stage: "pledge",
    createdAt: created,
    updatedAt: created,
  } as const;
  await db.commitment.create({
    data: { ...commitment, id: "zz-initiative", title: "Later initiative", kind: "initiative" },
  });
  const fillerIds = Array.from({ length: FILLER_COMMITMENTS }, (_, i) => `m-${1000 + i}`);
  await db.commitment.createMany({
    data: fillerIds.map((id) => ({ ...commitment, id, title: `Filler ${id}` })),
  });
  // Three rows per commitment: batches of this composite-key table (a thousand rows each) end
  // between two rows of one commitment at least once.
  await db.commitmentCounterpart.createMany({
    data: fillerIds.flatMap((commitmentId) =>
      ["CN", "FR", "US"].map((countryId) => ({ commitmentId, countryId })),
    ),
  });
  await db.commitment.create({
    data: {
      ...commitment,
      id: "aa-child",
      title: "Child listed before its initiative",
      parentId: "zz-initiative",
    },
  });
  await db.commitmentTheme.createMany({
    data: ["maritime-security", "training"].map((themeSlug) => ({
      commitmentId: "aa-child",
      themeSlug,
    })),
  });
}

/** The backup as text, written through a real stream. */
async function backupOf(db: Db, includePasswordHashes = false): Promise<string> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeBackup(db, sink, { includePasswordHashes });
  return Buffer.concat(chunks).toString("utf8");
}

/** Small chunks, so rows and multi-byte characters are split across reads. */
function streamOf(text: string): Readable {
  const bytes = Buffer.from(text, "utf8");
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += 61)
    chunks.push(bytes.subarray(start, start + 61));
  return Readable.from(chunks);
}

/** Every table's row count, reference data and sessions included. */
async function rowCounts(db: Db) {
  return {
    user: await db.user.count(),
    account: await db.account.count(),
    session: await db.session.count(),
    statement: await db.statement.count(),
    commitment: await db.commitment.count(),
    counterpart: await db.commitmentCounterpart.count(),
    theme: await db.commitmentTheme.count(),
    quote: await db.quote.count(),
    dismissedPassage: await db.dismissedPassage.count(),
    statusEvent: await db.statusEvent.count(),
    auditEntry: await db.auditEntry.count(),
    country: await db.country.count(),
    themes: await db.theme.count(),
  };
}

/** The backup with one table's rows changed (the layout differs, which a restore ignores). */
function withRows(
  backup: string,
  table: string,
  change: (rows: Record<string, unknown>[]) => void,
) {
  const document = JSON.parse(backup) as { tables: Record<string, Record<string, unknown>[]> };
  change(document.tables[table]!);
  return JSON.stringify(document);
}

const databases: TestDatabase[] = [];
async function emptyDatabase(provider: TestDatabase["provider"]): Promise<TestDatabase> {
  const database = await createTestDatabase(provider);
  databases.push(database);
  return database;
}
afterAll(() => Promise.all(databases.map((database) => database.drop())));

describe.each(testProviders)("backup and restore on %s", (provider) => {
  // With a PostgreSQL server, the backup also moves to the other kind of database.
  const otherProvider = testProviders.find((other) => other !== provider) ?? provider;
  let source: TestDatabase;
  let target: TestDatabase;
  let backup: string;
  let backupWithHashes: string;

  beforeAll(async () => {
    source = await emptyDatabase(provider);
    await fillDatabase(source.db);
    backup = await backupOf(source.db);
    backupWithHashes = await backupOf(source.db, true);
    target = await emptyDatabase(provider);
    // Loaded here so that "unchanged" below can compare every table, reference data included.
    await seedReferenceData(target.db);
  }, 180_000);

  it("writes one JSON document with the format marker first and every row", async () => {
    expect(backup.startsWith('{"format":"pledgewatch-backup","version":1,')).toBe(true);
    const { tables } = JSON.parse(backup) as { tables: Record<string, Record<string, unknown>[]> };
    expect(Object.keys(tables)).toEqual([
      "user",
      "account",
      "statement",
      "commitment",
      "commitmentCounterpart",
      "commitmentTheme",
      "quote",
      "statusEvent",
      "auditEntry",
      "dismissedPassage",
    ]);
    const counts = await rowCounts(source.db);
    expect(tables.user).toHaveLength(2);
    expect(tables.account).toHaveLength(2);
    expect(tables.statement).toHaveLength(1);
    // 16 seeded, the fillers, the initiative and its child.
    expect(tables.commitment).toHaveLength(16 + FILLER_COMMITMENTS + 2);
    expect(counts.counterpart).toBeGreaterThan(3 * FILLER_COMMITMENTS);
    expect(tables.commitmentCounterpart).toHaveLength(counts.counterpart);
    expect(tables.commitmentTheme).toHaveLength(counts.theme);
    expect(tables.quote).toHaveLength(counts.quote);
    expect(tables.statusEvent).toHaveLength(1);
    expect(tables.dismissedPassage).toHaveLength(1);
    // the status change, the delete and the dismissal
    expect(tables.auditEntry).toHaveLength(3);
    // Primary-key order, the soft-deleted commitment kept, exact timestamps, no sessions.
    const ids = tables.commitment!.map((row) => row.id as string);
    expect(ids).toEqual([...ids].sort());
    expect(tables.commitment!.filter((row) => row.deletedAt !== null)).toHaveLength(1);
    expect(tables.user![0]).toMatchObject({
      id: "user-Analyst-1",
      createdAt: "2024-02-03T04:05:06.789Z",
      updatedAt: "2024-03-04T05:06:07.001Z",
    });
    expect(tables.commitment!.find((row) => row.id === "aa-child")?.parentId).toBe("zz-initiative");
    expect(backup).not.toContain("session-token");
  });

  it("leaves out password hashes and sign-in tokens unless asked", () => {
    expect(backup).toContain('"includesPasswordHashes":false');
    expect(backup).not.toContain(PASSWORD_HASH);
    expect(backup).not.toContain(SECRET_TOKEN);
    expect(backup).toContain('"password":null');

    expect(backupWithHashes).toContain('"includesPasswordHashes":true');
    expect(backupWithHashes).toContain(`"password":"${PASSWORD_HASH}"`);
    expect(backupWithHashes).toContain(`"accessToken":"${SECRET_TOKEN}"`);
  });

  it("refuses a database that is not empty, and changes nothing", async () => {
    const before = await rowCounts(source.db);
    const error = await restoreBackup(source.db, streamOf(backup)).catch((caught) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect(error.message).toContain("The database is not empty (user: 2, account: 2");
    expect(error.message).toContain(`commitment: ${16 + FILLER_COMMITMENTS + 2}`);
    expect(await rowCounts(source.db)).toEqual(before);
  });

  it.each([
    [
      "a truncated file",
      () => backup.slice(0, backup.indexOf('"auditEntry"') + 30),
      /^The file is not complete, valid JSON: it is truncated or corrupt \(Parser /,
    ],
    [
      "another kind of JSON file",
      () => JSON.stringify({ format: "something-else", tables: {} }),
      /^This is not a Pledgewatch backup/,
    ],
    [
      "another version of the format",
      () => backup.replace('"version":1,', '"version":2,'),
      /^This backup is in version 2 of the format; this Pledgewatch reads version 1\.$/,
    ],
    [
      "a file without the audit trail",
      () => backup.slice(0, backup.indexOf(',\n"auditEntry"')) + "}}",
      /^The file has no table "auditEntry"\.$/,
    ],
    [
      "a row of the wrong type",
      () =>
        withRows(backup, "commitment", (rows) => {
          rows[2]!.progress = "high";
        }),
      /^table "commitment", row 3 \(id "[^"]+"\): column "progress" must be a whole number$/,
    ],
    [
      "a row that breaks a unique constraint",
      () =>
        withRows(backup, "user", (rows) => {
          rows[1]!.email = rows[0]!.email;
        }),
      /^table "user", row 2 \(id "user-Banned-2"\): Unique constraint failed on the (fields|constraint)/,
    ],
    [
      // Everything before it has been inserted by then: all of it must go.
      "a status event of a commitment that is not in the file",
      () =>
        withRows(backup, "statusEvent", (rows) => {
          rows[0]!.commitmentId = "no-such-commitment";
        }),
      /^table "statusEvent", row 1 \(id "[^"]+"\): Foreign key constraint violated/,
    ],
  ])("refuses %s and leaves the database unchanged", async (_case, file, message) => {
    const before = await rowCounts(target.db);
    const error = await restoreBackup(target.db, streamOf(file())).catch((caught) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect(error.message).toMatch(message);
    expect(await rowCounts(target.db)).toEqual(before);
    expect(before.commitment).toBe(0);
  });

  it("backup → restore into the empty database → backup is byte-identical", async () => {
    const counts = await restoreBackup(target.db, streamOf(backup));
    expect(counts).toMatchObject({
      user: 2,
      account: 2,
      statement: 1,
      commitment: 16 + FILLER_COMMITMENTS + 2,
    });
    expect(await backupOf(target.db)).toBe(backup);

    const child = await target.db.commitment.findUniqueOrThrow({ where: { id: "aa-child" } });
    expect(child).toMatchObject({
      parentId: "zz-initiative",
      updatedAt: new Date("2024-07-01T10:00:00.123Z"),
    });
    expect(await target.db.session.count()).toBe(0);
    const account = await target.db.account.findUniqueOrThrow({ where: { id: "account-1" } });
    expect(account.password).toBeNull();
  });

  it("restores a backup written before dismissed suggestions were kept", async () => {
    const older = await emptyDatabase(provider);
    const file = `${backup.slice(0, backup.indexOf(',\n"dismissedPassage"'))}}}\n`;
    const counts = await restoreBackup(older.db, streamOf(file));
    expect(counts).toMatchObject({ auditEntry: 3, dismissedPassage: 0 });
    expect(await older.db.auditEntry.count()).toBe(3);
  });

  it(`restores a backup with password hashes into ${otherProvider}, byte-identical with and without them`, async () => {
    const other = await emptyDatabase(otherProvider);
    await restoreBackup(other.db, streamOf(backupWithHashes));
    expect(await backupOf(other.db, true)).toBe(backupWithHashes);
    expect(await backupOf(other.db)).toBe(backup);
    const account = await other.db.account.findUniqueOrThrow({ where: { id: "account-1" } });
    expect(account.password).toBe(PASSWORD_HASH);
  }, 60_000);
});
