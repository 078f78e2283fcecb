import { parseArgs } from "node:util";

export interface Datasource {
  url: string;
  shadowDatabaseUrl?: string | undefined;
}

const cliCommands = ["can-connect-to-database", "create-database", "drop-database"] as const;
export type CliCommand = (typeof cliCommands)[number];

/** What the Prisma CLI asked for, decoded from the native engine's command line. */
export type Invocation =
  | { kind: "version" }
  | { kind: "cli"; command: CliCommand; datasource: Datasource }
  | { kind: "rpc"; datamodelPaths: string[]; datasource: Datasource | undefined };

export function parseInvocation(argv: string[]): Invocation {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      version: { type: "boolean", short: "V" },
      datamodels: { type: "string", multiple: true },
      datasource: { type: "string" },
      // Accepted for compatibility; the wasm engine takes its features from the schema.
      "enabled-preview-features": { type: "string" },
      "extension-types": { type: "string" },
    },
  });
  if (values.version) return { kind: "version" };

  const datasource =
    values.datasource === undefined ? undefined : parseDatasource(values.datasource);
  if (positionals[0] === "cli") {
    const command = positionals[1];
    if (!isCliCommand(command)) throw new Error(`Unknown cli command: ${command ?? "(none)"}`);
    if (!datasource) throw new Error(`cli ${command} needs --datasource`);
    return { kind: "cli", command, datasource };
  }
  if (positionals.length > 0) throw new Error(`Unexpected arguments: ${positionals.join(" ")}`);
  return { kind: "rpc", datamodelPaths: values.datamodels ?? [], datasource };
}

function parseDatasource(json: string): Datasource {
  const parsed: unknown = JSON.parse(json);
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !("url" in parsed) ||
    typeof parsed.url !== "string"
  ) {
    throw new Error("--datasource must be a JSON object with a string `url`");
  }
  const shadow = "shadowDatabaseUrl" in parsed ? parsed.shadowDatabaseUrl : undefined;
  return { url: parsed.url, shadowDatabaseUrl: typeof shadow === "string" ? shadow : undefined };
}

function isCliCommand(value: string | undefined): value is CliCommand {
  return (cliCommands as readonly (string | undefined)[]).includes(value);
}
