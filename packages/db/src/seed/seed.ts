import { createHash } from "node:crypto";
import {
  THEMES,
  assertQuoteMatches,
  commitmentInputSchema,
  listCountries,
  locatePassage,
  statementInputSchema,
  type StatementInput,
} from "@pledgewatch/domain";
import type { Db } from "../client.ts";
import * as kenyaChina2023 from "./kenya-china-2023.ts";
import type { SeedCommitment } from "./kenya-china-2023.ts";

export const sha256 = (text: string): string =>
  createHash("sha256").update(text, "utf8").digest("hex");

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Seeding at start-up waits for another instance doing the same (a few seconds at most). */
const SEED_TRANSACTION = { maxWait: 60_000, timeout: 120_000 };

/** Any fixed number: the PostgreSQL advisory lock that instances starting together queue on. */
const SEED_LOCK_KEY = 7_361_902_001;

/**
 * Server instances started together seed one after the other: PostgreSQL through a transaction
 * advisory lock; SQLite's transactions take the write lock when they begin (client.ts).
 */
async function waitForOtherSeeders(tx: Tx, db: Db): Promise<void> {
  if (db.$provider === "postgres") {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
  }
}

/**
 * Countries and themes: written where missing or changed, so a new library version or theme
 * updates them in place and an up-to-date database costs two reads at start-up.
 */
async function seedReferenceDataIn(tx: Tx): Promise<void> {
  const [countries, themes] = await Promise.all([
    tx.country.findMany({ select: { id: true, name: true } }),
    tx.theme.findMany({ select: { slug: true, name: true, definition: true } }),
  ]);
  const countryNames = new Map(countries.map((country) => [country.id, country.name]));
  const themesBySlug = new Map(themes.map((theme) => [theme.slug, theme]));
  for (const { id, name } of listCountries()) {
    if (countryNames.get(id) === name) continue;
    await tx.country.upsert({ where: { id }, create: { id, name }, update: { name } });
  }
  for (const { slug, name, definition } of THEMES) {
    const stored = themesBySlug.get(slug);
    if (stored?.name === name && stored.definition === definition) continue;
    await tx.theme.upsert({
      where: { slug },
      create: { slug, name, definition },
      update: { name, definition },
    });
  }
}

/** Countries and themes (see seedReferenceDataIn). */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    await waitForOtherSeeders(tx, db);
    await seedReferenceDataIn(tx);
  }, SEED_TRANSACTION);
}

/**
 * Logs a statement and its commitments. Idempotent: the statement is keyed by the sha256 of its
 * text and each commitment by its external id, so running it twice changes nothing.
 */
export async function seedStatement(
  db: Db,
  statementInput: StatementInput,
  seedCommitments: SeedCommitment[],
): Promise<void> {
  await db.$transaction(
    (tx) => seedStatementIn(tx, statementInput, seedCommitments),
    SEED_TRANSACTION,
  );
}

async function seedStatementIn(
  tx: Tx,
  statementInput: StatementInput,
  seedCommitments: SeedCommitment[],
): Promise<void> {
  const statementData = statementInputSchema.parse(statementInput);
  const textSha256 = sha256(statementData.text);
  const statement = await tx.statement.upsert({
    where: { textSha256 },
    create: { ...statementData, textSha256 },
    update: {},
  });
  const idsByExternalId = new Map<string, string>();
  for (const seed of seedCommitments) {
    const { counterpartCountryIds, themes, ...fields } = commitmentInputSchema.parse(seed);
    const externalId = seed.externalId;
    const existing = await tx.commitment.findUnique({
      where: { externalId },
      select: { id: true },
    });
    if (existing) {
      idsByExternalId.set(externalId, existing.id);
      continue;
    }
    const parentId = seed.parentExternalId ? idsByExternalId.get(seed.parentExternalId) : undefined;
    if (seed.parentExternalId && !parentId) {
      throw new Error(
        `Seed ${externalId}: its initiative ${seed.parentExternalId} must come first`,
      );
    }
    const quotes = seed.passages.map((passage) => {
      const span = locatePassage(statementData.text, passage);
      assertQuoteMatches(statementData.text, span);
      return { ...span, statementId: statement.id };
    });
    const created = await tx.commitment.create({
      data: {
        ...fields,
        externalId,
        parentId,
        counterparts: { create: counterpartCountryIds.map((countryId) => ({ countryId })) },
        themes: { create: themes.map((themeSlug) => ({ themeSlug })) },
        quotes: { create: quotes },
      },
      select: { id: true },
    });
    idsByExternalId.set(externalId, created.id);
  }
}

/**
 * Run at every start: keeps the reference data current and, in a database with no statements yet,
 * logs the example statement so a new installation opens on real content.
 */
export async function seedDatabase(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    await waitForOtherSeeders(tx, db);
    await seedReferenceDataIn(tx);
    if ((await tx.statement.count()) === 0) {
      await seedStatementIn(tx, kenyaChina2023.statement, kenyaChina2023.commitments);
    }
  }, SEED_TRANSACTION);
}
