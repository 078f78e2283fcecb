import { defineConfig } from "vitest/config";

// Every test runs the real Prisma CLI, which takes a few seconds per command.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
