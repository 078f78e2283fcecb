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

/** Countries and themes: upserted, so a new library version or theme updates them in place. */
export async function seedReferenceData(db: Db): Promise<void> {
  const countries = listCountries();
  await db.$transaction([
    ...countries.map(({ id, name }) =>
      db.country.upsert({ where: { id }, create: { id, name }, update: { name } }),
    ),
    ...THEMES.map(({ slug, name, definition }) =>
      db.theme.upsert({
        where: { slug },
        create: { slug, name, definition },
        update: { name, definition },
      }),
    ),
  ]);
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
  const statementData = statementInputSchema.parse(statementInput);
  const textSha256 = sha256(statementData.text);
  await db.$transaction(async (tx) => {
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
      const parentId = seed.parentExternalId
        ? idsByExternalId.get(seed.parentExternalId)
        : undefined;
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
  });
}

/**
 * Run at every start: keeps the reference data current and, in a database with no statements yet,
 * logs the example statement so a new installation opens on real content.
 */
export async function seedDatabase(db: Db): Promise<void> {
  await seedReferenceData(db);
  if ((await db.statement.count()) === 0) {
    await seedStatement(db, kenyaChina2023.statement, kenyaChina2023.commitments);
  }
}
