import { generateOpenApiDocument, type OpenApiMeta } from "trpc-to-openapi";
import { createSchema } from "zod-openapi";
import { restRouter } from "./router.ts";
import { restErrorSchema } from "./schemas.ts";

type OpenApiDocument = ReturnType<typeof generateOpenApiDocument>;

const TAGS = ["Commitments", "Statements", "Statistics", "Reference"] satisfies NonNullable<
  NonNullable<OpenApiMeta["openapi"]>["tags"]
>;

/** The OpenAPI 3.1 document of the REST API, served from `serverUrl` (…/api/v1). */
export function openApiDocument(serverUrl: string): OpenApiDocument {
  const document = generateOpenApiDocument(restRouter, {
    title: "Pledgewatch open data API",
    version: "1",
    description:
      "Read-only access to the commitments Pledgewatch tracks, their status history, the statements they were made in and the dashboard statistics. No account needed; reads are open to any origin (CORS). Errors are JSON { message, code, field? }, where field names the parameter at fault. Requests are rate-limited per client address: a 429 answer says in Retry-After how many seconds to wait.",
    baseUrl: serverUrl,
    securitySchemes: {},
    tags: TAGS,
  });
  // trpc-to-openapi describes errors in its own shape; the HTTP layer answers with ours.
  const { schema: errorSchema } = createSchema(restErrorSchema, { io: "output" });
  const schemas = document.components?.schemas ?? {};
  for (const [name, generated] of Object.entries(schemas)) {
    if (!name.startsWith("error.") || !("title" in generated)) continue;
    schemas[name] = { ...errorSchema, title: generated.title };
  }
  return document;
}
