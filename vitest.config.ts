import { defineConfig } from "vitest/config";

// Unit tests sit next to the code; integration tests run real databases (SQLite always,
// PostgreSQL when DATABASE_URL_PG is set). Browser tests are Playwright's (apps/web/e2e).
export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "apps/server/test/**/*.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
