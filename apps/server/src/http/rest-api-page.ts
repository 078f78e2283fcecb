// The human-readable reference of the REST API, rendered on the server from the OpenAPI document
// itself, so it cannot disagree with it. Self-contained: no scripts, fonts or styles from elsewhere
// (Pledgewatch runs air-gapped).
import type { openApiDocument } from "@pledgewatch/api";
import { escapeHtml } from "./html.ts";

type OpenApiDocument = ReturnType<typeof openApiDocument>;
type Operation = NonNullable<NonNullable<OpenApiDocument["paths"]>[string]["get"]>;

type ParameterOrReference = NonNullable<Operation["parameters"]>[number];
type Parameter = Exclude<ParameterOrReference, { $ref: string }>;
type Schema = Exclude<NonNullable<Parameter["schema"]>, { $ref: string }>;

/** Query parameters the curl examples show, when an endpoint takes them. */
const EXAMPLE_PARAMETERS = ["pair", "statuses", "search"];

const isParameter = (value: ParameterOrReference): value is Parameter => !("$ref" in value);
const schemaOf = (parameter: Parameter): Schema | undefined =>
  parameter.schema && !("$ref" in parameter.schema) ? parameter.schema : undefined;

function typeOf(parameter: Parameter): string {
  const schema = schemaOf(parameter);
  if (!schema) return "";
  const type = schema.enum ? schema.enum.join(" | ") : String(schema.type ?? "");
  return schema.default === undefined ? type : `${type} (default ${String(schema.default)})`;
}

function curlExample(serverUrl: string, path: string, parameters: Parameter[]): string {
  const query = new URLSearchParams();
  for (const name of EXAMPLE_PARAMETERS) {
    const parameter = parameters.find((candidate) => candidate.name === name);
    const example: unknown = parameter && schemaOf(parameter)?.examples?.[0];
    if (typeof example === "string") query.set(name, example);
  }
  const pathWithVariables = path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => `$${name.toUpperCase()}`,
  );
  const search = query.size > 0 ? `?${query.toString().replaceAll("%2C", ",")}` : "";
  return `curl "${serverUrl}${pathWithVariables}${search}"`;
}

function renderParameters(parameters: Parameter[]): string {
  if (parameters.length === 0) return "<p>No parameters.</p>";
  const rows = parameters.map(
    (parameter) => `<tr>
      <td><code>${escapeHtml(parameter.name)}</code>${parameter.required ? " <em>required</em>" : ""}</td>
      <td>${escapeHtml(parameter.in)}</td>
      <td><code>${escapeHtml(typeOf(parameter))}</code></td>
      <td>${escapeHtml(parameter.description ?? schemaOf(parameter)?.description ?? "")}</td>
    </tr>`,
  );
  return `<table>
    <thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead>
    <tbody>${rows.join("")}</tbody>
  </table>`;
}

function renderOperation(serverUrl: string, path: string, operation: Operation): string {
  const parameters = (operation.parameters ?? []).filter(isParameter);
  const responses = Object.entries(operation.responses ?? {})
    .map(([status, response]) => {
      const description = "description" in response ? response.description : "";
      return `<li><code>${escapeHtml(status)}</code> ${escapeHtml(description ?? "")}</li>`;
    })
    .join("");
  return `<article id="${escapeHtml(operation.operationId ?? path)}">
    <h3><span class="method">GET</span> <code>${escapeHtml(path)}</code></h3>
    <p class="summary">${escapeHtml(operation.summary ?? "")}</p>
    <p>${escapeHtml(operation.description ?? "")}</p>
    ${renderParameters(parameters)}
    <pre><code>${escapeHtml(curlExample(serverUrl, path, parameters))}</code></pre>
    <ul class="responses">${responses}</ul>
  </article>`;
}

const STYLE = `
  :root { color-scheme: light dark; --muted: #5b6470; --line: #d5d9de; --code: #f3f4f6; }
  @media (prefers-color-scheme: dark) { :root { --muted: #a0a8b3; --line: #3a4048; --code: #1e2227; } }
  body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
  h1 { font-size: 1.9rem; margin-bottom: 0.25rem; }
  h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.3rem; }
  h3 { font-size: 1.1rem; margin: 2rem 0 0.25rem; }
  .method { font-size: 0.8rem; font-weight: 700; padding: 0.1rem 0.4rem; border-radius: 0.25rem;
    background: #1f6f43; color: #fff; vertical-align: middle; }
  .summary { font-weight: 600; margin: 0.25rem 0; }
  code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
  pre { background: var(--code); padding: 0.75rem 1rem; border-radius: 0.4rem; overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.92rem; }
  th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
  td:nth-child(3) code { word-break: break-word; }
  em, .responses { color: var(--muted); }
  .responses { padding-left: 1.2rem; font-size: 0.92rem; }
  nav ul { columns: 2; padding-left: 1.2rem; }
`;

/** The whole page, from the document the API serves at /api/v1/openapi.json. */
export function renderApiReference(document: OpenApiDocument): string {
  const serverUrl = document.servers?.[0]?.url ?? "";
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    item.get ? [{ path, operation: item.get }] : [],
  );
  const sections = (document.tags ?? []).map(({ name }) => {
    const tagged = operations.filter(({ operation }) => operation.tags?.includes(name));
    return `<section>
      <h2 id="${escapeHtml(name)}">${escapeHtml(name)}</h2>
      ${tagged.map(({ path, operation }) => renderOperation(serverUrl, path, operation)).join("")}
    </section>`;
  });
  const contents = operations
    .map(
      ({ path, operation }) =>
        `<li><a href="#${escapeHtml(operation.operationId ?? path)}"><code>${escapeHtml(path)}</code></a> ${escapeHtml(operation.summary ?? "")}</li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(document.info.title)}</title>
  <style>${STYLE}</style>
</head>
<body>
<main>
  <h1>${escapeHtml(document.info.title)}</h1>
  <p>${escapeHtml(document.info.description ?? "")}</p>
  <p>Base address: <code>${escapeHtml(serverUrl)}</code> · machine-readable description:
    <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>. Filters take the same query string as
    the dashboard's addresses, so a dashboard link's <code>?…</code> works here unchanged.</p>
  <nav><ul>${contents}</ul></nav>
  ${sections.join("")}
</main>
</body>
</html>
`;
}
