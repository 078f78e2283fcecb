import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaProject } from "./prisma-project.ts";

describe("Prisma CLI commands that need no database", () => {
  const project = new PrismaProject("sqlite");
  project.writeModels("model User {\n  id Int @id\n}");
  afterAll(() => project.remove());

  it("prisma --version reports our engine", async () => {
    const result = await project.prisma(["--version"]);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.stdout).toMatch(
      /Schema Engine\s+: schema-engine-cli 0edf323efd1d98336f3f0a68684b56f689b900d3/,
    );
    expect(result.stdout).toContain("resolved by PRISMA_SCHEMA_ENGINE_BINARY");
  });

  it("prisma generate writes the client", async () => {
    const result = await project.prisma(["generate"], "file:./unused.db");

    expect(result.exitCode, result.output).toBe(0);
    expect(existsSync(path.join(project.dir, "generated/client.ts"))).toBe(true);
  });
});
