// The open, read-only REST API (GET /api/v1/...): each endpoint calls the database function its
// tRPC procedure calls, with flat query parameters in the dashboard's URL format.
import {
  countByCountryAndStatus,
  countByPairAndStatus,
  countByThemeAndStatus,
  getCommitment,
  getStatement,
  headlineStats,
  listCommitments,
  listCountriesWithInvolvement,
  listStatements,
  listThemes,
} from "@pledgewatch/db";
import {
  commitmentFilterOfQuery,
  commitmentFilterQuerySchema,
  commitmentListInputOfQuery,
  commitmentQuerySchema,
  recordPathSchema,
  statementQuerySchema,
} from "@pledgewatch/domain";
import type { OpenApiMeta } from "trpc-to-openapi";
import { cachedRead, createTRPCRouter, publicProcedure } from "../trpc.ts";
import {
  commitmentDetailSchema,
  commitmentPageSchema,
  countriesSchema,
  headlineStatsSchema,
  pairMatrixSchema,
  statementDetailSchema,
  statementPageSchema,
  statusMatrixSchema,
  themesSchema,
} from "./schemas.ts";

type Tag = "Commitments" | "Statements" | "Statistics" | "Reference";

/** The errors an endpoint can answer with besides 200, by what it takes. */
const ERRORS = {
  none: [429, 500],
  query: [400, 429, 500],
  record: [404, 429, 500],
} as const;

const endpoint = (
  path: `/${string}`,
  tag: Tag,
  errors: keyof typeof ERRORS,
  summary: string,
  description: string,
) =>
  publicProcedure.meta({
    openapi: {
      method: "GET",
      path,
      protect: false,
      tags: [tag],
      summary,
      description,
      errorResponses: [...ERRORS[errors]],
    },
  } satisfies OpenApiMeta);

const FILTERED =
  "Takes the filter of the commitments list (countries, pair, themes, statuses, stages, kind, dates, overdue, stale, text).";

const statsEndpoint = (path: `/${string}`, summary: string, description: string) =>
  endpoint(path, "Statistics", "query", summary, `${description} ${FILTERED}`).input(
    commitmentFilterQuerySchema,
  );

export const restRouter = createTRPCRouter({
  commitments: endpoint(
    "/commitments",
    "Commitments",
    "query",
    "List commitments",
    "A page of the commitments the filter selects, with their parties, themes, quotes and the derived overdue and stale flags. Walk the pages with cursor = nextCursor until it is null.",
  )
    .input(commitmentQuerySchema)
    .output(commitmentPageSchema)
    .query(cachedRead((db, input) => listCommitments(db, commitmentListInputOfQuery(input)))),

  commitment: endpoint(
    "/commitments/{id}",
    "Commitments",
    "record",
    "One commitment with its status history",
    "Everything the commitment page shows: parties, themes, quotes with their statement, parent initiative and parts, and every status change with its evidence.",
  )
    .input(recordPathSchema)
    .output(commitmentDetailSchema)
    .query(({ ctx, input }) => getCommitment(ctx.db, input.id)),

  statements: endpoint(
    "/statements",
    "Statements",
    "query",
    "List statements",
    "Statements newest first (metadata, not the text), with how many quotes were taken from each.",
  )
    .input(statementQuerySchema)
    .output(statementPageSchema)
    .query(({ ctx, input }) => listStatements(ctx.db, input)),

  statement: endpoint(
    "/statements/{id}",
    "Statements",
    "record",
    "One statement with its full text",
    "The statement's metadata, full text and its sha256, and the quotes taken from it in text order with their commitment.",
  )
    .input(recordPathSchema)
    .output(statementDetailSchema)
    .query(({ ctx, input }) => getStatement(ctx.db, input.id)),

  headline: statsEndpoint(
    "/stats/headline",
    "Headline figures",
    "How many commitments, by status; the share fulfilled of those assessed; how many are overdue and stale.",
  )
    .output(headlineStatsSchema)
    .query(cachedRead((db, input) => headlineStats(db, commitmentFilterOfQuery(input)))),

  byTheme: statsEndpoint(
    "/stats/by-theme",
    "Commitments by theme and status",
    "A row for every theme. A commitment counts once under each of its themes, so rows add up to more than the total.",
  )
    .output(statusMatrixSchema)
    .query(cachedRead((db, input) => countByThemeAndStatus(db, commitmentFilterOfQuery(input)))),

  byCountry: statsEndpoint(
    "/stats/by-country",
    "Commitments by country and status",
    "A row for every country involved. A commitment counts for its committing country and for each counterpart country.",
  )
    .output(statusMatrixSchema)
    .query(cachedRead((db, input) => countByCountryAndStatus(db, commitmentFilterOfQuery(input)))),

  byPair: statsEndpoint(
    "/stats/by-pair",
    "Commitments by country pair and status",
    "The committing country with each counterpart country, whichever side committed; non-state counterparts form no pair.",
  )
    .output(pairMatrixSchema)
    .query(cachedRead((db, input) => countByPairAndStatus(db, commitmentFilterOfQuery(input)))),

  countries: endpoint(
    "/countries",
    "Reference",
    "none",
    "Countries",
    "Every ISO 3166-1 country by name; involved marks those in at least one commitment.",
  )
    .output(countriesSchema)
    .query(cachedRead(listCountriesWithInvolvement)),

  themes: endpoint(
    "/themes",
    "Reference",
    "none",
    "Themes",
    "The cooperation themes with their definitions; the slug is what the themes filter takes.",
  )
    .output(themesSchema)
    .query(({ ctx }) => listThemes(ctx.db)),
});
