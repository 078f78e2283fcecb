// What the exports must contain, read straight from the database by a query of the test's own (not
// the exporter's), and the parsers the tests read the exports back with.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Db } from "@pledgewatch/db";
import { isOverdue, isStale, todayIso } from "@pledgewatch/domain";
import { parse } from "csv-parse/sync";
import { PUBLIC_ORIGIN } from "./test-server.ts";

export type CsvRow = Record<string, string>;

export const parseCsv = (text: string): CsvRow[] =>
  parse(text, { columns: true, bom: true }) as CsvRow[];

const cell = (value: string | number | null) => (value === null ? "" : String(value));

/** Every live commitment as the CSV cells the export must hold, by id. */
export async function commitmentCellsInDatabase(db: Db): Promise<Map<string, CsvRow>> {
  const rows = await db.commitment.findMany({
    where: { deletedAt: null },
    include: {
      counterparts: true,
      themes: true,
      quotes: { include: { statement: true } },
    },
  });
  const today = todayIso();
  return new Map(
    rows.map((row) => {
      const quotes = [...row.quotes].sort(
        (a, b) => a.statementId.localeCompare(b.statementId) || a.start - b.start,
      );
      const statement = quotes[0]?.statement;
      const lastActivityOn = row.lastEventOn ?? row.announcedOn;
      const cells: CsvRow = {
        id: row.id,
        external_id: cell(row.externalId),
        title: row.title,
        kind: row.kind,
        parent_id: cell(row.parentId),
        committing_country: row.committingCountryId,
        counterpart_countries: row.counterparts
          .map((counterpart) => counterpart.countryId)
          .sort()
          .join(";"),
        counterpart_other: cell(row.counterpartOther),
        direction: row.direction,
        themes: row.themes
          .map((theme) => theme.themeSlug)
          .sort()
          .join(";"),
        stage: row.stage,
        status: row.status,
        progress: cell(row.progress),
        announced_on: cell(row.announcedOn),
        target_on: cell(row.targetOn),
        started_on: cell(row.startedOn),
        completed_on: cell(row.completedOn),
        last_event_on: cell(row.lastEventOn),
        overdue: String(isOverdue(row, today)),
        stale: String(isStale({ status: row.status, lastActivityOn }, today)),
        statement_id: cell(statement?.id ?? null),
        statement_title: cell(statement?.title ?? null),
        statement_url: cell(statement?.url ?? null),
        quotes: quotes.length
          ? JSON.stringify(
              quotes.map(({ statementId, start, end, text }) => ({
                statement_id: statementId,
                start,
                end,
                text,
              })),
            )
          : "",
        description: cell(row.description),
        updated_at: row.updatedAt.toISOString(),
        dashboard_url: `${PUBLIC_ORIGIN}/commitments/${row.id}`,
      };
      return [row.id, cells];
    }),
  );
}

// ajv 8 (JSON Schema 2020-12) comes with @seriousme/openapi-schema-validator; the hoisted "ajv" is
// eslint's 6, which cannot read 2020-12.
const requireFromValidator = createRequire(
  createRequire(import.meta.url).resolve("@seriousme/openapi-schema-validator"),
);
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv2020 = requireFromValidator("ajv/dist/2020").default as new (options: object) => {
  addSchema(schema: object, key: string): void;
  getSchema(ref: string): Validate;
};
const addFormats = requireFromValidator("ajv-formats").default as (ajv: unknown) => void;

export const exportSchema = JSON.parse(
  readFileSync(
    new URL("../../../docs/schemas/commitment-export.schema.json", import.meta.url),
    "utf8",
  ),
) as { $defs: { commitment: { properties: Record<string, { description: string }> } } };

/** Validators for the JSON document (root) and for one commitment (a JSON Lines line). */
export function exportValidators(): { document: Validate; commitment: Validate } {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(exportSchema, "export");
  return {
    document: ajv.getSchema("export"),
    commitment: ajv.getSchema("export#/$defs/commitment"),
  };
}
