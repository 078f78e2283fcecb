// Lint: typescript-eslint's recommended rules plus the dependency direction of the monorepo:
// apps/web → (types only) packages/api → packages/db → packages/domain, and domain does no I/O.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const ioModules = [
  "node:*",
  "fs",
  "path",
  "http",
  "https",
  "net",
  "child_process",
  "pg",
  "better-sqlite3",
];
const databaseModules = [
  "@pledgewatch/db",
  "@pledgewatch/db/*",
  "@prisma/*",
  "prisma",
  "**/generated/**",
];

const restrict = (patterns, message, extra = []) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }, ...extra] }],
});

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "**/dist/",
      "**/generated/",
      "**/test-results/",
      "data/",
      ".turbo/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/domain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: restrict(
      [...ioModules, ...databaseModules, "@pledgewatch/api", "@trpc/*"],
      "packages/domain is pure: zod and logic only, no I/O, no database, no API.",
    ),
  },
  {
    files: ["packages/intake/src/**/*.ts"],
    rules: restrict(
      [...ioModules, ...databaseModules, "@pledgewatch/api", "@trpc/*"],
      "packages/intake is pure: text in, candidates out, no I/O, no database, no API.",
    ),
  },
  {
    files: ["packages/db/**/*.ts"],
    rules: restrict(
      ["@pledgewatch/api", "@trpc/*"],
      "packages/db must not depend on the API layer.",
    ),
  },
  {
    files: ["apps/web/src/**/*.{ts,tsx}"],
    rules: restrict(
      [...ioModules, ...databaseModules],
      "The browser never imports the database or Node I/O.",
      [
        {
          group: ["@pledgewatch/api"],
          allowTypeImports: true,
          message: "apps/web may import only types from @pledgewatch/api.",
        },
      ],
    ),
  },
);
