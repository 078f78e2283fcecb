// One importing process for the SIGKILL test: commits CSV_FILE into DATABASE_URL as an analyst and
// prints the report (the test kills it long before).
import { readFileSync } from "node:fs";
import { createDb } from "@pledgewatch/db";
import { createCaller, createContextInner } from "../../src/index.ts";

const { DATABASE_URL, CSV_FILE, ANALYST_ID } = process.env;
if (!DATABASE_URL || !CSV_FILE || !ANALYST_ID)
  throw new Error("importer needs DATABASE_URL, CSV_FILE, ANALYST_ID");

const db = createDb(DATABASE_URL);
const caller = createCaller(
  createContextInner({
    db,
    user: { id: ANALYST_ID, email: "analyst@example.org", name: "Analyst", role: "analyst" },
  }),
);
const report = await caller.import.commit({ csv: readFileSync(CSV_FILE, "utf8") });
await db.$disconnect();
console.log(JSON.stringify(report.counts));
