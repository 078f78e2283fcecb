// One writer process for the concurrency test: its own database connection, WRITES concurrent
// statement.create calls as an analyst. Prints a JSON summary on stdout.
import { createDb } from "@pledgewatch/db";
import { createCaller, createContextInner } from "../../src/index.ts";

const { DATABASE_URL, WRITER, WRITES, ANALYST_ID } = process.env;
if (!DATABASE_URL || !WRITER || !WRITES || !ANALYST_ID)
  throw new Error("writer needs DATABASE_URL, WRITER, WRITES, ANALYST_ID");

const db = createDb(DATABASE_URL);
const caller = createCaller(
  createContextInner({
    db,
    user: { id: ANALYST_ID, email: "analyst@example.org", name: "Analyst", role: "analyst" },
  }),
);
const results = await Promise.allSettled(
  Array.from({ length: Number(WRITES) }, (_, index) =>
    caller.statement.create({
      title: `Writer ${WRITER} statement ${index}`,
      kind: "speech",
      text: `Writer ${WRITER} says, for the ${index}th time, that the two sides will share intelligence.`,
    }),
  ),
);
const errors = results.flatMap((result) =>
  result.status === "rejected" ? [String(result.reason)] : [],
);
await db.$disconnect();
console.log(JSON.stringify({ writer: WRITER, ok: results.length - errors.length, errors }));
